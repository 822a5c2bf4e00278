"""The "Someone was detained" page on the bundled official lists."""

from __future__ import annotations

import pytest

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from desktopguide.gui.pages.detained_page import DetainedPage


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


def test_a_zip_shows_the_locator_field_office_facilities_and_court_help(qtbot, library: Library) -> None:
    page = DetainedPage(library)
    qtbot.addWidget(page)
    page.zip_field.setText("60601")
    page.zip_button.click()
    text = page.view.toPlainText()
    assert "A-number and country of birth" in text and "Notice to Appear (Form I-862)" in text
    assert "Chicago Field Office" in text and "101 W Ida B Wells Drive" in text
    assert "The nearest detention facilities ICE lists" in text and "mi (" in text
    assert "pro bono list of Chicago Immigration Court" in text
    assert "(312) 603-0636" in text


def test_a_bad_zip_is_one_calm_sentence(qtbot, library: Library) -> None:
    page = DetainedPage(library)
    qtbot.addWidget(page)
    page.zip_field.setText("99999")
    page.zip_button.click()
    assert page.message.text() == "There is no U.S. ZIP code 99999."
    assert page.view.toPlainText() == ""


def test_an_ice_sub_office_found_by_search_is_shown_with_its_areas_field_office(qtbot, library: Library) -> None:
    page = DetainedPage(library)
    qtbot.addWidget(page)
    page.open("office-ak-anchorage-ak-99501")
    text = page.view.toPlainText()
    assert "The ICE office you chose" in text and "620 East 10th Avenue, Anchorage, AK 99501" in text
    assert "ICE field office for this area" in text and "Seattle Field Office" in text
    assert text.index("The ICE office you chose") < text.index("ICE field office for this area")
    assert "Source: ICE's list of offices of" in text


def test_a_field_office_found_by_search_is_shown_once(qtbot, library: Library) -> None:
    page = DetainedPage(library)
    qtbot.addWidget(page)
    page.open("office-tx-houston-field-office-77060")
    text = page.view.toPlainText()
    assert "The ICE office you chose" not in text
    assert text.count("Houston Field Office") == 1 and "126 Northpoint Drive" in text


def test_an_office_the_lists_lack_leaves_the_page_as_it_was(qtbot, library: Library) -> None:
    page = DetainedPage(library)
    qtbot.addWidget(page)
    assert page.open("office-no-such-office")
    assert page.view.toPlainText() == "" and page.message.text() == ""
