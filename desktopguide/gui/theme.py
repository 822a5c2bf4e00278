"""Text size and the high-contrast theme, applied to the whole application."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 11.0


def apply_theme(app: QApplication, text_scale: int, high_contrast: bool) -> None:
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * text_scale / 100)
    app.setFont(font)
    app.setPalette(high_contrast_palette() if high_contrast else app.style().standardPalette())


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role, color in (
        (QPalette.ColorRole.Window, black),
        (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black),
        (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
        (QPalette.ColorRole.Text, white),
        (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.ButtonText, white),
        (QPalette.ColorRole.Highlight, yellow),
        (QPalette.ColorRole.HighlightedText, black),
        (QPalette.ColorRole.Link, yellow),
        (QPalette.ColorRole.LinkVisited, yellow),
        (QPalette.ColorRole.ToolTipBase, black),
        (QPalette.ColorRole.ToolTipText, white),
        (QPalette.ColorRole.PlaceholderText, QColor("#cccccc")),
    ):
        palette.setColor(role, color)
    return palette
