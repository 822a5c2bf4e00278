"""How much of the content exists in each language, and how it was translated."""

from __future__ import annotations

from dataclasses import dataclass

from desktopguide.core.model import SOURCE_LANGUAGE, Library


@dataclass
class Coverage:
    source: int = 0
    reviewed: int = 0
    machine: int = 0
    out_of_date: int = 0
    missing: int = 0


def guide_coverage(library: Library) -> dict[str, Coverage]:
    """Per language: how many guides are reviewed, machine translated, out of date or missing."""
    result = {code: Coverage() for code in library.languages}
    for guide in library.guides.values():
        for code, counts in result.items():
            text = guide.texts.get(code)
            if text is None:
                counts.missing += 1
            elif code == SOURCE_LANGUAGE:
                counts.source += 1
            elif text.translation.out_of_date:
                counts.out_of_date += 1
            elif text.translation.status == "reviewed":
                counts.reviewed += 1
            else:
                counts.machine += 1
    return result
