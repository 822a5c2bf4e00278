"""A table whose columns share the width it has and whose headings and cells wrap, so no
language needs a horizontal scrollbar or loses the end of a heading.

    fit_columns_to_width(table)

Each column gets at least its longest unbreakable word and, from what is left, a share in
proportion to how much more its text would need on one line. Qt's header draws wrapped
headings (Qt.TextWordWrap) but does not grow to show their lines; this keeps the header tall
enough, and the rows tall enough for wrapped cells, whenever the table is resized or its
font changes. Only when even the longest words do not fit does a horizontal scrollbar appear.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QTextOption
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableWidget, QWidget

from desktopguide.gui.widgets.text_lines import text_lines

WRAP = Qt.AlignmentFlag(int(Qt.TextFlag.TextWordWrap))
# Set on a header whose headings break inside a word when a word is wider than its column.
WRAP_ANYWHERE_PROPERTY = "desktopguide_wrap_anywhere"


class WrappingHeader(QHeaderView):
    """Column headings that wrap between words, and inside a word too long for its column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setProperty(WRAP_ANYWHERE_PROPERTY, True)

    def paintSection(self, painter: QPainter, rect: QRect, index: int) -> None:
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = index
        option.text = ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        text_option = QTextOption(Qt.AlignmentFlag.AlignCenter)
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        text_option.setTextDirection(self.layoutDirection())
        painter.save()
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        text = str(self.model().headerData(index, self.orientation()) or "") if self.model() is not None else ""
        painter.drawText(QRectF(rect.adjusted(margin, margin, -margin, -margin)), text, text_option)
        painter.restore()


def wrapped_height(text: str, font: QFont, width: float) -> float:
    """The height of `text` wrapped to `width`, breaking inside words only where it must."""
    return sum(line.height for line in text_lines(text, font, width, QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere))


class _Refit(QObject):
    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        self.busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show) and not self.busy:
            self.busy = True
            try:
                # Taller rows can bring a vertical scrollbar, and less width: fit again then.
                for _attempt in range(3):
                    width = self.table.viewport().width()
                    refit(self.table)
                    if self.table.viewport().width() == width:
                        break
            finally:
                self.busy = False
        return False


def fit_columns_to_width(table: QTableWidget) -> None:
    table.setHorizontalHeader(WrappingHeader(table))
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | WRAP)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setMinimumSectionSize(24)  # the style's minimum grows with the font; a number needs less
    table.setWordWrap(True)
    table.installEventFilter(_Refit(table))
    refit(table)


def longest_unbreakable(text: str, font: QFont) -> float:
    """The width of the widest piece `text` cannot be broken inside (a word; a character in Chinese)."""
    return max((line.natural_width for line in text_lines(text, font, 1.0, QTextOption.WrapMode.WordWrap)), default=0.0)


def _texts(table: QTableWidget, column: int, headings: bool = True) -> list[str]:
    heading = table.horizontalHeaderItem(column)
    texts = [heading.text()] if heading is not None and headings else []
    return texts + [table.item(row, column).text() for row in range(table.rowCount()) if table.item(row, column)]


def _padding(table: QTableWidget) -> int:
    """The style's margins on both sides of a heading or a cell's text."""
    style = table.style()
    header_margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, table.horizontalHeader())
    cell_margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return 2 * max(header_margin, cell_margin) + 1


def _least_and_natural(table: QTableWidget) -> tuple[list[int], list[int]]:
    padding = _padding(table)
    font = table.font()
    metrics = table.fontMetrics()
    least, natural = [], []
    for column in range(table.columnCount()):
        texts = _texts(table, column) or [""]
        least.append(int(max(longest_unbreakable(t, font) for t in texts)) + padding)
        natural.append(max(metrics.horizontalAdvance(t) for t in texts) + padding)
    return least, natural


def _least_for_cells(table: QTableWidget) -> list[int]:
    padding = _padding(table)
    font = table.font()
    return [
        int(max((longest_unbreakable(t, font) for t in _texts(table, column, headings=False)), default=0)) + padding
        for column in range(table.columnCount())
    ]


def column_widths(table: QTableWidget, available: int) -> list[int]:
    least, natural = _least_and_natural(table)
    if sum(natural) <= available:
        spare = (available - sum(natural)) // max(1, len(natural))
        return [n + spare for n in natural]
    if sum(least) > available:
        # The headings break inside a word rather than push the table past its width.
        least = _least_for_cells(table)
        if sum(least) >= available:
            return least  # a scrollbar: better than cutting the cells' words
    wanting = [n - m for n, m in zip(natural, least, strict=True)]
    spare = available - sum(least)
    return [m + spare * w // max(1, sum(wanting)) for m, w in zip(least, wanting, strict=True)]


def refit(table: QTableWidget) -> None:
    """Column widths for the table's width, a header tall enough for the longest wrapped heading,
    and rows tall enough for their wrapped cells."""
    header = table.horizontalHeader()
    # From the table's own width, with room kept for a vertical scrollbar, so the rows it
    # brings cannot push the columns out.
    available = table.width() - 2 * table.frameWidth() - table.verticalScrollBar().sizeHint().width() - 2
    widths = column_widths(table, available)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    tallest = 0
    for column in range(table.columnCount()):
        item = table.horizontalHeaderItem(column)
        if item is None or header.isSectionHidden(column):
            continue
        width = max(1, header.sectionSize(column) - 2 * margin)
        tallest = max(tallest, int(wrapped_height(item.text(), header.font(), width)) + 1)
    header.setMinimumHeight(tallest + 2 * margin + 2)
    table.resizeRowsToContents()


def natural_width(table: QTableWidget) -> int:
    """The width the table would take with every heading and cell on one line."""
    frame = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
    return frame + sum(_least_and_natural(table)[1])
