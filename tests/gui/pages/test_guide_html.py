"""The dates and sources under a guide: when it was written, whether a lawyer reviewed it, each document's date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktopguide.core.content.loader import load_library
from desktopguide.gui.pages.guide_html import guide_page_html
from tests.core.test_validator import replace_in

TODAY = dt.date(2026, 11, 21)


def page(content: Path, lang: str = "en", today: dt.date = TODAY) -> str:
    library = load_library(content, today=TODAY)
    assert [p for p in library.problems if p.is_error] == []
    return guide_page_html(library, library.guides["agents-at-door"], lang, today=today)


def test_page_says_when_the_guide_was_written_not_reviewed(content: Path) -> None:
    html = page(content)
    assert "Written or last changed on January 10, 2026." in html
    assert "Reviewed on" not in html


def test_page_says_no_lawyer_has_reviewed_a_guide_without_a_legal_review(content: Path) -> None:
    assert "No lawyer has reviewed this guide yet." in page(content)


def test_page_shows_a_legal_review_with_its_kind_and_date(content: Path) -> None:
    replace_in(
        content / "guides/agents-at-door/en.md",
        "updated: 2026-01-10",
        "updated: 2026-01-10\nreviewed:\n  - {kind: legal, date: 2026-02-03}",
    )
    html = page(content)
    assert "Reviewed by a lawyer on February 3, 2026." in html
    assert "No lawyer has reviewed" not in html


def test_stale_warning_goes_by_the_date_the_guide_was_last_changed(content: Path) -> None:
    assert "last changed more than a year ago" not in page(content, today=dt.date(2026, 12, 1))
    assert "last changed more than a year ago" in page(content, today=dt.date(2027, 1, 11))


def test_undated_source_shows_the_day_it_was_read_labelled_as_such(content: Path) -> None:
    replace_in(
        content / "sources.yaml", "  kind: legal-information\n", "  kind: legal-information\n  accessed: 2026-02-20\n"
    )
    html = page(content)
    assert "Do Local Police Work With ICE?, A legal information site, undated, read on Feb 20, 2026" in html


def test_undated_source_read_on_no_known_day_says_undated(content: Path) -> None:
    assert "A legal information site, undated</li>" in page(content)


def test_translated_page_shows_a_language_review_but_still_no_lawyer(content: Path) -> None:
    path = content / "guides/agents-at-door/es.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("---\n", "---\nreviewed:\n  - {kind: language, date: 2026-02-03}\n", 1), encoding="utf-8"
    )
    html = page(content, lang="es")
    assert "This translation was checked by a fluent reader on 3 de febrero de 2026." in html
    assert "No lawyer has reviewed this guide yet." in html
