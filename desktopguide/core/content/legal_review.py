"""What a maintainer needs before a legal review: for each guide and language, when its text last
changed, when a lawyer last reviewed it, the documents it cites and how old they are, and what
no source confirms. `stale_rows` keeps what has gone longer than a given number of days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktopguide.core.content.model import SOURCE_LANGUAGE, Guide, GuideText, Library, Source


@dataclass(frozen=True)
class CitedSource:
    """A document a guide cites, with the date its facts are as of."""

    id: str
    title: str
    kind: str
    date: dt.date | None  # the document's own date
    accessed: dt.date | None  # the day an undated document was read
    age_days: int | None  # days since `date` (or `accessed`); None when neither is known
    missing: bool = False  # cited, but not in sources.yaml

    @property
    def as_of(self) -> dt.date | None:
        return self.date or self.accessed

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "kind": self.kind,
            "date": _iso(self.date), "accessed": _iso(self.accessed), "age_days": self.age_days,
            "missing": self.missing,
        }


@dataclass(frozen=True)
class ReviewRow:
    """One guide in one language, as a legal reviewer would start from it."""

    guide_id: str
    lang: str
    path: str
    translation: str  # "source", "machine" or "reviewed"
    out_of_date: bool  # a translation made from an older English text
    updated: dt.date | None  # when this text was written or last changed
    legal_review: dt.date | None  # the newest legal review of the guide's English text
    language_review: dt.date | None  # the newest language review of this translation
    sources: tuple[CitedSource, ...]
    unverified: tuple[str, ...]
    today: dt.date

    @property
    def days_since_change(self) -> int | None:
        return (self.today - self.updated).days if self.updated else None

    @property
    def days_since_legal_review(self) -> int | None:
        return (self.today - self.legal_review).days if self.legal_review else None

    def is_stale(self, days: int) -> bool:
        """Needs a look: no legal review in `days` days (or ever), or no change in `days` days."""
        since_review = self.days_since_legal_review
        since_change = self.days_since_change
        return since_review is None or since_review > days or (since_change is not None and since_change > days)

    def old_sources(self, days: int) -> tuple[CitedSource, ...]:
        """Cited documents older than `days` days, and those whose date is unknown."""
        return tuple(s for s in self.sources if s.age_days is None or s.age_days > days)

    def to_json(self, stale_days: int | None = None) -> dict[str, Any]:
        sources = self.sources if stale_days is None else self.old_sources(stale_days)
        return {
            "guide": self.guide_id, "lang": self.lang, "path": self.path,
            "translation": self.translation, "out_of_date": self.out_of_date,
            "updated": _iso(self.updated), "days_since_change": self.days_since_change,
            "legal_review": _iso(self.legal_review), "days_since_legal_review": self.days_since_legal_review,
            "language_review": _iso(self.language_review),
            "sources": [s.to_json() for s in sources],
            "unverified": list(self.unverified),
        }


def review_rows(
    library: Library, today: dt.date, guide_id: str | None = None, lang: str | None = None
) -> list[ReviewRow]:
    """Every guide text, English first within each guide, guides in id order."""
    rows: list[ReviewRow] = []
    for guide in sorted(library.guides.values(), key=lambda g: g.id):
        if guide_id is not None and guide.id != guide_id:
            continue
        sources = tuple(_cited(library.sources, source_id, today) for source_id in guide.sources)
        for text_lang in sorted(guide.texts, key=lambda code: (code != SOURCE_LANGUAGE, code)):
            if lang is not None and text_lang != lang:
                continue
            rows.append(_row(guide, guide.texts[text_lang], sources, today))
    return rows


def stale_rows(rows: list[ReviewRow], days: int) -> list[ReviewRow]:
    return [row for row in rows if row.is_stale(days)]


def _row(guide: Guide, text: GuideText, sources: tuple[CitedSource, ...], today: dt.date) -> ReviewRow:
    legal = guide.legal_review
    language = text.last_review("language") if text.lang != SOURCE_LANGUAGE else None
    return ReviewRow(
        guide_id=guide.id,
        lang=text.lang,
        path=str(text.path),
        translation=text.translation.status,
        out_of_date=text.translation.out_of_date,
        # None for a translation that does not say when it was made.
        updated=text.updated,
        legal_review=legal.date if legal else None,
        language_review=language.date if language else None,
        sources=sources,
        unverified=tuple(text.unverified),
        today=today,
    )


def _cited(sources: dict[str, Source], source_id: str, today: dt.date) -> CitedSource:
    source = sources.get(source_id)
    if source is None:
        return CitedSource(source_id, "", "", None, None, None, missing=True)
    as_of = source.as_of
    age = (today - as_of).days if as_of else None
    return CitedSource(source.id, source.title, source.kind, source.date, source.accessed, age)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
