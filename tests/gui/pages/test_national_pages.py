"""The place page and the directory on the bundled official lists, used as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from desktopguide.gui.pages.directory_page import DirectoryPage
from desktopguide.gui.pages.place_page import PlacePage


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


def shown_place(qtbot, library: Library, text: str) -> str:
    page = PlacePage(library, "en")
    qtbot.addWidget(page)
    if text.isdigit():
        page.zip_field.setText(text)
        qtbot.keyClick(page.zip_field, Qt.Key.Key_Return)
    else:  # a county: the page's state and county lists, as FIPS finds it
        assert page.show_place(text)
    return " ".join(page.view.toPlainText().split())


def test_a_chicago_zip_shows_the_lists_facts_each_with_its_list_and_date(qtbot, library: Library) -> None:
    text = shown_place(qtbot, library, "60601")
    assert "ICE's list of May 18, 2026 shows no 287(g) agreement for an agency in Cook County, IL." in text
    assert "DOJ's sanctuary jurisdiction list of August 5, 2025 names Cook County (county)." in text
    nearest = text.split("Nearest legal help")[1]
    assert "(312)" in nearest and "(703)" not in nearest


def test_an_agreement_shows_its_model_in_plain_words_and_its_address_with_a_qr_code(qtbot, library: Library) -> None:
    page = PlacePage(library, "en")
    qtbot.addWidget(page)
    assert page.show_place("85003")
    text = " ".join(page.view.toPlainText().split())
    assert "Mesa Police Department (city or town agency)" in text
    assert "Jail Enforcement Model — signed June 8, 2020" in text
    assert "Agreement: https://www.ice.gov/doclib/287gMOA/287gJEM_MesaPoliceDeptAZ_06-08-2020.pdf" in text
    assert "<img" in page.view.toHtml()


def test_the_county_traps_in_the_answer_shown(qtbot, library: Library) -> None:
    georgia = shown_place(qtbot, library, "Harris County, GA")
    assert "287(g) agreements in Harris County, GA" in georgia and "Southside Place" not in georgia
    texas = shown_place(qtbot, library, "77002")
    assert "Southside Place Police Department" in texas and "Texas Department of Public Safety" in texas
    carolina = shown_place(qtbot, library, "28202")
    assert "Mecklenburg County, NC" in carolina and "Mecklenburg County, VA" not in carolina
    # The hand-written profile is kept beside the lists' facts.
    assert "Mecklenburg County (county)" in carolina


def test_the_hand_written_alexandria_profile_is_merged_with_the_lists(qtbot, library: Library) -> None:
    text = shown_place(qtbot, library, "22314")
    assert "287(g) agreements in Alexandria city, VA" in text
    assert "Alexandria (city)" in text and "Virginia (state)" in text


def test_the_directory_lists_official_help_near_a_zip_with_filters_on_real_fields(qtbot, library: Library) -> None:
    page = DirectoryPage(library, "en")
    qtbot.addWidget(page)
    page.where_field.setText("77002")
    qtbot.keyClick(page.where_field, Qt.Key.Key_Return)
    assert page.results and page.results[0].distance_km is not None
    assert page.results[0].record.phones[0].display.startswith(("(713)", "(832)", "(281)"))
    court = page.court_box.findData("Houston Immigration Courts")
    assert court > 0
    page.court_box.setCurrentIndex(court)
    assert page.results and all("Houston Immigration Courts" in r.record.listing.courts for r in page.results)
    page.result_list.setCurrentRow(0)
    details = page.detail_view.toPlainText()
    assert "What the official lists say:" in details and "EOIR's pro bono list of July 2026" in details
