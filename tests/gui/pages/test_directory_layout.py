"""The directory page at 150% text, in Arabic and English, on a small screen: the list keeps room
for several rows, no row is cut short (phone numbers whole), and "Print this list" fits."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QScrollArea, QStyleOptionViewItem

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.history import Location
from desktopguide.gui.pages.directory_page import unbroken_phone
from desktopguide.gui.theme import apply_theme
from desktopguide.i18n import set_language
from tests.gui.clipping import SLACK, describe, find_clipping
from tests.gui.glyph_order import digit_x
from tests.gui.layout_tour import make_window, settle

VISIBLE_ROWS = 3


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


@pytest.fixture
def large_text_window(library: Library, tmp_path: Path) -> Iterator[AppWindow]:
    window = make_window(library, tmp_path, QSize(1024, 600))
    window.apply_preferences(dataclasses.replace(window.prefs, text_scale=150))
    yield window
    window.close()
    window.deleteLater()
    set_language("en")
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    apply_theme(app, 100, False)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_directory_list_keeps_its_rows_whole_at_150_percent(large_text_window: AppWindow, lang: str) -> None:
    window = large_text_window
    window.set_language(lang)
    window.go(Location("directory"))
    page = window.directory_page
    page.where_field.setText("22314")  # rows then carry a distance and a phone number
    page.refresh()
    settle()
    problems = find_clipping(page)
    assert not problems, describe(problems, f"the directory page in {lang} at 150%")

    rows = page.result_list
    assert rows.count() > VISIBLE_ROWS
    heights = [rows.visualItemRect(rows.item(row)).height() for row in range(VISIBLE_ROWS)]
    assert rows.viewport().height() + SLACK >= sum(heights) + 2 * rows.spacing() * VISIBLE_ROWS, (
        f"the list shows {rows.viewport().height()} px, its first rows need {heights}"
    )

    delegate = rows.itemDelegate()
    option = QStyleOptionViewItem()
    option.font = rows.font()
    for row in range(rows.count()):
        item = rows.item(row)
        needed = delegate.sizeHint(option, rows.indexFromItem(item))
        assert rows.visualItemRect(item).height() >= needed.height(), f"row {row} is cut short: {item.text()!r}"

    # Every digit of a listed phone number is painted (not elided to "(703) …").
    # The rows are the page's results: hand-written records and the official lists' offices.
    listed = {result.record.id: result.record for result in page.results}
    phoned = [
        (rows.item(row), unbroken_phone(record.phones[0].display))
        for row in range(rows.count())
        for record in [listed[rows.item(row).data(Qt.ItemDataRole.UserRole)]]
        if record.phones
    ]
    assert phoned
    item, number = phoned[0]
    rows.scrollToItem(item)
    settle()
    text = item.text()
    last_digit = text.index(number) + max(i for i, ch in enumerate(number) if ch.isdigit())

    def render(changed: str) -> QImage:
        item.setText(changed)
        QApplication.processEvents()
        return rows.viewport().grab().toImage()

    digit_x(render, text, last_digit)  # fails when the digit is not drawn
    item.setText(text)

    # "Print this list" can be brought wholly into view and is as tall as its text needs.
    button = page.print_button
    area = page.findChild(QScrollArea)
    area.ensureWidgetVisible(button, 0, 0)
    settle()
    assert button.height() >= button.sizeHint().height()
    seen = button.visibleRegion().boundingRect()
    assert seen.height() == button.height() and seen.width() >= button.width() - SLACK, f"{seen} of {button.size()}"

