"""Drive a live AppWindow as a visitor would: a window on the bundled library, taps on
buttons and on the links inside text views, and a settle step that runs only what is queued."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QTextBrowser, QWidget

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.history import Location
from desktopguide.gui.preferences import PreferenceStore

GUIDE = "agents-at-door"  # long enough for a contents list; has glossary terms and links
PAGES = (
    Location("language"), Location("home"), Location("topic", "arrest"), Location("guide", GUIDE),
    Location("directory"), Location("place"), Location("search"),
)


@functools.cache
def bundled_library() -> Library:
    """The content the app ships with (read once per test run: the tests only read it)."""
    return load_library(None)


def make_window(qtbot, settings_dir: Path | None = None, library: Library | None = None) -> AppWindow:
    """A shown window on the bundled library; preferences in `settings_dir`, or in memory only (kiosk)."""
    library = library or bundled_library()
    if settings_dir is None:
        store = PreferenceStore(persistent=False)
    else:
        store = PreferenceStore(QSettings(str(settings_dir / "settings.ini"), QSettings.Format.IniFormat))
    window = AppWindow(dict(library.languages), store, library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def settle() -> None:
    """Run what is queued (layouts, deferred deletes, posted events) without waiting for anything."""
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


def tap(qtbot, widget: QWidget, pos: QPoint | None = None) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos if pos is not None else widget.rect().center())


def links(browser: QTextBrowser) -> dict[str, int]:
    """Every link in the browser's document: address -> the position in the middle of its text."""
    found: dict[str, int] = {}
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            href = fragment.charFormat().anchorHref()
            if href and fragment.length() > 1:
                found.setdefault(href, fragment.position() + fragment.length() // 2)
            iterator += 1
        block = block.next()
    return found


def tap_link(qtbot, browser: QTextBrowser, href: str) -> None:
    """Scroll the link into view and tap the middle of its text, as a finger would."""
    position = links(browser)[href]
    cursor = QTextCursor(browser.document())
    cursor.setPosition(position)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    left = browser.cursorRect(cursor)
    cursor.setPosition(position + 1)
    right = browser.cursorRect(cursor)
    # Between the two edges of one character: right of it in left-to-right text, left of it in Arabic.
    point = QPoint((left.center().x() + right.center().x()) // 2, left.center().y())
    tap(qtbot, browser.viewport(), point)


def visit_pages(window: AppWindow) -> Iterator[tuple[str, QWidget]]:
    """Show each page in turn (the place page with a place looked up); yields (name, page)."""
    for location in PAGES:
        window.go(location)
        if location.page == "place":
            window.place_page.show_place("Arlington County, VA")
        settle()
        yield location.page, window.stack.currentWidget()


def newest_dialog(kind: type[QDialog] | None = None, name: str = "") -> QDialog:
    shown = [
        w for w in QApplication.topLevelWidgets()
        if isinstance(w, kind or QDialog) and w.isVisible() and (not name or w.objectName() == name)
    ]
    return shown[-1]


def dialog_openers(window: AppWindow) -> dict[str, Callable[[], QDialog]]:
    """Every dialog a person can open, each as a function that opens it (never with exec())."""
    from desktopguide.gui.dialogs.link_dialog import LinkDialog

    def website() -> QDialog:
        window.reader._on_link(QUrl("https://www.ilrc.org/red-cards-tarjetas-rojas"))
        return newest_dialog(LinkDialog)

    def term() -> QDialog:
        window._on_search_result("term", next(iter(window.library.glossary)))
        return newest_dialog(name="term_definition_box")

    return {
        "settings": window.open_settings,
        "about": window.open_about,
        "card print": lambda: window.open_card_print(GUIDE, window.lang),
        "help list print": lambda: window.open_help_list_print(window.directory_page.shown_record_ids()),
        "website": website,
        "glossary term": term,
    }


def visit_dialogs(window: AppWindow) -> Iterator[tuple[str, QDialog]]:
    """Open each dialog over the guide, yield it, and close it again."""
    window.go(Location("guide", GUIDE))
    for name, open_dialog in dialog_openers(window).items():
        dialog = open_dialog()
        settle()
        yield name, dialog
        dialog.reject()
        settle()
