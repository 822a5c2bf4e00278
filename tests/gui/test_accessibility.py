"""Accessible to everyone: every control has a name a screen reader can say, in the chosen
language; fields are named for what they ask, not for what they hold; Tab reaches each
page's main controls in the order they are seen, the toolbar included."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from babel.messages.pofile import read_po
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QSlider,
    QTextBrowser,
    QWidget,
)

from desktopguide.core.content.resources import translations_dir
from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.history import Location
from desktopguide.gui.pages.topics import TILES
from desktopguide.i18n.pseudo import LONG, pseudo_languages
from tests.gui.walking import GUIDE, bundled_library, make_window, settle, visit_dialogs, visit_pages

FOCUSABLE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QTextBrowser,
    QAbstractSpinBox,
    QCheckBox,
    QSlider,
)
FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox)


@pytest.fixture
def window(qtbot) -> Iterator[AppWindow]:
    library = bundled_library()
    win = make_window(qtbot)
    win.languages = (
        dict(library.languages) | pseudo_languages()
    )  # the long pseudo-locale shows what is not retranslated
    win.choose_language("en")
    win.activateWindow()
    qtbot.waitActive(win)
    yield win


def focusable(root: QWidget) -> list[QWidget]:
    """The controls of `root`'s window that can take the keyboard focus, shown or not."""
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, FOCUSABLE) and w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.window() is root.window()
    ]


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def describe(widget: QWidget) -> str:
    return (
        f"{type(widget).__name__} {widget.objectName() or '(no object name)'} in {type(widget.parentWidget()).__name__}"
    )


def screens(window: AppWindow) -> Iterator[tuple[str, QWidget]]:
    yield from visit_pages(window)
    yield "toolbar", window.toolbar
    yield from visit_dialogs(window)


def test_every_control_of_every_page_and_dialog_has_an_accessible_name(window: AppWindow) -> None:
    unnamed = {name: [describe(w) for w in focusable(root) if not spoken_name(w)] for name, root in screens(window)}
    assert {name: found for name, found in unnamed.items() if found} == {}


def test_fields_are_named_for_what_they_ask_not_what_they_hold(window: AppWindow) -> None:
    """Without its own name a combo box is read out as its current choice ("Letter") and a text
    field as nothing at all."""
    unnamed = {
        name: [describe(w) for w in focusable(root) if isinstance(w, FIELDS) and not w.accessibleName()]
        for name, root in screens(window)
    }
    assert {name: found for name, found in unnamed.items() if found} == {}


def qt_standard_button(widget: QWidget) -> bool:
    """OK, Cancel, Close: named by Qt's own translations, which a pseudo-locale does not have."""
    box = widget.parentWidget()
    return isinstance(box, QDialogButtonBox) and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton


def interface_strings() -> set[str]:
    with (translations_dir() / "desktopguide.pot").open("rb") as template:
        return {m.id for m in read_po(template) if isinstance(m.id, str) and m.id and "{" not in m.id}


def test_accessible_names_follow_a_language_switch(window: AppWindow) -> None:
    """Names are translated with the rest of the interface, pages live and dialogs when opened:
    after switching to the long pseudo-locale no name may still be an English interface string."""
    english = interface_strings()
    window.go(Location("guide", GUIDE))
    window.set_language(LONG)
    still_english = {
        name: sorted(
            {spoken_name(w) for w in focusable(root) if spoken_name(w) in english and not qt_standard_button(w)}
        )
        for name, root in screens(window)
    }
    assert {name: found for name, found in still_english.items() if found} == {}


def tab_through(qtbot, start: QWidget, presses: int) -> list[QWidget]:
    """Where the focus goes on each Tab from `start` (the window's focus: offscreen, a dialog
    is not always made the active window)."""
    window = start.window()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    reached = [window.focusWidget()]
    for _ in range(presses):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.append(window.focusWidget())
    return reached


def assert_reached_in_order(reached: list[QWidget], expected: list[QWidget]) -> None:
    missing = [describe(w) for w in expected if w not in reached]
    assert missing == []
    order = [reached.index(w) for w in expected]
    assert order == sorted(order), [describe(reached[i]) for i in order]


def main_controls(window: AppWindow, page: str) -> list[QWidget]:
    """What Tab must reach on each page, in the order a sighted person reads them."""
    reader, directory, place, search = window.reader, window.directory_page, window.place_page, window.search_page
    toolbar_home = window.toolbar.widgetForAction(window.home_action)
    controls = {
        "language": [window.language_page.buttons[code] for code in window.library.languages],
        "home": [window.home_page.tiles[tile.key] for tile in TILES],
        "topic": list(window.topic_page.buttons),
        "guide": [
            reader.side_by_side_button,
            reader.zoom_out_button,
            reader.zoom_in_button,
            reader.read_aloud_button,
            reader.print_button,
            reader.contents,
            reader.view,
            toolbar_home,
        ],
        "directory": [
            directory.where_field,
            directory.find_button,
            directory.distance_box,
            directory.service_box,
            directory.language_box,
            directory.cost_box,
            directory.accreditation_box,
            directory.result_list,
            directory.print_button,
            directory.detail_view,
            toolbar_home,
        ],
        "place": [
            place.zip_field,
            place.zip_button,
            place.state_box,
            place.county_box,
            place.county_button,
            place.view,
            toolbar_home,
        ],
        "search": [search.search_field, search.results_list, toolbar_home],
    }[page]
    return [w for w in controls if w.isVisible() and w.isEnabled()]


@pytest.mark.parametrize("page", ["language", "home", "topic", "guide", "directory", "place", "search"])
def test_tab_reaches_the_main_controls_of_each_page_in_order(qtbot, window: AppWindow, page: str) -> None:
    window.choose_language("es")  # a translated guide: the side-by-side button shows
    location = {"topic": Location("topic", "arrest"), "guide": Location("guide", GUIDE)}.get(page, Location(page))
    window.go(location)
    if page == "search":
        qtbot.waitUntil(lambda: window.search_page.is_ready, timeout=20000)
        with qtbot.waitSignal(window.search_page.results_shown, timeout=10000):
            window.search_page.set_query("detainer")
    settle()
    expected = main_controls(window, page)
    assert len(expected) >= 2
    reached = tab_through(qtbot, expected[0], presses=len(expected) + 40)  # the guide text takes a Tab per link
    assert_reached_in_order(reached, expected)
    # No silent stops: a Tab never lands on a frame or scroll area that has nothing to say.
    assert [describe(w) for w in reached if not spoken_name(w)] == []


def test_settings_dialog_tab_order_follows_the_form(qtbot, window: AppWindow) -> None:
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    expected = [
        w
        for w in (
            dialog.language_box,
            dialog.text_size_box,
            dialog.contrast_box,
            dialog.paper_box,
            dialog.pair_box,
            dialog.kiosk_box,
        )
        if w is not None
    ]
    reached = tab_through(qtbot, expected[0], presses=len(expected) + 2)
    assert_reached_in_order(reached, expected)
    dialog.reject()
