"""How much of the content exists in each language, and how it was translated."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass

from desktopguide.core.content.model import SOURCE_LANGUAGE, Library, Translation
from desktopguide.core.content.translation_status import Record, translated_languages


@dataclass
class Coverage:
    source: int = 0
    reviewed: int = 0
    machine: int = 0
    out_of_date: int = 0
    missing: int = 0

    def count(self, translation: Translation | None) -> None:
        if translation is None:
            self.missing += 1
        elif translation.status == "source":
            self.source += 1
        elif translation.out_of_date:
            self.out_of_date += 1
        elif translation.status == "reviewed":
            self.reviewed += 1
        else:
            self.machine += 1


def guide_coverage(library: Library) -> dict[str, Coverage]:
    """Per language: how many guides are read in it (full text): reviewed, machine, out of date, missing."""
    result = {code: Coverage() for code in library.languages}
    for guide in library.guides.values():
        for code, counts in result.items():
            text = guide.texts.get(code)
            counts.count(text.translation if text is not None and text.has_body else None)
    return result


def card_coverage(library: Library) -> dict[str, Coverage]:
    """Per language: how many guides have a one-page card in it, and how each was translated."""
    result = {code: Coverage() for code in library.languages}
    for guide in library.guides.values():
        for code, counts in result.items():
            text = guide.texts.get(code)
            counts.count(text.translation if text is not None else None)
    return result


def record_coverage(records: Iterable[Record], languages: Iterable[str]) -> dict[str, Coverage]:
    """Per language: how many of these directory, place or glossary records are written in it."""
    result = {code: Coverage() for code in languages}
    for record in records:
        langs = translated_languages(record)
        for code, counts in result.items():
            if code == SOURCE_LANGUAGE:
                counts.count(Translation("source"))
            else:
                counts.count(record.translations.get(code) if code in langs else None)
    return result


# The kinds of content counted, in the order `desktopguide i18n stats` shows them.
CONTENT_KINDS = ("guides", "cards", "directory", "places", "glossary")


def content_coverage(library: Library) -> dict[str, dict[str, dict[str, int]]]:
    """Per language and kind of content: source, reviewed, machine, out of date, missing."""
    codes = list(library.languages)
    by_kind = {
        "guides": guide_coverage(library),
        "cards": card_coverage(library),
        "directory": record_coverage(library.directory.values(), codes),
        "places": record_coverage(library.places.values(), codes),
        "glossary": record_coverage(library.glossary.values(), codes),
    }
    return {code: {kind: asdict(by_kind[kind][code]) for kind in CONTENT_KINDS} for code in codes}
