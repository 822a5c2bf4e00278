"""The app's own SVG icons, shipped inside the package, drawn in the theme's colours.

The icons are drawn navy, which disappears on the high-contrast theme's black: while the palette
is light-on-dark, an icon is painted in the palette's button text colour instead (white, or grey
when disabled), so it keeps the contrast of the text beside it."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap

ICONS = Path(__file__).resolve().parent / "icons"


class PaletteIconEngine(QIconEngine):
    """`source` as it is on a light palette; in the palette's button text colour on a dark one."""

    def __init__(self, source: QIcon) -> None:
        super().__init__()
        self.source = source

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        drawn = self.source.pixmap(size, mode, state)
        palette = QGuiApplication.palette()
        if drawn.isNull() or not _light_on_dark(palette):
            return drawn
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
        image = drawn.toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)  # keep the shape, new colour
        painter.fillRect(image.rect(), palette.color(group, QPalette.ColorRole.ButtonText))
        painter.end()
        tinted = QPixmap.fromImage(image)
        tinted.setDevicePixelRatio(drawn.devicePixelRatio())
        return tinted

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return self.source.actualSize(size, mode, state)

    def clone(self) -> QIconEngine:
        return PaletteIconEngine(self.source)


def _light_on_dark(palette: QPalette) -> bool:
    return (
        palette.color(QPalette.ColorRole.Window).lightness() < palette.color(QPalette.ColorRole.WindowText).lightness()
    )


def themed(source: QIcon) -> QIcon:
    """`source` drawn in the theme's colours (for Qt's standard icons as well as ours)."""
    return QIcon(PaletteIconEngine(source)) if not source.isNull() else source


@functools.cache
def icon(name: str) -> QIcon:
    path = ICONS / f"{name}.svg"
    return themed(QIcon(str(path))) if path.is_file() else QIcon()
