"""The staff's hidden gesture: five quick taps in the window's empty top corner."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QWidget

TAPS = 5
WITHIN_SECONDS = 3.0
CORNER_PIXELS = 80
# A touch and the mouse press Qt makes from it arrive together: count them once.
SAME_TAP_SECONDS = 0.08


class CornerTaps(QObject):
    """Emits `triggered` after TAPS taps within WITHIN_SECONDS in the top corner away from Back:
    top right, or top left when the layout runs right to left. The taps still reach the widget."""

    KINDS = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin})
    triggered = Signal()

    def __init__(self, window: QWidget, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self._clock = clock
        self._taps: list[float] = []

    def corner(self) -> QRect:
        """The corner, in the window's coordinates."""
        size = CORNER_PIXELS
        left = 0 if self.window.layoutDirection() == Qt.LayoutDirection.RightToLeft else self.window.width() - size
        return QRect(left, 0, size, size)

    def handle(self, watched: QObject, event: QEvent, kind: QEvent.Type) -> bool:
        """Part of the kiosk's input filter (InputHub); never uses the event up."""
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._tap(event.globalPosition().toPoint())
        elif kind == QEvent.Type.TouchBegin and isinstance(event, QTouchEvent) and event.points():
            self._tap(event.points()[0].globalPosition().toPoint())
        return False

    def _tap(self, global_position: QPoint) -> None:
        if not self.corner().contains(self.window.mapFromGlobal(global_position)):
            self._taps.clear()  # a tap elsewhere starts the count again
            return
        now = self._clock()
        if self._taps and now - self._taps[-1] < SAME_TAP_SECONDS:
            return
        self._taps = [t for t in self._taps if now - t <= WITHIN_SECONDS] + [now]
        if len(self._taps) >= TAPS:
            self._taps.clear()
            self.triggered.emit()
