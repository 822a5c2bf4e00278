"""A check box with a long sentence beside it that wraps instead of widening its dialog.

QCheckBox draws its text on one line; "Start as a locked kiosk for a public lobby" in a long
language at 200% text is wider than a small screen. `with_wrapping_text(box, text)` leaves
the text off the box itself (it stays its accessible name) and shows it in a word-wrapped
label beside it; a tap on the label toggles the box, as a tap on the text would.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget


class _ToggleOnClick(QObject):
    def __init__(self, label: QLabel, box: QCheckBox) -> None:
        super().__init__(label)
        self.box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and self.box.isEnabled():
            self.box.toggle()
            return True
        return False


def with_wrapping_text(box: QCheckBox, text: str) -> QWidget:
    """`box` with `text` beside it in a label that wraps; returns the row to put in a layout."""
    box.setText("")
    box.setAccessibleName(text)
    label = QLabel(text)
    label.setWordWrap(True)
    label.setBuddy(box)
    label.setObjectName(f"{box.objectName()}_text" if box.objectName() else "")
    label.setCursor(Qt.CursorShape.PointingHandCursor)
    label.installEventFilter(_ToggleOnClick(label, box))
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    return row
