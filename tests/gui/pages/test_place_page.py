"""The "what happens here" page, used as a person would: type a ZIP, or pick a state and county."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl

from desktopguide.core.content.model import Library
from desktopguide.gui.pages.place_page import PlacePage
from tests.directory_content import TODAY
from tests.gui.pages.typing_keys import type_and_enter


@pytest.fixture
def page(on_screen, library: Library) -> PlacePage:
    return on_screen(PlacePage(library, "en", today=TODAY))


def type_zip(qtbot, page: PlacePage, zip_code: str) -> None:
    type_and_enter(qtbot, page.zip_field, zip_code)


def shown(page: PlacePage) -> str:
    return page.view.toPlainText()


def test_typing_22314_shows_the_alexandria_facts_with_source_and_date(qtbot, page: PlacePage) -> None:
    type_zip(qtbot, page, "22314")
    text = shown(page)
    assert "What happens here: 22314 (Alexandria, Alexandria city, VA)" in text
    assert "Alexandria (city)" in text and "Virginia (state)" in text
    assert "Has a 287(g) agreement with ICE? No" in text
    assert "Source: Status of ICE Operations, City of Alexandria, Virginia. As of February 19, 2026." in text
    assert "General legal information, not legal advice." in text
    assert page.message.text() == "Showing: 22314 (Alexandria, Alexandria city, VA)"


def test_the_answer_lists_the_nearest_legal_help(qtbot, page: PlacePage) -> None:
    type_zip(qtbot, page, "22314")
    text = shown(page)
    help_part = text.split("Nearest legal help")[1]
    assert help_part.index("Old Town Immigrant Law Clinic") < help_part.index("Richmond Legal Aid Desk")
    assert "Less than 1 mi (1.6 km) away" in help_part


def test_claims_are_marked_as_claims(qtbot, page: PlacePage) -> None:
    page.state_box.setCurrentIndex(page.state_box.findData("VA"))
    page.county_box.setCurrentIndex(page.county_box.findData("Arlington County"))
    qtbot.mouseClick(page.county_button, Qt.MouseButton.LeftButton)
    text = shown(page)
    assert "Arlington County (county)" in text
    assert "Tells ICE when someone will be released? Claim by A community group, not confirmed." in text
    assert "Not changed for over 12 months" in text


def test_picking_a_county_without_a_profile_shows_the_fallback(qtbot, page: PlacePage) -> None:
    page.state_box.setCurrentIndex(page.state_box.findData("VA"))
    assert page.county_box.isEnabled() and page.county_box.findData("Loudoun County") > 0
    page.county_box.setCurrentIndex(page.county_box.findData("Loudoun County"))
    qtbot.mouseClick(page.county_button, Qt.MouseButton.LeftButton)
    text = shown(page)
    assert "This guide has no profile for Loudoun County, VA yet." in text
    assert "Virginia (state)" in text
    assert "Local police and ICE" in text  # a national guide


def test_a_bad_zip_is_explained_calmly(qtbot, page: PlacePage) -> None:
    type_zip(qtbot, page, "99999")
    assert page.message.text() == "There is no U.S. ZIP code 99999."
    assert shown(page) == ""
    type_zip(qtbot, page, "abc")
    assert "is not a ZIP code" in page.message.text()


def test_choosing_no_state_asks_for_one(qtbot, page: PlacePage) -> None:
    qtbot.mouseClick(page.county_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Choose a state first."


def test_links_ask_for_guides_and_records(qtbot, page: PlacePage) -> None:
    type_zip(qtbot, page, "22314")
    with qtbot.waitSignal(page.guide_requested) as guide:
        page.view.anchorClicked.emit(QUrl("guide:local-police"))
    assert guide.args == ["local-police"]
    with qtbot.waitSignal(page.record_requested) as record:
        page.view.anchorClicked.emit(QUrl("org:near-help"))
    assert record.args == ["near-help"]


def test_switching_language_shows_the_content_in_that_language(qtbot, page: PlacePage) -> None:
    type_zip(qtbot, page, "22314")
    assert "What Virginia state law says." in shown(page)
    page.set_language("es")
    text = shown(page)
    assert "Lo que dice la ley del estado de Virginia." in text
    assert " de 2026" in text or " de 2025" in text  # dates in Spanish


def test_controls_have_accessible_names_and_fit_a_small_screen(page: PlacePage) -> None:
    for widget in (page.zip_field, page.zip_button, page.state_box, page.county_box, page.county_button, page.view):
        assert widget.accessibleName()
    hint = page.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600


def test_arabic_answers_run_right_to_left(qtbot, page: PlacePage) -> None:
    page.set_language("ar")
    type_zip(qtbot, page, "22314")
    block = page.view.document().begin()
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
