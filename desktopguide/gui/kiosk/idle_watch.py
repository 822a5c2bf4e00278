"""Notices when a visitor has walked away: no touch, click, key or wheel for a while."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QMouseEvent

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,  # the on-screen keyboard
    }
)


class IdleWatch(QObject):
    """Emits `idle` once `interval_ms` pass with no input after someone used the kiosk.

    A kiosk nobody has touched since its last reset is left alone: no countdown for an
    empty lobby.
    """

    KINDS = INPUT_EVENTS
    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.visitor_present = False
        self.paused = False
        self._pointer = QPoint()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timeout)

    def release(self) -> None:
        self.timer.stop()

    def set_interval(self, interval_ms: int) -> None:
        self.timer.setInterval(interval_ms)
        if self.timer.isActive():
            self.timer.start()

    def pause(self) -> None:
        """While the 'Are you still there?' screen counts down."""
        self.paused = True
        self.timer.stop()

    def resume(self) -> None:
        """The visitor is still there: count again from now."""
        self.paused = False
        self.visitor_present = True
        self.timer.start()

    def rest(self) -> None:
        """After a reset: wait for the next visitor's first touch."""
        self.paused = False
        self.visitor_present = False
        self.timer.stop()

    def handle(self, watched: QObject, event: QEvent, kind: QEvent.Type) -> bool:
        """Part of the kiosk's input filter (InputHub); never uses the event up."""
        if self.paused:
            return False
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            # Qt may send a move when a page changes under a resting pointer: only a real move counts.
            position = event.globalPosition().toPoint()
            moved, self._pointer = position != self._pointer, position
            if not moved:
                return False
        self.visitor_present = True
        self.timer.start()
        return False

    def _on_timeout(self) -> None:
        if self.visitor_present and not self.paused:
            self.idle.emit()
