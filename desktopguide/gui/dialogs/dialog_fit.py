"""Size a dialog for what it shows, wrapped text included, but never past the screen.

Qt sizes a new dialog from its size hint, capped at two thirds of the screen, and leaves
word-wrapped labels (whose height depends on their width) squeezed: at 200% text a
sentence loses its last lines. `fit_to_screen(dialog)` asks the layout for the height at
the chosen width and lets the dialog use the whole screen when it needs it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog


def fit_to_screen(dialog: QDialog, preferred: QSize | None = None) -> None:
    # The app's window is the whole screen at a kiosk and what the person gave the app elsewhere.
    parent = dialog.parentWidget()
    room = parent.window().size() if parent is not None else dialog.screen().availableGeometry().size()
    wanted = (preferred or QSize(0, 0)).expandedTo(dialog.sizeHint()).expandedTo(dialog.minimumSizeHint())
    width = min(wanted.width(), room.width())
    layout = dialog.layout()
    height = wanted.height()
    if layout is not None and layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width))
    dialog.resize(width, min(height, room.height()))
