"""Button texts broken into lines for the button's width: `wrap_lines`, and the mixin that
wraps again whenever the width or the font changes (the wrapping tool button and command link)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QResizeEvent, QTextOption

from desktopguide.gui.widgets.text_lines import text_lines

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _WidgetBase = QWidget
else:
    _WidgetBase = object  # a plain mixin at run time: put it before the Qt class


class RewrapsToWidth(_WidgetBase):
    """Mixin: `_rewrap()`, which shows the full text wrapped for the width, runs on every resize
    and font change (a larger text size, a theme)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rewrap()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._rewrap()

    def _rewrap(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} wraps its text in _rewrap()")


def wrap_lines(text: str, font: QFont, width: float) -> list[str]:
    """`text` broken into lines no wider than `width`, inside a word only where the word is wider."""
    lines = text_lines(text, font, width, QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    pieces = (text[line.start : line.start + line.length].strip() for line in lines)
    return [piece for piece in pieces if piece] or [text]
