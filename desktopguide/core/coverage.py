"""How much of the content exists in each language, and how it was translated."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from desktopguide.core.model import SOURCE_LANGUAGE, Library, Translation
from desktopguide.core.translation_status import translated_languages


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


def content_coverage(library: Library) -> dict[str, dict]:
    """Per language: guides, cards, and directory, place and glossary texts."""
    guides = guide_coverage(library)
    records = {code: Coverage() for code in library.languages}
    records_list = [*library.directory.values(), *library.places.values(), *library.glossary.values()]
    for record in records_list:
        langs = translated_languages(record)
        for code, counts in records.items():
            if code == SOURCE_LANGUAGE:
                counts.count(Translation("source"))
            else:
                counts.count(record.translations.get(code) if code in langs else None)
    return {
        code: {
            "guides": asdict(guides[code]),
            "cards": sum(1 for g in library.guides.values() if code in g.texts),
            "records": asdict(records[code]),
        }
        for code in library.languages
    }
