"""The Library as search documents: one per record and language, split into weighted fields.

Fields, from most to least weight: `title`; `questions` (the questions a guide says it
answers); `keywords` (everyday words, services,
places) and `summary`; `body`; `related` (every form, in every language, of the glossary
terms a text links to: how a Spanish guide is found by the English word for its
subject). A record is indexed in every
language it has text in, so a Spanish reader finds the Spanish text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from markdown_it import MarkdownIt

from desktopguide.core.content.markdown import links
from desktopguide.core.content.model import SOURCE_LANGUAGE, DirectoryRecord, GlossaryTerm, Guide, Library, Place
from desktopguide.core.places.geo import state_name

KINDS = ("guide", "org", "place", "term")

# Inline Markdown tokens that carry words, and what line breaks inside a paragraph become.
_KEPT = ("text", "code_inline", "softbreak", "hardbreak")
_INLINE_TEXT = {"softbreak": " ", "hardbreak": " "}


@dataclass(frozen=True)
class SearchDocument:
    kind: str  # one of KINDS
    record_id: str
    lang: str
    title: str
    summary: str = ""
    body: str = ""
    keywords: str = ""  # indexed, never shown
    related: str = ""  # indexed, never shown
    questions: str = ""  # the questions a guide answers, one a line: indexed, never shown
    postal_code: str = ""  # where the record is (a ZIP code), for "near me": never shown
    headings: str = ""  # a guide's section headings, one a line: indexed (also in the body)
    state: str = ""  # the U.S. state the record is in or about ("" for none or several): never shown


def library_documents(library: Library) -> Iterator[SearchDocument]:
    """Every guide, directory record, place and glossary term, in each of its languages."""
    for guide in library.guides.values():
        yield from _guide_documents(guide, library)
    for record in library.directory.values():
        yield from _directory_documents(record, library)
    for place in library.places.values():
        yield from _place_documents(place)
    for term in library.glossary.values():
        yield from _term_documents(term)


# Records from the official lists are indexed once, in English (their names are not translated),
# in an index of their own (`core/search/with_lists.py`): thousands of short documents in the
# library's index would change how its guides rank against each other (BM25's average lengths).
NATIONAL_LANGUAGE = SOURCE_LANGUAGE
COUNTY_PREFIX = "county-"
FACILITY_PREFIX = "facility-"
OFFICE_PREFIX = "office-"
# "place" records that are buildings in a place (a detention facility, an ICE office), not places.
BUILDING_PREFIXES = (FACILITY_PREFIX, OFFICE_PREFIX)
# Never shown: the everyday words that let a question find each kind of list record.
LEGAL_HELP_WORDS = "legal help lawyer lawyers attorney attorneys pro bono free low cost"
# With "detention center" and "jail" in the app's other languages, as the guides say them.
FACILITY_WORDS = (
    "ICE detention facility center centre jail prison detained "
    "centro detención cárcel détention prison detenção prisão sant detansyon prizon trại giam nhà tù "
    "拘留中心 拘留所 监狱 監獄 看守所 구금 시설 구치소 수용소 교도소 центр содержания тюрьма изолятор утримання "
    "в'язниця kulungan مركز احتجاز سجن بازداشتگاه زندان توقیف‌خانه ማቆያ እስር ቤት ማእሰርቲ ਜੇਲ੍ਹ ਹਿਰਾਸਤ "
    "tsev loj cuj "
    # The plurals people ask with ("detention centers in texas"): search does not stem.
    "facilities centers centres jails prisons centros cárceles prisiones prisões центры центров "
    "тюрьмы тюрьмах центри в'язниці مراكز سجون بازداشتگاه‌ها زندان‌ها"
)
# "County" in the app's other languages: a county's record is its name in English.
COUNTY_WORDS = "county condado comté konte quận 县 縣 카운티 округ مقاطعة شهرستان ካውንቲ ਕਾਉਂਟੀ"
# With "office" in the app's other languages: the records themselves are in English only.
OFFICE_WORDS = (
    "ICE office offices field office ERO Enforcement and Removal Operations check-in report "
    # A check-in there, as the guides of the app's languages name it ("cita con ICE").
    "cita citas rendez-vous comparecimento randevou trình diện 报到 報到 체크인 отметка отметку відмітка відмітку "
    "موعد ملاقات "
    "oficina bureau escritório biwo văn phòng 办公室 辦公室 办事处 사무실 사무소 офис отделение офіс opisina مكتب دفتر "
    "ਦਫ਼ਤਰ ቢሮ ቤት ጽሕፈት haujlwm"
)


def national_documents(library: Library) -> Iterator[SearchDocument]:
    """Organizations' offices, counties, detention facilities and ICE's field and sub-offices from the
    official lists, few fields each."""
    from desktopguide.core.data.national import NationalDataError, national_data
    from desktopguide.core.directory.legal_help import search_entries
    from desktopguide.core.places.detained import street_address
    from desktopguide.core.places.geo import state_name

    try:
        data = national_data(library.root)
    except NationalDataError:
        return
    for record_id, entry in search_entries(library, data):
        where = ", ".join(p for p in (entry.get("city"), entry.get("state")) if p)
        courts = [c["court"] for c in entry.get("courts") or ()]
        keywords = _join([LEGAL_HELP_WORDS, entry.get("office_name") or "", where, *courts])
        yield SearchDocument(
            "org",
            record_id,
            NATIONAL_LANGUAGE,
            entry["organization"],
            where,
            entry.get("phone") or "",
            keywords,
            postal_code=entry.get("zip") or "",
            state=entry.get("state") or "",
        )
    # A county the library has a page for is that page (both open the same answer): listed once.
    library_counties = {(p.state, p.county.casefold()) for p in library.places.values() if p.county}
    for county in data.all_counties():
        if (county.state, county.name.casefold()) in library_counties:
            continue
        title = f"{county.name}, {county.state}"
        yield SearchDocument(
            "place",
            COUNTY_PREFIX + county.fips,
            NATIONAL_LANGUAGE,
            title,
            state_name(county.state),
            keywords=COUNTY_WORDS,
            state=county.state,
        )
    for facility in data.all_facilities():
        where = ", ".join(p for p in (facility.get("city"), facility.get("state")) if p)
        yield SearchDocument(
            "place",
            FACILITY_PREFIX + facility["id"],
            NATIONAL_LANGUAGE,
            facility["name"],
            where,
            keywords=_join([FACILITY_WORDS, facility.get("facility_type") or ""]),
            postal_code=facility.get("zip") or "",
            state=facility.get("state") or "",
        )
    for office in data.ero_offices():
        # A field office's name says so ("Houston Field Office"); a sub-office's is its town ("Anchorage, AK").
        field_office = office["office_type"] == "ERO field office"
        yield SearchDocument(
            "place",
            OFFICE_PREFIX + office["id"],
            NATIONAL_LANGUAGE,
            f"ICE {office['name']}" if field_office else f"ICE office, {office['name']}",
            street_address(office),
            keywords=OFFICE_WORDS,
            postal_code=office.get("zip") or "",
            state=office.get("state") or "",
        )


def term_forms(term: GlossaryTerm, langs: Iterable[str] | None = None) -> list[str]:
    """Every way of saying a glossary term, in every language (or in `langs`): the term and its synonyms.

    A parenthesised explanation is also a form of its own: "ICE (Immigration and Customs
    Enforcement)" gives "ICE" and "Immigration and Customs Enforcement" as well (but
    "287(g)" stays whole).
    """
    wanted = None if langs is None else set(langs)
    names = [text for lang, text in term.term.texts.items() if wanted is None or lang in wanted]
    synonyms = [s for lang, words in term.synonyms.items() if wanted is None or lang in wanted for s in words]
    forms: list[str] = []
    for text in [*names, *synonyms]:
        forms.append(text)
        inside = _EXPLANATION.findall(text)
        outside = _EXPLANATION.sub(" ", text).strip()
        if inside and outside:
            forms.append(outside)
            forms.extend(part for part in inside if part.strip())
    return list(dict.fromkeys(forms))


# A parenthesised explanation after a space: "removal (deportation)".
_EXPLANATION = re.compile(r"\s+\(([^()]+)\)")


def _guide_documents(guide: Guide, library: Library) -> Iterator[SearchDocument]:
    for lang, text in guide.texts.items():
        card = text.card
        # The linked terms' names in this guide's language and in English: words typed in
        # another language reach them through the glossary's synonyms when the query is read,
        # and the forms of all 19 languages here would drown the guide's own words.
        linked_terms = [
            form
            for link in links(text.body)
            if link.scheme == "term" and link.record_id in library.glossary
            for form in term_forms(library.glossary[link.record_id], (lang, SOURCE_LANGUAGE))
        ]
        keywords = _join([card.headline, *guide.topics])
        body_lines = plain_text(text.body).split("\n")
        if body_lines and body_lines[0].strip() == text.title.strip():
            body_lines = body_lines[1:]  # the heading that repeats the title
        body = _join(["\n".join(body_lines), *card.key_points, *card.phrases, card.officer_statement])
        related = _join(dict.fromkeys(linked_terms))
        yield SearchDocument(
            "guide",
            guide.id,
            lang,
            text.title,
            text.summary,
            body,
            keywords,
            related,
            _join(text.questions),
            headings=_join(headings(text.body)[1:]),  # the first repeats the title
        )


def _directory_documents(record: DirectoryRecord, library: Library) -> Iterator[SearchDocument]:
    spoken = [
        name
        for code in record.languages
        if code in library.languages
        for name in (library.languages[code].native_name, library.languages[code].english_name)
    ]
    address = record.physical_address
    where = [address.city, address.state_province, address.postal_code] if address else []
    areas = [area.county or area.state for area in record.service_area if not area.national]
    # The state's name too: "legal help in virginia" finds a group serving a Virginia county.
    areas += dict.fromkeys(state_name(area.state) for area in record.service_area if area.state)
    keywords = _join(
        [
            record.alternate_name,
            *(s.replace("-", " ") for s in record.services),
            record.fees.replace("-", " "),
            *(a.replace("-", " ") for a in record.accreditations),
            *dict.fromkeys(spoken),
            *where,
            *areas,
        ]
    )
    phones = [f"{phone.display or phone.number} {phone.description}" for phone in record.phones]
    address_line = " ".join(filter(None, [address.address_1, address.address_2])) if address else ""
    for lang in record.description.languages:
        schedule = record.schedule.get(lang) if record.schedule else ""
        body = _join([schedule, address_line, *phones, record.url, record.email])
        yield SearchDocument(
            "org",
            record.id,
            lang,
            record.name,
            record.description.get(lang),
            body,
            keywords,
            postal_code=address.postal_code if address else "",
            state=_state_of(record),
        )


def _state_of(record: DirectoryRecord) -> str:
    """The state a directory record is in: its address's, else its service area's when that is one state."""
    address = record.physical_address
    if address and address.state_province and address.country in ("", "US"):
        return address.state_province
    states = {area.state for area in record.service_area if not area.national}
    return states.pop() if len(states) == 1 and "" not in states else ""


def _place_documents(place: Place) -> Iterator[SearchDocument]:
    keywords = _join([place.county, place.state, place.kind, *dict.fromkeys(f.topic for f in place.facts)])
    title = place.name if place.kind == "state" else f"{place.name}, {place.state}"
    for lang in place.summary.languages:
        body = _join(fact.text.get(lang) for fact in place.facts)
        yield SearchDocument("place", place.id, lang, title, place.summary.get(lang), body, keywords, state=place.state)


def _term_documents(term: GlossaryTerm) -> Iterator[SearchDocument]:
    for lang in sorted(set(term.term.languages) | set(term.definition.languages)):
        keywords = _join(term.synonyms.get(lang, []))
        # The definition is the body: a term heads the results only when its name or
        # its everyday words were typed, not every time its definition uses a word.
        yield SearchDocument("term", term.id, lang, term.term.get(lang), "", term.definition.get(lang), keywords)


@functools.cache
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).enable("table")


def plain_text(markdown: str) -> str:
    """The words of a Markdown body, one block per line, without markup or link targets."""
    lines: list[str] = []
    for token in _markdown().parse(markdown):
        if token.type == "inline" and token.children is not None:
            line = "".join(
                _INLINE_TEXT.get(child.type, child.content) for child in token.children if child.type in _KEPT
            )
            if line.strip():
                lines.append(line)
        elif token.type in ("code_block", "fence"):
            lines.append(token.content.strip())
    return unicodedata.normalize("NFC", "\n".join(lines))


def headings(markdown: str) -> list[str]:
    """The text of each heading of a Markdown body, in order."""
    found: list[str] = []
    in_heading = False
    for token in _markdown().parse(markdown):
        if token.type == "heading_open":
            in_heading = True
        elif token.type == "heading_close":
            in_heading = False
        elif in_heading and token.type == "inline" and token.children is not None:
            found.append("".join(c.content for c in token.children if c.type in _KEPT).strip())
    return [h for h in found if h]


def _join(parts: Iterable[str]) -> str:
    return "\n".join(unicodedata.normalize("NFC", p) for p in parts if p)
