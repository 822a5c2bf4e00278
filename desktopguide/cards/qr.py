"""QR codes (made by segno) painted as vector squares, so they stay sharp at any size."""

from __future__ import annotations

import functools

import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


@functools.cache
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The code's dark (True) and light modules, without the quiet zone."""
    code = segno.make(text, error="m", micro=False)
    return tuple(tuple(bool(v) for v in row) for row in code.matrix)


def paint_qr(painter: QPainter, rect: QRectF, text: str) -> None:
    """Paint the QR code for `text` into the square `rect`, quiet zone included."""
    matrix = qr_matrix(text)
    count = len(matrix) + 2 * QUIET_ZONE
    module = min(rect.width(), rect.height()) / count
    left = rect.left() + QUIET_ZONE * module
    top = rect.top() + QUIET_ZONE * module
    path = QPainterPath()
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            # One rectangle per run of dark modules keeps the PDF small.
            path.addRect(QRectF(left + start * module, top + y * module, (x - start) * module, module))
    painter.save()
    painter.fillRect(QRectF(rect.left(), rect.top(), count * module, count * module), Qt.GlobalColor.white)
    path.setFillRule(Qt.FillRule.WindingFill)
    painter.fillPath(path, QColor(Qt.GlobalColor.black))
    painter.restore()
