"""The directory's result list: each row a name on its first line and its details (distance,
phone) under it, wrapped to the list's width and never cut short, in the layout direction of
the interface. Qt's own item painting sizes a multi-line row as one line and elides the rest."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

# Room around a row's text, in multiples of the font's height.
PADDING_LINES = 0.3

Index = QModelIndex | QPersistentModelIndex


class ResultRowDelegate(QStyledItemDelegate):
    """Paints "name\\ndetails" rows: every line wrapped (at word boundaries, or
    anywhere in a word longer than the row), each row as tall as its lines."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def _text_width(self) -> float:
        viewport = self.view.viewport().width() or self.view.width()
        return max(20.0, viewport - 2 * self.view.spacing() - 2 * self._padding())

    def _padding(self) -> float:
        return self.view.fontMetrics().height() * PADDING_LINES

    def _layouts(self, text: str, font: QFont, width: float, direction: Qt.LayoutDirection) -> list[QTextLayout]:
        layouts = []
        for line_text in text.split("\n"):
            # One weight for all lines: a bold name line made Qt draw the Arabic line under it bold too.
            layout = QTextLayout(line_text, font)
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            option.setTextDirection(direction)
            # A text layout does not mirror "leading" itself: the right edge in a right-to-left language.
            option.setAlignment(
                QStyle.visualAlignment(direction, Qt.AlignmentFlag.AlignLeading) | Qt.AlignmentFlag.AlignAbsolute
            )
            layout.setTextOption(option)
            layout.beginLayout()
            y = 0.0
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                line.setPosition(QPointF(0.0, y))
                y += line.height()
            layout.endLayout()
            layouts.append(layout)
        return layouts

    @staticmethod
    def _height(layouts: list[QTextLayout]) -> float:
        return sum(layout.boundingRect().height() for layout in layouts)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        layouts = self._layouts(text, option.font, self._text_width(), self.view.layoutDirection())
        height = int(self._height(layouts) + 2 * self._padding()) + 1
        # Never lower than the style asks (the touch style makes rows a finger high).
        styled = super().sizeHint(option, index).height()
        return QSize(int(self._text_width() + 2 * self._padding()), max(height, styled))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text = item.text
        item.text = ""  # the style paints the row's background, selection and focus; the text is ours
        widget: QWidget | None = self.view
        style = widget.style() if widget is not None else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        padding = self._padding()
        width = option.rect.width() - 2 * padding
        painter.save()
        painter.setPen(option.palette.color(role))
        y = option.rect.top() + padding
        for layout in self._layouts(text, option.font, width, self.view.layoutDirection()):
            layout.draw(painter, QPointF(option.rect.left() + padding, y))
            y += layout.boundingRect().height()
        painter.restore()
