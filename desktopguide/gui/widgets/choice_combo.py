"""A drop-down list as wide as its chosen item, not its longest one; its list opens as wide as
the longest. A row of filters then takes the room its current choices need, so more filters fit
in a row at large text or in a long language, and the results below keep their room."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget


class ChoiceSizedComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentIndexChanged.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:
        base = super().sizeHint()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        text_width = metrics.horizontalAdvance(self.currentText() or "x" * 8)
        if not option.currentIcon.isNull():
            text_width += option.iconSize.width() + 4
        size = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, QSize(text_width, metrics.height()), self
        )
        return QSize(max(size.width(), base.width()), base.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def showPopup(self) -> None:
        view = self.view()
        # The open list shows every choice whole, however narrow the closed box is.
        view.setMinimumWidth(
            view.sizeHintForColumn(0) + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        )
        super().showPopup()
