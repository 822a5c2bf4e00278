"""Touch first: finger-sized targets everywhere, kinetic scrolling, nothing only on hover,
a focus ring that shows, and the on-screen keyboard asked for in a kiosk."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QScroller,
    QWidget,
)

from desktopguide.gui import touch
from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.history import Location
from desktopguide.gui.pages.guide_reader import definition_position
from desktopguide.gui.touch import MIN_TARGET, install_touch_style, kinetic_scrolling
from tests.gui.walking import GUIDE, make_window, settle, tap, tap_link, visit_dialogs, visit_pages


@pytest.fixture
def window(qtbot) -> Iterator[AppWindow]:
    win = make_window(qtbot)
    win.choose_language("en")
    yield win
    install_touch_style(QApplication.instance(), mouse_flicks=False)


def screens(window: AppWindow) -> Iterator[tuple[str, QWidget]]:
    """Each page, then each dialog, shown in turn (dialogs are closed again afterwards)."""
    for name, _page in visit_pages(window):
        yield name, window
    yield from visit_dialogs(window)


def too_small(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        if widget.objectName() == "qt_toolbar_ext_button":
            continue  # Qt's overflow arrow only shows when a toolbar does not fit: the layout tests' business
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the text part of a combo box or spin box, which is itself finger-sized
        if isinstance(widget, (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)):
            if widget.width() < MIN_TARGET or widget.height() < MIN_TARGET:
                name = widget.objectName() or getattr(widget, "text", lambda: "")() or type(widget).__name__
                found.append(f"{name} {widget.width()}x{widget.height()}")
    return found


def test_every_control_a_finger_presses_is_at_least_48_px_on_every_page_and_dialog(window: AppWindow) -> None:
    problems = {name: small for name, root in screens(window) if (small := too_small(root))}
    assert problems == {}


def test_list_rows_are_finger_high(window: AppWindow) -> None:
    window.go(Location("guide", GUIDE))
    window.go(Location("directory"))
    settle()
    for view in (window.reader.contents, window.directory_page.result_list):
        assert view.count() > 0
        assert all(view.visualItemRect(view.item(row)).height() >= MIN_TARGET for row in range(view.count()))


def test_every_scroll_area_text_view_and_list_flicks(window: AppWindow) -> None:
    checked, still = 0, []
    for name, root in screens(window):  # each dialog is checked while it is open: closed, it is gone
        areas = [area for area in root.findChildren(QAbstractScrollArea) if touch.flicks(area)]  # see touch.flicks
        checked += len(areas)
        still += [
            f"{name}: {area.objectName() or type(area).__name__}"
            for area in areas
            if kinetic_scrolling(area) != "touch"
        ]
    assert checked > 10
    assert still == []


def flick_up(area: QAbstractScrollArea, distance: int = 200) -> None:
    """A finger's drag as the gesture recognizer hands it to the scroller, one frame apart."""
    scroller = QScroller.scroller(area.viewport())
    start = QPointF(area.viewport().rect().center()) + QPointF(0, distance / 2)
    scroller.handleInput(QScroller.Input.InputPress, start, 0)
    for step in range(1, 11):
        scroller.handleInput(QScroller.Input.InputMove, start - QPointF(0, distance * step / 10), 16 * step)
    scroller.handleInput(QScroller.Input.InputRelease, start - QPointF(0, distance), 176)


def test_a_flick_scrolls_the_guide_text(qtbot, window: AppWindow) -> None:
    window.go(Location("guide", GUIDE))
    settle()
    scroll_bar = window.reader.view.verticalScrollBar()
    assert scroll_bar.maximum() > 0 and scroll_bar.value() == 0
    flick_up(window.reader.view)
    qtbot.waitUntil(lambda: scroll_bar.value() > 0)  # the scroller moves the text frame by frame


def test_scroll_areas_made_before_the_first_paint_flick_once_it_is_done(qtbot) -> None:
    # The app holds flicking back while it builds its first screen, then sets it up.
    style = install_touch_style(QApplication.instance())
    style.hold_kinetic_scrolling()
    try:
        kept, dropped = QListWidget(), QListWidget()
        qtbot.addWidget(kept)
        kept.show()
        dropped.show()
        assert kinetic_scrolling(kept) == ""
        shiboken6.delete(dropped)  # gone before the first paint: nothing to set up
    finally:
        style.release_kinetic_scrolling()
    assert kinetic_scrolling(kept) == "touch"
    later = QListWidget()
    qtbot.addWidget(later)
    later.show()
    assert kinetic_scrolling(later) == "touch"  # no longer held


