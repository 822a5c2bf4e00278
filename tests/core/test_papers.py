"""The one list of papers: ids, names, the default, and the full page a list prints on."""

from __future__ import annotations

from desktopguide.core.papers import DEFAULT_PAPER, FULL_PAGE_PAPERS, PAPER_IDS, full_page_paper, paper_name
from desktopguide.i18n import set_language


def test_the_default_and_the_full_pages_are_papers_of_the_list() -> None:
    assert DEFAULT_PAPER in PAPER_IDS
    assert set(FULL_PAGE_PAPERS) < set(PAPER_IDS)


def test_a_list_prints_on_wallet_cards_own_sheet_size() -> None:
    assert [full_page_paper(paper) for paper in PAPER_IDS] == ["letter", "a4", "letter", "a4"]
    assert full_page_paper("legal") == DEFAULT_PAPER  # a paper from an old settings file


def test_paper_names_are_in_the_interface_language() -> None:
    set_language("es")
    try:
        assert paper_name("letter") == "Carta"
        assert paper_name("wallet-a4") == "Tarjetas de bolsillo (hoja A4)"
    finally:
        set_language("en")
    assert paper_name("letter") == "Letter"
