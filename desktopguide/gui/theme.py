"""Text size and the high-contrast theme, applied to the whole application."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

BASE_POINT_SIZE = 11.0
# A widget's font size as a multiple of the application's, kept so a new text size rescales it.
FONT_SCALE_PROPERTY = "desktopguide_font_scale"


def apply_theme(app: QApplication, text_scale: int, high_contrast: bool) -> None:
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * text_scale / 100)
    app.setFont(font)
    # Headings and big buttons set their own size: scale them from the new text size too.
    for widget in app.allWidgets():
        if widget.property(FONT_SCALE_PROPERTY):
            _rescale(widget)
        elif widget.styleSheet():
            # A style sheet keeps the font it was polished with: give it the new size too.
            scale_font(widget, 1.0)
    app.setPalette(high_contrast_palette() if high_contrast else app.style().standardPalette())


def scale_font(widget: QWidget, factor: float, bold: bool | None = None) -> None:
    """Make `widget`'s text `factor` times the application's text size, now and after any change."""
    widget.setProperty(FONT_SCALE_PROPERTY, factor)
    if bold is not None:
        font = widget.font()
        font.setBold(bold)
        widget.setFont(font)
    _rescale(widget)


def _rescale(widget: QWidget) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(QApplication.font().pointSizeF() * float(widget.property(FONT_SCALE_PROPERTY)))
    widget.setFont(font)


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
