"""Which English text each record translation was made from, and whether it is out of date."""

from __future__ import annotations

import dataclasses
from typing import Union

from desktopguide.core.content.hashing import text_hash
from desktopguide.core.content.model import SOURCE_LANGUAGE, DirectoryRecord, GlossaryTerm, LocalizedText, Place
from desktopguide.core.content.problems import ProblemLog

Record = Union[DirectoryRecord, Place, GlossaryTerm]


def localized_fields(record: Record) -> list[LocalizedText]:
    """The translatable texts of a record, in a fixed order."""
    if isinstance(record, DirectoryRecord):
        return [t for t in (record.description, record.schedule) if t is not None]
    if isinstance(record, Place):
        return [record.summary, *(fact.text for fact in record.facts)]
    return [record.term, record.definition]


def record_source_hash(record: Record) -> str:
    english: list[object] = [text.get(SOURCE_LANGUAGE) for text in localized_fields(record)]
    if isinstance(record, GlossaryTerm):
        english.append(record.synonyms.get(SOURCE_LANGUAGE, []))
    return text_hash(english)


def translated_languages(record: Record) -> set[str]:
    langs = {lang for text in localized_fields(record) for lang in text.texts}
    if isinstance(record, GlossaryTerm):
        langs |= set(record.synonyms)
    return langs - {SOURCE_LANGUAGE}


def check_record_translations(record: Record, log: ProblemLog) -> None:
    """Every translated text needs a status; a status made from older English is out of date."""
    line = record.lines.get("translations") or 1
    for lang in sorted(translated_languages(record) - set(record.translations)):
        log.error(record.path, line, f"the '{lang}' text has no entry in 'translations' saying how it was made")
    current = record_source_hash(record)
    for lang, translation in sorted(record.translations.items()):
        if translation.from_hash != current:
            log.warning(
                record.path,
                line,
                f"out of date: the '{lang}' translation was made from an older English text "
                f"(from_hash {translation.from_hash}, English is now {current})",
            )
            record.translations[lang] = dataclasses.replace(translation, out_of_date=True)
