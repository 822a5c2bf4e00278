"""Phone numbers read left to right on screen in Arabic and Dari: measured from the painted pixels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QTextBrowser

from desktopguide.core.bidi import isolate_ltr_runs
from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from desktopguide.gui.pages.directory_page import DirectoryPage, unbroken_phone
from desktopguide.gui.pages.guide_html import guide_page_html
from desktopguide.gui.pages.place_page import PlacePage
from desktopguide.i18n import set_language
from tests.directory_content import TODAY, write_directory_content
from tests.gui.glyph_order import char_x, reads_left_to_right

RTL_LANGUAGES = ("ar", "prs")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    root = write_directory_content(tmp_path_factory.mktemp("content") / "resources")
    with (root / "languages.yaml").open("a", encoding="utf-8") as languages:
        languages.write("- code: prs\n  locale: fa_AF\n")
    return load_library(root)


@pytest.fixture
def right_to_left(qapp):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    set_language("en")


def _grab_after(widget, change) -> QImage:
    change()
    QApplication.processEvents()
    return widget.grab().toImage()


@pytest.mark.parametrize("lang", RTL_LANGUAGES)
def test_phone_numbers_in_the_directory_list_read_left_to_right(
    qtbot, library: Library, right_to_left, lang: str
) -> None:
    set_language(lang)
    page = DirectoryPage(library, lang, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    page.where_field.setText("22314")  # a place: the rows then say how far, in the page's language
    page.refresh()
    rows = [page.result_list.item(i) for i in range(page.result_list.count())]
    phoned = [
        (item, unbroken_phone(record.phones[0].display))
        for item in rows
        for record in [library.directory[item.data(Qt.ItemDataRole.UserRole)]]
        if record.phones
    ]
    assert phoned
    for item, number in phoned:
        text = item.text()
        page.result_list.scrollToItem(item)  # a row below the fold paints nothing to compare
        QApplication.processEvents()
        viewport = page.result_list.viewport()
        assert reads_left_to_right(
            lambda t, item=item, viewport=viewport: _grab_after(viewport, lambda: item.setText(t)), text, number
        ), text
        item.setText(text)


@pytest.mark.parametrize("lang", RTL_LANGUAGES)
def test_phone_numbers_in_the_directory_details_read_left_to_right(
    qtbot, library: Library, right_to_left, lang: str
) -> None:
    set_language(lang)
    page = DirectoryPage(library, lang, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    record = next(r for r in library.directory.values() if r.phones)
    page.show_record(record.id)
    html = page.detail_view.toHtml()
    number = record.phones[0].display
    view = page.detail_view
    assert reads_left_to_right(lambda h: _grab_after(view, lambda: view.setHtml(h)), html, number)


@pytest.fixture(scope="module")
def bundled() -> Library:
    return load_library()


@pytest.mark.parametrize("lang", RTL_LANGUAGES)
def test_phone_numbers_in_guides_read_left_to_right(qtbot, bundled: Library, right_to_left, lang: str) -> None:
    guide = bundled.guides["immigration-court-and-check-ins"]  # EOIR's case information line
    number = "1-800-898-7180"
    html = guide_page_html(bundled, guide, lang)
    assert number in html
    view = QTextBrowser()
    qtbot.addWidget(view)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view.resize(900, 4000)  # the whole guide at once: no scrolling between the two pictures
    view.show()
    qtbot.waitExposed(view)
    assert reads_left_to_right(lambda h: _grab_after(view, lambda: view.setHtml(h)), html, number)


@pytest.mark.parametrize("lang", RTL_LANGUAGES)
def test_phone_numbers_on_the_place_page_read_left_to_right(qtbot, bundled: Library, right_to_left, lang: str) -> None:
    set_language(lang)
    page = PlacePage(bundled, lang)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    assert page.show_place("22314")
    html = page.view.toHtml()
    view = QTextBrowser()  # the page's answer, whole, in a view tall enough for all of it
    qtbot.addWidget(view)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view.resize(900, 6000)
    view.show()
    qtbot.waitExposed(view)
    numbers = [p.display for r in bundled.directory.values() for p in r.phones if p.display in html]
    assert numbers
    assert reads_left_to_right(lambda h: _grab_after(view, lambda: view.setHtml(h)), html, numbers[0])


def test_bracket_around_an_english_term_and_pashto_words_opens_on_the_right(qtbot, right_to_left) -> None:
    # "(" pairs with a ")" after Pashto words: painted in the right-to-left sentence it
    # opens on the right of "Form I-205", not inside the isolate on its left.
    text = isolate_ltr_runs("د (Form I-205 فورمه) ولولئ")
    view = QTextBrowser()
    qtbot.addWidget(view)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view.resize(600, 200)
    view.show()
    qtbot.waitExposed(view)

    def render(t: str) -> QImage:
        return _grab_after(view.viewport(), lambda: view.setPlainText(t))

    bracket = char_x(render, text, text.index("("), "[")
    form = char_x(render, text, text.index("F"), "E")
    number = char_x(render, text, text.index("205") + 2, "8")
    assert form < number < bracket
