"""Visit every page and dialog of a live AppWindow and collect what does not fit.

Shared by the layout and pseudo-locale tests: one window per screen size; the language is
switched live between tours, as a person would.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEvent, QEventLoop, QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget

from desktopguide.core.content.model import Library
from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.history import Location
from desktopguide.gui.preferences import PreferenceStore
from desktopguide.i18n.pseudo import pseudo_languages
from tests.gui.clipping import Clipped, find_clipping, shown_widgets

GUIDE = "agents-at-door"  # a long guide with a contents list and a card
TOPIC = "arrest"  # a tile that lists several guides
PLACE = "us-va-arlington"
QUERY = "detainer"


def settle() -> None:
    """Let posted layout requests and resizes run (no waiting: only what is queued)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def make_window(library: Library, settings_dir: Path, size: QSize) -> AppWindow:
    settings = QSettings(str(settings_dir / "settings.ini"), QSettings.Format.IniFormat)
    languages = dict(library.languages) | pseudo_languages()
    window = AppWindow(languages, PreferenceStore(settings), library)
    window.resize(size)
    window.show()
    settle()
    # The search index is built on a worker thread; a window closed before it is done would
    # leave the worker writing to a deleted page.
    deadline = QDeadlineTimer(60000)
    while not window.search_page.is_ready and not deadline.hasExpired():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
    assert window.search_page.is_ready, "the search index was not ready within a minute"
    return window


class Tour:
    """Shows each page of `window` in turn; `problems` maps a page name to what was clipped there."""

    def __init__(self, window: AppWindow, qtbot) -> None:
        self.window = window
        self.qtbot = qtbot
        self.problems: dict[str, list[Clipped]] = {}

    def check(self, name: str, root: QWidget) -> None:
        settle()
        found = find_clipping(root)
        if root is not self.window:
            found += find_clipping(self.window.toolbar)
        if found:
            self.problems[name] = found

    def show(self, location: Location) -> QWidget:
        self.window.go(location)
        settle()
        return self.window.stack.currentWidget()

    def pages(self) -> None:
        window = self.window
        self.check("language", self.show(Location("language")))
        self.check("home", self.show(Location("home")))
        self.check("topic", self.show(Location("topic", TOPIC)))
        self.check("guide", self.show(Location("guide", GUIDE)))
        self.check("directory", self.show(Location("directory")))
        page = self.show(Location("place"))
        window.place_page.show_place("Arlington County, VA")
        self.check("place", page)
        page = self.show(Location("search"))
        self.qtbot.waitUntil(lambda: window.search_page.is_ready, timeout=20000)
        with self.qtbot.waitSignal(window.search_page.results_shown, timeout=10000):
            window.search_page.set_query(QUERY)
        assert window.search_page.results_list.count() > 0, "the search found nothing to lay out"
        self.check("search", page)

    def dialogs(self, screen: QSize) -> None:
        window = self.window
        self.show(Location("guide", GUIDE))
        for name, open_dialog in (
            ("settings", window.open_settings),
            ("about", window.open_about),
            ("print preview", lambda: window.open_card_print(GUIDE, window.lang)),
        ):
            with opened(open_dialog()) as dialog:
                settle()
                self.check(name, dialog)
                if dialog.width() > screen.width() or dialog.height() > screen.height():
                    self.problems.setdefault(name, []).append(
                        Clipped(
                            dialog.objectName(), "", f"is {dialog.width()}x{dialog.height()}, larger than the screen"
                        )
                    )

    def report(self, where: str) -> str:
        lines = [f"clipped in {where}:"]
        for page, found in self.problems.items():
            lines.append(f"  {page}:")
            lines += [f"    {problem}" for problem in found[:8]]
            if len(found) > 8:
                lines.append(f"    ... and {len(found) - 8} more")
        return "\n".join(lines)


@contextmanager
def opened(dialog: QDialog | None) -> Iterator[QDialog]:
    assert dialog is not None, "the dialog did not open"
    try:
        yield dialog
    finally:
        dialog.reject()
        dialog.deleteLater()


def unreachable_tiles(window: AppWindow) -> list[str]:
    """Home tiles that cannot be brought wholly into view by scrolling."""
    window.go(Location("home"))
    settle()
    area = window.home_page.findChild(QScrollArea)
    missing = []
    for key, tile in window.home_page.tiles.items():
        area.ensureWidgetVisible(tile, 0, 0)
        settle()
        seen = tile.visibleRegion().boundingRect()
        if not tile.isVisible() or seen.size() != tile.size():
            missing.append(f"{key} (visible {seen.width()}x{seen.height()} of {tile.width()}x{tile.height()})")
    area.verticalScrollBar().setValue(0)
    return missing


def visible_text_widgets(root: QWidget) -> int:
    return len(shown_widgets(root))


def is_right_to_left(widget: QWidget) -> bool:
    return widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
