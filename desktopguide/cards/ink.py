"""Paint a laid-out card document in ink, whatever the screen's theme.

QTextDocument.drawContents() colours text that has no colour of its own from the application's
palette: with the high-contrast theme on, that is white, and the card would print white on
white (and show blank in the print preview). Cards are paper: their palette is fixed."""

from __future__ import annotations

from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument

INK = QColor("#111111")
PAPER = QColor("#ffffff")


def paper_palette() -> QPalette:
    palette = QPalette(INK, PAPER)  # dark text on white
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(role, INK)
    palette.setColor(QPalette.ColorRole.Base, PAPER)
    palette.setColor(QPalette.ColorRole.Link, INK)
    return palette


def draw_in_ink(document: QTextDocument, painter: QPainter) -> None:
    """As document.drawContents(painter), with the paper's palette instead of the screen's."""
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = paper_palette()
    document.documentLayout().draw(painter, context)
