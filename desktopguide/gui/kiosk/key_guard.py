"""Keys that would leave a kiosk do nothing; the staff's key chord asks for the PIN."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

Key, Mod = Qt.Key, Qt.KeyboardModifier
MODIFIERS = Mod.ControlModifier | Mod.AltModifier | Mod.ShiftModifier | Mod.MetaModifier
ADMIN_CHORD = (Key.Key_A, Mod.ControlModifier | Mod.AltModifier | Mod.ShiftModifier)
# Close, quit and leave-full-screen keys of the common desktops.
QUIT_KEYS = {
    (Key.Key_F4, Mod.AltModifier),
    (Key.Key_F4, Mod.ControlModifier),
    (Key.Key_Q, Mod.ControlModifier),
    (Key.Key_W, Mod.ControlModifier),
    (Key.Key_Q, Mod.MetaModifier),
    (Key.Key_W, Mod.MetaModifier),
    (Key.Key_F11, Mod.NoModifier),
}


class KeyGuard(QObject):
    """Part of the kiosk's input filter (InputHub): swallows quit keys, and Escape aimed at the
    main window (a dialog still closes with Escape); emits `admin_requested` on Ctrl+Alt+Shift+A."""

    KINDS = frozenset({QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride})
    admin_requested = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def handle(self, watched: QObject, event: QEvent, kind: QEvent.Type) -> bool:
        if not isinstance(event, QKeyEvent):
            return False
        combination = (Key(event.key()), event.modifiers() & MODIFIERS)
        if combination == ADMIN_CHORD:
            if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
                self.admin_requested.emit()
            return True
        if combination in QUIT_KEYS:
            return True
        if combination == (Key.Key_Escape, Mod.NoModifier):
            target = watched.window() if isinstance(watched, QWidget) else None
            return target is None or target is self.window
        return False
