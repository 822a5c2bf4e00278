"""The legal-review report: last change, last legal review, cited sources and their ages, unverified facts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktopguide.core.content.legal_review import review_rows, stale_rows
from desktopguide.core.content.loader import load_library
from tests.core.test_validator import TODAY, replace_in


def rows_for(content: Path, today: dt.date = TODAY):
    return review_rows(load_library(content, today=TODAY), today)


def test_each_guide_has_a_row_per_language_english_first(content: Path) -> None:
    rows = [(row.guide_id, row.lang) for row in rows_for(content)]
    assert rows[:2] == [("agents-at-door", "en"), ("agents-at-door", "es")]
    assert ("stopped", "en") in rows


def test_row_gives_last_change_and_no_legal_review(content: Path) -> None:
    row = rows_for(content)[0]
    assert row.updated == dt.date(2026, 1, 10)
    assert row.days_since_change == (TODAY - dt.date(2026, 1, 10)).days
    assert row.legal_review is None


def test_row_gives_the_legal_review_of_the_english_text_to_every_language(content: Path) -> None:
    replace_in(
        content / "guides/agents-at-door/en.md",
        "updated: 2026-01-10",
        "updated: 2026-01-10\nreviewed:\n  - {kind: legal, date: 2026-03-01}",
    )
    rows = [row for row in rows_for(content) if row.guide_id == "agents-at-door"]
    assert {row.legal_review for row in rows} == {dt.date(2026, 3, 1)}


def test_cited_sources_carry_their_date_and_age(content: Path) -> None:
    replace_in(
        content / "guides/agents-at-door/en.md", "sources: [legal-article]", "sources: [legal-article, city-page]"
    )
    replace_in(
        content / "sources.yaml", "  kind: legal-information\n", "  kind: legal-information\n  accessed: 2026-11-01\n"
    )
    sources = {s.id: s for s in rows_for(content)[0].sources}
    assert sources["city-page"].date == dt.date(2026, 2, 19)
    assert sources["city-page"].age_days == (TODAY - dt.date(2026, 2, 19)).days
    assert sources["legal-article"].date is None and sources["legal-article"].age_days == 20


def test_unverified_facts_are_listed(content: Path) -> None:
    replace_in(
        content / "guides/agents-at-door/en.md",
        "updated: 2026-01-10",
        "updated: 2026-01-10\nunverified:\n  - Talking through the door is general advice.",
    )
    assert rows_for(content)[0].unverified == ("Talking through the door is general advice.",)


def test_stale_keeps_texts_never_reviewed_or_not_changed_for_that_long(content: Path) -> None:
    replace_in(
        content / "guides/agents-at-door/en.md",
        "updated: 2026-01-10",
        "updated: 2026-11-20\nreviewed:\n  - {kind: legal, date: 2026-11-20}",
    )
    rows = rows_for(content)
    stale = {(row.guide_id, row.lang) for row in stale_rows(rows, 30)}
    assert ("agents-at-door", "en") not in stale  # reviewed and changed yesterday
    assert ("stopped", "en") in stale  # never reviewed by a lawyer


def test_stale_lists_only_the_sources_older_than_the_limit(content: Path) -> None:
    replace_in(
        content / "guides/agents-at-door/en.md", "sources: [legal-article]", "sources: [legal-article, city-page]"
    )
    row = rows_for(content)[0]
    assert [s.id for s in row.old_sources(400)] == ["legal-article"]  # undated, day read unknown
    assert [s.id for s in row.old_sources(200)] == ["legal-article", "city-page"]