def test_kiosk_mode_flicks_with_the_mouse_too_and_taps_still_work(qtbot, window: AppWindow) -> None:
    install_touch_style(QApplication.instance(), mouse_flicks=True)
    assert {kinetic_scrolling(area) for area in window.findChildren(QAbstractScrollArea) if touch.flicks(area)} == {
        "mouse"
    }
    window.go(Location("guide", GUIDE))
    settle()
    tap_link(qtbot, window.reader.view, "guide:stopped-by-police")
    assert window.reader.guide_id == "stopped-by-police"
    window.go_home()
    settle()
    tap(qtbot, window.home_page.tiles["arrest"])
    assert window.stack.currentWidget() is window.topic_page
    tap(qtbot, window.topic_page.buttons[0])
    assert window.stack.currentWidget() is window.reader


def test_glossary_definition_opens_with_the_keyboard_as_well_as_a_tap(qtbot, window: AppWindow) -> None:
    """Nothing is shown on hover alone: a term's definition also opens on a tap, or on Enter."""
    window.go(Location("guide", GUIDE))
    view = window.reader.view
    tap_link(qtbot, view, "term:ice")
    assert window.reader.last_definition.startswith(window.library.glossary["ice"].term.get("en"))
    window.reader.last_definition = ""
    QCursor.setPos(window.mapToGlobal(QPoint(2, 2)))  # the pointer leaves the text: only the keyboard is used
    view.setFocus()
    for _ in range(40):  # Tab moves from link to link inside the text
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        if view.textCursor().selectedText() and view.textCursor().charFormat().anchorHref() == "term:ice":
            break
    else:
        pytest.fail("Tab never reached the glossary term in the guide")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.reader.last_definition.startswith(window.library.glossary["ice"].term.get("en"))
    # It opens under the term, not wherever the pointer happens to be.
    under_term = view.viewport().mapToGlobal(view.cursorRect().bottomLeft())
    assert definition_position(view) == under_term


def pixel_above(window: AppWindow, widget: QWidget) -> QColor:
    """The colour just outside the widget's top edge, where the focus ring is drawn."""
    settle()
    image = window.grab().toImage()
    return QColor(image.pixel(widget.mapTo(window, QPoint(widget.width() // 2, -1))))


@pytest.mark.parametrize("high_contrast", [False, True])
def test_focus_ring_is_drawn_around_the_focused_control_in_the_highlight_colour(
    qtbot, window: AppWindow, high_contrast: bool
) -> None:
    window.apply_preferences(dataclasses.replace(window.prefs, high_contrast=high_contrast))
    try:
        window.go_home()
        tile, other = window.home_page.tiles["home"], window.home_page.tiles["arrest"]
        expected = QColor("#ffff00") if high_contrast else tile.palette().color(QPalette.ColorRole.Highlight)
        ring = touch.install_focus_ring(QApplication.instance())
        other.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: ring.widget is other)
        assert pixel_above(window, tile) != expected and pixel_above(window, other) == expected
        tile.setFocus(Qt.FocusReason.TabFocusReason)  # the ring follows the focus
        qtbot.waitUntil(lambda: ring.widget is tile)
        assert pixel_above(window, tile) == expected and pixel_above(window, other) != expected
    finally:
        window.apply_preferences(dataclasses.replace(window.prefs, high_contrast=False))


def test_virtual_keyboard_is_asked_for_when_installed_and_no_input_method_is_chosen(monkeypatch) -> None:
    monkeypatch.setattr(touch, "virtual_keyboard_available", lambda: True)
    env: dict[str, str] = {}
    assert touch.use_virtual_keyboard(env)
    assert env == {"QT_IM_MODULE": "qtvirtualkeyboard"}


def test_an_input_method_chosen_in_the_environment_wins(monkeypatch) -> None:
    monkeypatch.setattr(touch, "virtual_keyboard_available", lambda: True)
    env = {"QT_IM_MODULE": "ibus"}
    assert not touch.use_virtual_keyboard(env)
    assert env == {"QT_IM_MODULE": "ibus"}


def test_no_virtual_keyboard_is_asked_for_when_qt_has_none(monkeypatch) -> None:
    monkeypatch.setattr(touch, "virtual_keyboard_available", lambda: False)
    env: dict[str, str] = {}
    assert not touch.use_virtual_keyboard(env)
    assert env == {}


def test_pyside_ships_the_virtual_keyboard_plugin() -> None:
    """The kiosk relies on the plugin that comes with the PySide6 wheel; a slimmer build would drop it."""
    assert touch.virtual_keyboard_available()
