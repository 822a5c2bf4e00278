"""Forgetting a visitor: close what they opened, empty what the app copied and what they typed.

Used on every machine (the search forgets the home screen's copy of what was typed) and by
`AppWindow.reset_session()`, which a kiosk's idle reset calls.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QDialog, QLineEdit, QToolTip, QWidget

MAX_POPUPS = 20  # menus and combo lists stack only a few deep; the bound guards against a popup that will not close


def close_visitor_windows(keep: QWidget) -> None:
    """Close every dialog (print previews, website QR codes, message boxes), menu and tooltip."""
    QToolTip.hideText()
    for _attempt in range(MAX_POPUPS):
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
    for widget in QApplication.topLevelWidgets():
        if widget is not keep and isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()  # also ends a dialog's exec()


class ClipboardWatch(QObject):
    """Notes whether the app put something on the clipboard, so a reset empties it and only it.

    Where the platform says who owns the clipboard (X11, Windows) that answer is used; where it
    cannot (offscreen, some Wayland set-ups), a change made while the app is in front counts.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.touched = False
        self._clipboard = QGuiApplication.clipboard()
        self._clipboard.dataChanged.connect(self._on_changed)
        self._clipboard.selectionChanged.connect(self._on_changed)

    def _on_changed(self) -> None:
        if QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive:
            self.touched = True

    def clear_if_ours(self) -> None:
        clipboard = self._clipboard
        if self.touched or clipboard.ownsClipboard():
            clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection() and (self.touched or clipboard.ownsSelection()):
            clipboard.clear(QClipboard.Mode.Selection)
        self.touched = False


def forget_typing(field: QLineEdit) -> None:
    """Empty a text field with no way back: QLineEdit.clear() can be undone (Ctrl+Z, or Undo in the
    field's menu), so the next visitor could read what the last one typed; setText() empties the
    undo and redo history too."""
    field.setText("")


def forget_all_typing(window: QWidget) -> None:
    """Every text field in `window` emptied with its history, and the input method's half-typed
    word dropped. Spin boxes and combo boxes keep their text: it is their value, not typing."""
    # allWidgets(), not findChildren(), which would tie the fields' wrappers to the window (see reset_session).
    for field in QApplication.allWidgets():
        if (
            isinstance(field, QLineEdit)
            and window.isAncestorOf(field)
            and not isinstance(field.parent(), QAbstractSpinBox | QComboBox)
        ):
            forget_typing(field)
    QGuiApplication.inputMethod().reset()

