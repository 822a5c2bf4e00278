"""A visitor at a real kiosk, run by test_kiosk_under_x.py in a process of its own under Xvfb.

Starts the app as `desktopguide --kiosk` does, with Qt's on-screen keyboard (QT_IM_MODULE
unset), then taps with real X pointer events (xdotool): a language (Spanish), a tile, Home,
the search field; types a word; waits for the idle reset. After each step it checks that the
app moved on and that the screen's pixels changed, and prints one line per step. Exit status
0: all went well.

Run: python tests/gui/kiosk/kiosk_under_x.py CONTENT_FOLDER   (DISPLAY set, xdotool on PATH)
"""

from __future__ import annotations

import faulthandler
import hashlib
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

STEP_SECONDS = 30.0  # each step's wait; a frozen app is caught by the faulthandler below
FREEZE_SECONDS = 60  # a step this long: every thread's stack is printed and the process ends


def main(content: Path) -> int:
    # A C thread, not Python: it runs even when the main thread holds Python's lock forever.
    faulthandler.dump_traceback_later(FREEZE_SECONDS, exit=True)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktopguide.gui.app import run_app
    from desktopguide.gui.touch import use_virtual_keyboard

    if not use_virtual_keyboard():  # as run_app does for a kiosk, before the application exists
        print("FAIL: Qt Virtual Keyboard is not installed", flush=True)
        return 1
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("desktopguide")
    app.setApplicationName("desktopguide")
    save_caseworker_language("es")  # the account's own language: visitors must not start in it
    visit = Visit(app)
    QTimer.singleShot(0, visit.next_step)
    code = run_app(content, kiosk=True)
    return code if visit.failure == "" and visit.done else 1


def save_caseworker_language(code: str) -> None:
    from desktopguide.gui.preferences import PreferenceStore

    store = PreferenceStore()
    prefs = store.load()
    prefs.language = code
    store.save(prefs)


