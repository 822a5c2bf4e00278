"""Text broken into lines for a width as Qt lays it out (Unicode line breaking, as QLabel does):
what the wrapping buttons show and what the wrapping table measures."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QFont, QTextLayout, QTextOption


class Line(NamedTuple):
    start: int  # where the line begins in the text
    length: int
    natural_width: float  # the width its text takes
    height: float


def text_lines(text: str, font: QFont, width: float, mode: QTextOption.WrapMode) -> list[Line]:
    """The lines of `text` laid out `width` wide with wrap `mode`."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(mode)
    layout.setTextOption(option)
    lines = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        lines.append(Line(line.textStart(), line.textLength(), line.naturalTextWidth(), line.height()))
    layout.endLayout()
    return lines
