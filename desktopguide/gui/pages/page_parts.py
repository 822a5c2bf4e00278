"""Pieces every full-screen page uses: a large heading, a frameless scrolling area, and a way back to the top."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QScrollArea, QWidget

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


def scroll_to_top(page: QWidget) -> None:
    """Every scrolling area in `page` back at its top, where a fresh page starts (a page's reset)."""
    # allWidgets(), not findChildren(): PySide ties what findChildren returns to `page`, so
    # wrappers of widgets deleted since would be kept, a few more at every reset.
    for area in QApplication.allWidgets():
        if isinstance(area, QAbstractScrollArea) and page.isAncestorOf(area):
            area.verticalScrollBar().setValue(area.verticalScrollBar().minimum())
