"""Pieces every full-screen page uses: a large heading and a frameless scrolling area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from desktopguide.gui.theme import scale_font


def heading_label(scale: float = 1.4, centered: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    scale_font(label, scale, bold=True)  # follows the text size chosen in Settings
    if centered:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def scrolling(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(content)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    # The controls inside take the focus, and the area scrolls to the one that has it: the
    # area itself would be a silent Tab stop.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area
