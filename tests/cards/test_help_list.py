"""The printed "legal help near you" list: one page, large phone numbers, languages, dates, a QR code."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktopguide.cards import CardError, write_plan_pdf
from desktopguide.cards.help_list import plan_help_list
from desktopguide.core.content.model import Library
from tests.cards.pdf_reading import contains_text, page_sizes, page_text, qr_code_sides, qr_codes


def test_help_list_is_one_page_with_name_phone_languages_and_date(library: Library, tmp_path: Path) -> None:
    record = dataclasses.replace(library.directory["city-hotline"], languages=["en", "es"])
    out = tmp_path / "list.pdf"
    write_plan_pdf(plan_help_list(library, [record], "es", title="Ayuda legal cerca de 22314"), out)
    assert page_sizes(out) == [(612, 792)]
    text = page_text(out)
    for expected in (
        "Ayuda legal cerca de 22314",
        "Alex311",
        "(703) 746-4311",
        "English, español",
        "19 de febrero de 2026",
    ):
        assert contains_text(text, expected), expected
    assert qr_codes(out) == ["tel:+17037464311"]


def test_a_long_list_prints_what_fits_and_counts_the_rest(library: Library, tmp_path: Path) -> None:
    base = library.directory["city-hotline"]
    records = [dataclasses.replace(base, id=f"office-{n}", name=f"Office number {n}") for n in range(120)]
    plan = plan_help_list(library, records, "en", paper="a4")
    page = plan.pages[0]
    assert plan.page_count == 1 and 0 < page.shown < 120
    assert page.body_pt == 9.0  # the smallest readable size before anything is left out
    out = tmp_path / "list.pdf"
    write_plan_pdf(plan, out)
    assert contains_text(page_text(out), f"Not shown for lack of space: {120 - page.shown}.")


def test_right_to_left_list_has_the_qr_code_on_the_left(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "list.pdf"
    plan = plan_help_list(library, list(library.directory.values()), "ar")
    assert plan.pages[0].rtl
    write_plan_pdf(plan, out)
    assert qr_code_sides(out) == [("tel:+17037464311", "left")]
    write_plan_pdf(plan_help_list(library, list(library.directory.values()), "en"), out)
    assert qr_code_sides(out) == [("tel:+17037464311", "right")]


def test_an_empty_list_or_wallet_paper_is_refused(library: Library) -> None:
    with pytest.raises(CardError, match="no organizations"):
        plan_help_list(library, [], "en")
    with pytest.raises(CardError, match="full page"):
        plan_help_list(library, list(library.directory.values()), "en", paper="wallet")
