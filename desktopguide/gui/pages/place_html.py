"""A place answer as the HTML the "what happens here" page shows: facts per agency in plain
language, each with its source and date; claims marked as claims; the no-profile fallback.

Links are `guide:<id>` and `org:<id>`; the page turns them into signals. No colours are
set, so the high-contrast theme applies.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from babel.dates import format_date

from desktopguide.core.bidi import isolate_html, isolate_untranslated
from desktopguide.core.content.model import Library, Place
from desktopguide.core.directory.legal_help import listing_flags
from desktopguide.core.directory.query import DirectoryResult, distance_phrase
from desktopguide.core.places.lookup import (
    AGENCY_LABELS,
    KIND_LABELS,
    PlaceAnswer,
    fact_heading,
    facts_by_agency,
)
from desktopguide.core.places.national import NationalPlace, place_sections
from desktopguide.i18n import _


def locale_for(library: Library, lang: str) -> str:
    language = library.languages.get(lang)
    return (language.locale if language and language.locale else None) or "en"


def text_direction(library: Library, lang: str) -> str:
    language = library.languages.get(lang)
    return "rtl" if language is not None and language.is_rtl else "ltr"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def profile_html(library: Library, answer: PlaceAnswer, place: Place, lang: str) -> list[str]:
    locale = locale_for(library, lang)
    kind = _(KIND_LABELS.get(place.kind, place.kind))
    rtl = text_direction(library, lang) == "rtl"
    # Text shown in English for want of a translation keeps its own punctuation in place.
    summary = isolate_untranslated(place.summary.get(lang), rtl)
    parts = [f"<h2>{_e(place.name)} ({_e(kind)})</h2>", f"<p>{_e(summary)}</p>"]
    checked = _("Profile written or last changed on {date}.").format(
        date=format_date(place.verified, format="long", locale=locale)
    )
    if answer.profile_is_stale(place):
        checked += " " + _("Not changed for over 12 months: it may be out of date.")
    parts.append(f"<p><i>{_e(checked)}</i></p>")
    if place.unverified:
        unconfirmed = _("Not confirmed by a source: {items}").format(items="; ".join(place.unverified))
        parts.append(f"<p><b>{_e(unconfirmed)}</b></p>")
    for agency, views in facts_by_agency(library, place):
        agency_label = _(AGENCY_LABELS.get(agency, agency))
        parts.append(f"<h3>{_e(agency_label)}</h3>")
        for view in views:
            fact = view.fact
            heading = fact_heading(view)
            body = _e(isolate_untranslated(fact.text.get(lang), rtl))
            if view.is_claim:
                body = f"<i>{body}</i>"
            source = view.source_line(lambda day: format_date(day, format="long", locale=locale))
            parts.append(f"<p><b>{_e(heading)}</b><br/>{body}<br/><small>{_e(source)}</small></p>")
    return parts


def national_html(facts: NationalPlace, locale: str, qr_for: Callable[[str], str] | None = None) -> list[str]:
    """The official lists' facts: a section per county and for the state; each agreement's address as text and,
    when `qr_for` gives a document resource name for it, as a QR code."""
    parts = []
    agreement_word = _("Agreement:")
    scan = _("Scan the code with a phone camera to open the agreement there.")
    for section in place_sections(facts, locale):
        parts.append(f"<h2>{_e(section.title)}</h2>")
        for item in section.items:
            if not item.lines and not item.source and not item.url:
                parts.append(f"<p>{_e(item.title)}</p>")
                continue
            body = "<br/>".join(_e(line) for line in item.lines)
            text = f"<p><b>{_e(item.title)}</b><br/>{body}"
            if item.url:
                text += f"<br/>{_e(agreement_word)} {_e(item.url)}"
            if item.source:
                text += f"<br/><small>{_e(item.source)}</small>"
            parts.append(text + "</p>")
            if item.url and qr_for is not None:
                alt = _("QR code for {url}").format(url=item.url)
                parts.append(
                    f'<p><img src="{_e(qr_for(item.url))}" alt="{_e(alt)}"/><br/><small>{_e(scan)}</small></p>'
                )
    return parts


def place_answer_html(
    library: Library,
    answer: PlaceAnswer,
    lang: str,
    help_results: list[DirectoryResult],
    facts: NationalPlace | None = None,
    qr_for: Callable[[str], str] | None = None,
) -> str:
    locale = locale_for(library, lang)
    # Translated strings stay outside f-strings, where the extractor cannot see them.
    title = _("What happens here: {place}").format(place=answer.location.label())
    parts = [f"<h1>{_e(title)}</h1>"]
    if answer.missing:
        parts.append(f"<p><b>{_e(answer.missing)}</b></p>")
    if facts is not None:
        parts.extend(national_html(facts, locale, qr_for))
    for place in answer.nearby_profiles:
        note = _(
            "{name} ({kind}) has a profile; it applies only inside the city. Ask about one of its ZIP codes to see it."
        ).format(name=place.name, kind=_(KIND_LABELS.get(place.kind, place.kind)))
        parts.append(f"<p>{_e(note)}</p>")
    for place in answer.profiles:
        parts.extend(profile_html(library, answer, place, lang))
    if answer.guides:
        everywhere = _("Guides that apply everywhere")
        parts.append(f"<h2>{_e(everywhere)}</h2><ul>")
        for guide in answer.guides:
            text = guide.text(lang)
            parts.append(f'<li><a href="guide:{_e(guide.id)}">{_e(text.title)}</a>: {_e(text.summary)}</li>')
        parts.append("</ul>")
    if answer.contacts:
        local = _("Local contacts")
        parts.append(f"<h2>{_e(local)}</h2><ul>")
        for record in answer.contacts:
            phones = ", ".join(p.display for p in record.phones)
            parts.append(
                f'<li><a href="org:{_e(record.id)}">{_e(record.name)}</a>'
                + (f": <b>{_e(phones)}</b>" if phones else "")
                + "</li>"
            )
        parts.append("</ul>")
    nearest = _("Nearest legal help")
    parts.append(f"<h2>{_e(nearest)}</h2>")
    if not help_results:
        no_help = _("The directory has no legal help for this place.")
        parts.append(f"<p>{_e(no_help)}</p>")
    else:
        parts.append("<ul>")
        stale_note = _("details over 12 months old")
        for result in help_results:
            record = result.record
            details = [d for d in (distance_phrase(result, locale), ", ".join(p.display for p in record.phones)) if d]
            details.extend(listing_flags(record.listing, locale))
            stale = f" ({_e(stale_note)})" if result.stale else ""
            parts.append(
                f'<li><a href="org:{_e(record.id)}">{_e(record.name)}</a>{stale}<br/>{_e(" · ".join(details))}</li>'
            )
        parts.append("</ul>")
    disclaimer = _("General legal information, not legal advice.")
    parts.append(f"<p><i>{_e(disclaimer)}</i></p>")
    direction = text_direction(library, lang)
    body = "\n".join(parts)
    # Phone numbers and English names keep their order inside right-to-left text.
    return f'<div dir="{direction}">' + (isolate_html(body) if direction == "rtl" else body) + "</div>"
