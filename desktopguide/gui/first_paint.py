"""Run something once a widget has first been painted: slow work waits for the first screen.

Also how `desktopguide bench startup` times the app: with DESKTOPGUIDE_EXIT_AFTER_FIRST_PAINT
set, the app prints a marker after its first paint and quits.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV_VAR = "DESKTOPGUIDE_EXIT_AFTER_FIRST_PAINT"
MARKER = "first-paint"


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, action: Callable[[], None]) -> None:
        super().__init__(widget)
        self.action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Once this paint has been delivered and shown.
            QTimer.singleShot(0, self.action)
        return False


def when_first_painted(widget: QWidget, action: Callable[[], None]) -> None:
    widget.installEventFilter(_AfterFirstPaint(widget, action))


def _report_and_quit() -> None:
    print(MARKER, flush=True)
    QApplication.instance().quit()


def exit_after_first_paint(widget: QWidget) -> None:
    when_first_painted(widget, _report_and_quit)


if __name__ == "__main__":
    # The baseline: a minimal PySide6 window, timed the same way.
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1024, 700)
    exit_after_first_paint(window)
    window.show()
    sys.exit(app.exec())
