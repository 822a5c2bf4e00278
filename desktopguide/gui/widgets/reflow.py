"""Labelled fields in as many columns as fit: a row of filters on a wide screen, one field
per row on a small one, in a long language or at large text.

    filters = ReflowGrid()
    filters.add_field(label, field)

Each field keeps the width its whole content needs (so a chosen item is never cut off); the
number of columns follows the width the grid is given.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget


class ReflowGrid(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._fields: list[tuple[QWidget, QWidget]] = []
        self._columns = 0

    def add_field(self, label: QWidget, field: QWidget) -> None:
        self._fields.append((label, field))
        self._columns = 0
        self._arrange(self.width() or self.sizeHint().width())

    def columns(self) -> int:
        return self._columns

    def _cell_width(self) -> int:
        spacing = max(0, self.grid.horizontalSpacing())
        label_width = max((label.sizeHint().width() for label, _field in self._fields), default=0)
        field_width = max((field.sizeHint().width() for _label, field in self._fields), default=0)
        return label_width + field_width + 3 * spacing

    def _arrange(self, width: int) -> None:
        if not self._fields:
            return
        columns = max(1, min(len(self._fields), width // max(1, self._cell_width())))
        if columns == self._columns:
            return
        self._columns = columns
        for label, field in self._fields:
            self.grid.removeWidget(label)
            self.grid.removeWidget(field)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        for index, (label, field) in enumerate(self._fields):
            row, column = divmod(index, columns)
            self.grid.addWidget(label, row, 2 * column)
            self.grid.addWidget(field, row, 2 * column + 1)
        for column in range(columns):
            self.grid.setColumnStretch(2 * column + 1, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def event(self, event: QEvent) -> bool:
        # New words (a language change) or a new text size change what fits: arrange again.
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange) and self.width() > 0:
            self._arrange(self.width())
        return super().event(event)

    def minimumSizeHint(self) -> QSize:
        # One field per row is always possible, so never ask the page to be wider than that.
        one_column = max(
            (label.sizeHint().width() + field.minimumSizeHint().width() for label, field in self._fields), default=0
        )
        return QSize(one_column + 2 * max(0, self.grid.horizontalSpacing()), super().minimumSizeHint().height())
