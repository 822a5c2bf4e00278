"""A page's reset() leaves it as first made: nothing a visitor typed, chose, opened or scrolled survives.

Each page is visited as a person would, reset, and compared, widget by widget, with a page
made fresh beside it (the kiosk's reset relies on this: pages are kept, not made again)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTextEdit,
    QWidget,
)

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from desktopguide.gui.pages.detained_page import DetainedPage
from desktopguide.gui.pages.directory_page import DirectoryPage
from desktopguide.gui.pages.guide_reader import GuideReader
from desktopguide.gui.pages.place_page import PlacePage
from tests.directory_content import TODAY


@pytest.fixture(scope="module")
def bundled() -> Library:
    """The bundled content, with the official lists: courts, facilities, QR codes of websites."""
    return load_library()


SHOWING = (QLineEdit, QComboBox, QTextEdit, QListWidget, QLabel, QAbstractButton, QAbstractSlider)


def state(page: QWidget) -> list[tuple[object, ...]]:
    """What each widget of the page shows and holds, in the order the widgets were made."""
    QApplication.processEvents()  # widgets deleted later are gone
    rows: list[tuple[object, ...]] = []
    for widget in page.findChildren(QWidget):
        row: list[object] = [type(widget).__name__, widget.objectName(), widget.accessibleName(), widget.isEnabled()]
        if not isinstance(widget, SHOWING):
            continue  # frames and splitters (and the focus ring, which follows the focus) hold nothing
        if isinstance(widget, QLineEdit):
            row.append(widget.text())
        elif isinstance(widget, QComboBox):
            row += [widget.currentIndex(), [widget.itemText(i) for i in range(widget.count())]]
        elif isinstance(widget, QTextEdit):
            row.append(widget.toHtml())
        elif isinstance(widget, QListWidget):
            row += [widget.currentRow(), [widget.item(i).text() for i in range(widget.count())]]
        elif isinstance(widget, QLabel):
            row.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            row += [widget.text(), widget.isChecked()]
        elif isinstance(widget, QAbstractSlider):
            row.append(widget.value())
        rows.append(tuple(row))
    return rows


def scroll_down(page: QWidget) -> None:
    for area in page.findChildren(QAbstractScrollArea):
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())


def assert_reset_as_fresh(page: QWidget, fresh: QWidget) -> None:
    assert state(page) != state(fresh)  # the visit changed something the comparison sees
    page.reset()
    assert state(page) == state(fresh)


def test_the_directory_forgets_the_place_filters_record_and_its_qr_code(on_screen, bundled: Library) -> None:
    page, fresh = (on_screen(DirectoryPage(bundled, "en", today=TODAY)) for _ in range(2))
    page.where_field.setText("60601")
    page.refresh()  # the official lists are read: the court filter gets its courts
    for box in (page.service_box, page.court_box):
        box.setCurrentIndex(1)
    page.where_field.setText("22314")
    page.refresh()
    with_site = next(r.record for r in page.results if r.record.url)
    assert page.show_record(with_site.id)
    qr = QUrl(f"qr:{with_site.id}")
    assert page.detail_view.document().resource(QTextDocument.ResourceType.ImageResource, qr) is not None
    scroll_down(page)
    assert_reset_as_fresh(page, fresh)
    assert page.current_id is None and page.location is None and page._courts == []
    assert page.detail_view.document().resource(QTextDocument.ResourceType.ImageResource, qr) is None


def test_the_place_page_forgets_the_zip_the_county_and_the_answer(on_screen, bundled: Library) -> None:
    page, fresh = (on_screen(PlacePage(bundled, "en", today=TODAY)) for _ in range(2))
    page.zip_field.setText("22314")
    assert page.show_zip()
    page.state_box.setCurrentIndex(page.state_box.findData("VA"))
    page.county_box.setCurrentIndex(2)
    scroll_down(page)
    assert_reset_as_fresh(page, fresh)
    assert page.answer is None and page.facts is None


def test_the_place_page_forgets_a_bad_zip_sentence(on_screen, bundled: Library) -> None:
    page, fresh = (on_screen(PlacePage(bundled, "en", today=TODAY)) for _ in range(2))
    page.zip_field.setText("2231")
    assert not page.show_zip() and "2231" in page.message.text() + page.message.accessibleName()
    assert_reset_as_fresh(page, fresh)
    assert page._error == ""


def test_the_detained_page_forgets_the_zip_and_the_answer(on_screen, bundled: Library) -> None:
    page, fresh = (on_screen(DetainedPage(bundled)) for _ in range(2))
    page.zip_field.setText("60601")
    assert page.show_zip()
    scroll_down(page)
    assert_reset_as_fresh(page, fresh)
    page.zip_field.setText("99999")
    assert not page.show_zip()
    assert_reset_as_fresh(page, fresh)
    assert page.answer is None and page._error == ""


def test_the_reader_forgets_the_guide_its_zoom_and_english_beside_it(on_screen, bundled: Library) -> None:
    page, fresh = (on_screen(GuideReader(bundled, "es")) for _ in range(2))
    assert page.open("agents-at-door")
    page.set_zoom(5)
    page.side_by_side_button.setChecked(True)
    page.last_definition = "a definition shown"
    scroll_down(page)
    assert_reset_as_fresh(page, fresh)
    assert (page.guide_id, page.zoom, page.last_definition) == ("", 0, "")


def test_a_page_that_cannot_open_a_key_says_so(on_screen, bundled: Library) -> None:
    from desktopguide.gui.pages.topic_page import TopicPage

    assert on_screen(GuideReader(bundled)).open("no-such-guide") is False
    assert on_screen(TopicPage(bundled)).open("no-such-tile") is False
