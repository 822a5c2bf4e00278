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