class Visit:
    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.window = None
        self.failure = ""
        self.done = False
        self.steps: list[Callable[[], None]] = [
            self.wait_for_start,
            self.tap_language,
            self.tap_tile,
            self.tap_home,
            self.tap_search_field,
            self.type_words,
            self.wait_for_idle_reset,
        ]
        self._waiting: tuple[str, Callable[[], bool], float, str] | None = None
        self._started = 0.0

    # -- the steps ---------------------------------------------------------------------------
    def wait_for_start(self) -> None:
        import resource

        from desktopguide.gui.app_window import AppWindow

        if resource.getrlimit(resource.RLIMIT_CORE) != (0, 0):
            return self.fail("a kiosk could write a core dump")
        if not os.environ.get("CUPS_SERVER", "").startswith("/"):
            return self.fail("printing could reach CUPS over TCP: CUPS_SERVER names no local socket")

        # The first event loop turn is run_app's: the window is made by then.
        windows = [w for w in self.app.topLevelWidgets() if isinstance(w, AppWindow)]
        if not windows:
            return self.fail("no app window")
        self.window = windows[0]
        window = self.window
        self.wait(
            "started",
            lambda: (
                window.isVisible()
                and window.library is not None
                and window.stack.currentWidget() is window.language_page
                and window.lang == "en"
                and window.language_page.buttons["en"].isVisible()
                and keyboard_built()
                and not keyboard_shown()
            ),  # built before the first tap, not shown
        )

    def tap_language(self) -> None:
        window = self.window
        # Spanish: Qt's own catalog and ours are installed, and the keyboard changes its layout.
        self.tap(window.language_page.buttons["es"])
        self.wait(
            "language",
            lambda: window.stack.currentWidget() is window.home_page and window.lang == "es",
            screen_changes=True,
        )

    def tap_tile(self) -> None:
        window = self.window
        self.tap(window.home_page.tiles["legal-help"])
        self.wait("tile", lambda: window.stack.currentWidget() is window.directory_page, screen_changes=True)

    def tap_home(self) -> None:
        window = self.window
        self.tap(window.toolbar.widgetForAction(window.home_action))
        self.wait("home", lambda: window.stack.currentWidget() is window.home_page, screen_changes=True)

    def tap_search_field(self) -> None:
        from PySide6.QtGui import QGuiApplication

        window = self.window
        field = window.home_page.search_field
        self.tap(field)
        self.wait(
            "keyboard",
            lambda: field.hasFocus() and QGuiApplication.inputMethod().isVisible(),
            screen_changes=True,
        )

    def type_words(self) -> None:
        window = self.window
        subprocess.run(["xdotool", "type", "--delay", "50", "lawyer"], check=True, timeout=20)
        self.wait(
            "search",
            lambda: (
                window.stack.currentWidget() is window.search_page
                and window.search_page.search_field.text() == "lawyer"
            ),
            screen_changes=True,
        )

    def wait_for_idle_reset(self) -> None:
        from PySide6.QtGui import QGuiApplication

        from desktopguide.gui.kiosk.kiosk_mode import KioskMode

        window = self.window
        kiosk = KioskMode.of(window)
        # The settings allow 30 seconds at least: a test waits a second, and a one-tick countdown.
        kiosk.idle_watch.set_interval(1000)
        kiosk.countdown_seconds = 1
        kiosk.idle_watch.timer.start()
        self.wait(
            "idle reset",
            lambda: (
                window.stack.currentWidget() is window.language_page
                and not QGuiApplication.inputMethod().isVisible()
                and window.search_page.search_field.text() == ""
                and window.lang == "en"
            ),
            screen_changes=True,
        )

    # -- helpers ------------------------------------------------------------------------------
    def next_step(self) -> None:
        if self.failure:
            return
        if not self.steps:
            self.done = True
            print("DONE", flush=True)
            self.leave()
            return
        self.steps.pop(0)()

    def tap(self, widget: QWidget) -> None:
        """A real pointer press and release at the widget's centre, through the X server."""
        centre = widget.mapToGlobal(widget.rect().center())
        subprocess.run(["xdotool", "mousemove", str(centre.x()), str(centre.y()), "click", "1"], check=True, timeout=20)

    def wait(self, name: str, condition: Callable[[], bool], screen_changes: bool = False) -> None:
        """Poll from the event loop (never blocking it) until `condition`, then the next step."""
        before = screen_digest() if screen_changes else ""
        self._started = time.monotonic()
        self._waiting = (name, condition, self._started + STEP_SECONDS, before)
        self._poll()

    def _poll(self) -> None:
        from PySide6.QtCore import QTimer

        name, condition, deadline, before = self._waiting
        if condition():
            # The app's state moved on: the X server's pixels must have followed. Wait a frame
            # or two for the paint to land.
            if before and screen_digest() == before:
                if time.monotonic() > deadline:
                    return self.fail(f"{name}: the screen did not change")
                QTimer.singleShot(100, self._poll)
                return
            print(f"OK {name}", flush=True)
            faulthandler.dump_traceback_later(FREEZE_SECONDS, exit=True)  # the next step's own time
            print(f"{name}: {time.monotonic() - self._started:.2f} s", file=sys.stderr, flush=True)  # for people
            QTimer.singleShot(0, self.next_step)
            return
        if time.monotonic() > deadline:
            return self.fail(f"{name}: not reached in {STEP_SECONDS:.0f} s")
        QTimer.singleShot(50, self._poll)

    def fail(self, message: str) -> None:
        self.failure = message
        print(f"FAIL {message}", flush=True)
        self.leave()

    def leave(self) -> None:
        from desktopguide.gui.kiosk.kiosk_mode import KioskMode

        kiosk = KioskMode.of(self.window) if self.window is not None else None
        if kiosk is not None:
            kiosk.leave()
        self.app.quit()


def keyboard_built() -> bool:
    """Whether Qt's on-screen keyboard has made its panel (a window of its own)."""
    from PySide6.QtGui import QGuiApplication

    return any(w.metaObject().className() == "QtVirtualKeyboard::InputView" for w in QGuiApplication.allWindows())


def keyboard_shown() -> bool:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.inputMethod().isVisible()


def screen_digest() -> str:
    """A digest of what the X server shows (the root window, every window on it)."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QGuiApplication

    pixmap = QGuiApplication.primaryScreen().grabWindow(0)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "BMP")
    return hashlib.sha256(bytes(buffer.data())).hexdigest()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
