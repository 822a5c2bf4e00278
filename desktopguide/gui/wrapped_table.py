"""A table whose columns share the width it has and whose headings and cells wrap, so no
language needs a horizontal scrollbar or loses the end of a heading.

    fit_columns_to_width(table)

Qt's header draws wrapped headings (Qt.TextWordWrap) but does not grow to show their lines;
this keeps the header tall enough, and the rows tall enough for wrapped cells, whenever the
table is resized or its text changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableWidget

WRAP = Qt.AlignmentFlag(int(Qt.TextFlag.TextWordWrap))


class _Refit(QObject):
    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            refit(self.table)
        return False


def fit_columns_to_width(table: QTableWidget) -> None:
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | WRAP)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    if table.columnCount():
        # The first column names the row (a language): as wide as its longest name.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.installEventFilter(_Refit(table))
    header.sectionResized.connect(lambda *_args: refit(table))
    refit(table)


def refit(table: QTableWidget) -> None:
    """A header tall enough for the longest wrapped heading, and rows for their wrapped cells."""
    header = table.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = header.fontMetrics()
    tallest = 0
    for column in range(table.columnCount()):
        item = table.horizontalHeaderItem(column)
        if item is None or header.isSectionHidden(column):
            continue
        width = max(1, header.sectionSize(column) - 2 * margin)
        tallest = max(tallest, metrics.boundingRect(QRect(0, 0, width, 1 << 20), int(Qt.TextFlag.TextWordWrap), item.text()).height())
    header.setMinimumHeight(tallest + 2 * margin + 2)
    table.resizeRowsToContents()


def natural_width(table: QTableWidget) -> int:
    """The width the table would take with every heading and cell on one line."""
    header = table.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    total = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
    for column in range(table.columnCount()):
        texts = [table.horizontalHeaderItem(column).text() if table.horizontalHeaderItem(column) else ""]
        texts += [table.item(row, column).text() for row in range(table.rowCount()) if table.item(row, column)]
        total += max(table.fontMetrics().horizontalAdvance(text) for text in texts) + 2 * margin + 8
    return total
