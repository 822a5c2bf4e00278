"""Guides: `guides/<guide-id>/<lang>.md`, a YAML header and a Markdown body per language."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from desktopguide.core.content.hashing import text_hash
from desktopguide.core.content.model import REVIEW_KINDS, SOURCE_LANGUAGE, Card, Guide, GuideText, Review, Translation
from desktopguide.core.content.problems import ProblemLog
from desktopguide.core.content.record_reader import ID_PATTERN, RecordReader
from desktopguide.core.content.recordfiles import folder_entries, parse_file
from desktopguide.core.content.yamldoc import parse_front_matter

TOPICS = (
    "home", "street", "car", "arrest", "warrants", "detainers", "local-police", "legal-help",
    "my-county", "family-plan", "school", "discrimination", "ice", "court",
)
HEADER_FIELDS = (
    "id", "title", "summary", "topics", "sources", "updated", "reviewed", "questions", "related", "card",
    "translation", "unverified",
)
SOURCE_REQUIRED = ("id", "title", "summary", "topics", "sources", "updated", "card")
REVIEW_FIELDS = ("kind", "date")
BARE_REVIEW = "reviewed needs the kind of review (legal or language) and its date"
TRANSLATION_REQUIRED = ("id", "title", "summary", "card", "translation")
CARD_FIELDS = ("headline", "key_points", "phrases", "officer_statement", "contacts")
# Facts shared by every language of a guide: set in en.md, repeated unchanged if at all.
SHARED_FIELDS = ("topics", "sources", "related")


def guide_source_hash(text: GuideText) -> str:
    """The hash a translation records: the English title, summary, card and body."""
    return text_hash(
        {"title": text.title, "summary": text.summary, "card": dataclasses.asdict(text.card), "body": text.body.strip()}
    )


@dataclasses.dataclass
class _Header:
    text: GuideText
    topics: list[str] | None
    sources: list[str] | None
    related: list[str] | None


def read_guides(folder: Path, languages: set[str], log: ProblemLog, today: dt.date) -> dict[str, Guide]:
    guides: dict[str, Guide] = {}
    if not folder.is_dir():
        return guides
    entries = folder_entries(folder, log) or []
    for guide_dir in [p for p in entries if p.is_dir()]:
        guide = _read_guide(guide_dir, languages, log, today)
        if guide is not None:
            guides[guide.id] = guide
    for stray in [p for p in entries if p.is_file() and not p.name.startswith(".")]:
        log.error(stray, 1, "guides live in a folder of their own: guides/<guide-id>/<lang>.md")
    return guides


def _read_guide(guide_dir: Path, languages: set[str], log: ProblemLog, today: dt.date) -> Guide | None:
    guide_id = guide_dir.name
    entries = folder_entries(guide_dir, log)
    if entries is None:
        return None
    files = [p for p in entries if p.is_file() and not p.name.startswith(".")]
    if not ID_PATTERN.match(guide_id):
        log.error(files[0] if files else guide_dir, 1, f"the folder name '{guide_id}' is not a valid guide id")
        return None
    headers: dict[str, _Header] = {}
    for path in files:
        if path.suffix != ".md":
            log.error(path, 1, "a guide folder holds only <lang>.md files")
            continue
        lang = path.stem
        if lang not in languages:
            log.error(path, 1, f"'{lang}' is not a language code of languages.yaml")
            continue
        header = _read_file(path, guide_id, lang, log, today)
        if header is not None:
            headers[lang] = header
    source = headers.get(SOURCE_LANGUAGE)
    if source is None:
        if not (guide_dir / f"{SOURCE_LANGUAGE}.md").exists():
            log.error(
                files[0] if files else guide_dir,
                1,
                f"the guide '{guide_id}' has no English text ({SOURCE_LANGUAGE}.md)",
            )
        return None
    updated = source.text.updated
    assert updated is not None and source.topics is not None and source.sources is not None
    current_hash = guide_source_hash(source.text)
    texts: dict[str, GuideText] = {SOURCE_LANGUAGE: source.text}
    for lang, header in sorted(headers.items()):
        if lang == SOURCE_LANGUAGE:
            continue
        for name in SHARED_FIELDS:
            value = getattr(header, name)
            if value and value != getattr(source, name):
                log.error(
                    header.text.path,
                    header.text.lines.get(name, 1),
                    f"'{name}' differs from {SOURCE_LANGUAGE}.md; it must be the same in every language",
                )
        translation = header.text.translation
        if translation.from_hash != current_hash:
            log.warning(
                header.text.path,
                header.text.lines.get("translation", 1),
                f"out of date: this translation was made from an older English text "
                f"(from_hash {translation.from_hash}, English is now {current_hash})",
            )
            translation = dataclasses.replace(translation, out_of_date=True)
        # A translation that does not list what no source confirms keeps the English list:
        # the reader must still learn which advice comes from no source (content review 29).
        unverified = header.text.unverified or source.text.unverified
        texts[lang] = dataclasses.replace(header.text, translation=translation, unverified=unverified)
    return Guide(guide_id, source.topics, source.sources, updated, source.related or [], texts)


def _read_file(path: Path, guide_id: str, lang: str, log: ProblemLog, today: dt.date) -> _Header | None:
    document = parse_file(path, log, parse_front_matter)
    if document is None:
        return None
    reader = RecordReader(path, document.header, log, today=today)
    is_source = lang == SOURCE_LANGUAGE
    if not reader.check_keys(HEADER_FIELDS, SOURCE_REQUIRED if is_source else TRANSLATION_REQUIRED, what="the header"):
        return None
    file_id = reader.identifier("id")
    if file_id and file_id != guide_id:
        reader.error(("id",), f"the id '{file_id}' does not match the folder name '{guide_id}'")
    title = reader.text("title", required=True)
    summary = reader.text("summary", required=True)
    topics = reader.choice_list("topics", choices=TOPICS) if reader.raw(("topics",)) is not None else None
    sources = reader.string_list("sources") if reader.raw(("sources",)) is not None else None
    related = reader.string_list("related") if reader.raw(("related",)) is not None else None
    updated = reader.date("updated")
    reviews = _read_reviews(reader)
    questions = reader.string_list("questions") or []
    card = _read_card(reader)
    if is_source:
        translation = Translation("source")
        if reader.raw(("translation",)) is not None:
            found = reader.translation("translation", allow_source=True)
            if found and found.status != "source":
                reader.error(
                    ("translation", "status"), f"{SOURCE_LANGUAGE}.md is the source text; its status is 'source'"
                )
    else:
        found = reader.translation("translation")
        translation = found or Translation("machine")
    body = document.body
    if is_source and not body.strip():
        # A translation may carry only the card; English is read in its place.
        log.error(path, document.body_first_line, "the guide has no text after its header")
    unverified = reader.string_list("unverified") or []
    if reader.has_errors or not (title and summary and card):
        return None
    lines = {name: reader.line(name) for name in HEADER_FIELDS}
    lines["card.contacts"] = reader.line("card", "contacts")
    # The line of each card text and question, for the translation gates' FILE:LINE.
    for name in ("headline", "officer_statement"):
        lines[f"card.{name}"] = reader.line("card", name)
    for name, items in (("key_points", card.key_points), ("phrases", card.phrases)):
        lines.update({f"card.{name}.{i}": reader.line("card", name, i) for i in range(len(items))})
    lines.update({f"questions.{i}": reader.line("questions", i) for i in range(len(questions))})
    lines["body"] = document.body_first_line
    text = GuideText(
        guide_id, lang, title, summary, body, card, translation, path, unverified, lines,
        updated=updated, reviews=reviews, questions=questions,
    )
    return _Header(text, topics, sources, related)


def _read_reviews(reader: RecordReader) -> list[Review]:
    """`reviewed`: a list of reviews that happened, each with its kind and date; a bare date is refused."""
    value = reader.raw(("reviewed",))
    if value is None:
        return []
    if not isinstance(value, list):
        # A bare date says nothing of who reviewed: it is the claim this field exists to stop.
        reader.error(("reviewed",), BARE_REVIEW)
        return []
    reviews: list[Review] = []
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            reader.error(("reviewed", index), BARE_REVIEW)
            continue
        if not reader.check_keys(REVIEW_FIELDS, (), ("reviewed", index), what=f"review {index + 1}"):
            continue
        if item.get("kind") in (None, "") or item.get("date") in (None, ""):
            reader.error(("reviewed", index), BARE_REVIEW)
            continue
        kind = reader.choice("reviewed", index, "kind", choices=REVIEW_KINDS)
        date = reader.date("reviewed", index, "date")
        if kind and date:
            reviews.append(Review(kind, date))
    return sorted(reviews, key=lambda review: review.date)



def _read_card(reader: RecordReader) -> Card | None:
    if reader.raw(("card",)) is None:
        return None
    card = reader.sub("card")
    if not card.check_keys(CARD_FIELDS, ("headline", "key_points"), what="'card'"):
        return None
    headline = card.text("headline", required=True)
    key_points = card.string_list("key_points") or []
    phrases = card.string_list("phrases") or []
    statement = card.text("officer_statement") or ""
    contacts = card.string_list("contacts") or []
    if not headline or not key_points:
        return None
    return Card(headline, key_points, phrases, statement, contacts)


def read_guide_file(path: Path, log: ProblemLog, today: dt.date) -> GuideText | None:
    """One guide file on its own (guides/<id>/<lang>.md), for the translators' tools."""
    header = _read_file(path, path.parent.name, path.stem, log, today)
    return header.text if header is not None else None
