"""Find text that does not fit: a reusable check for layout tests.

    problems = find_clipping(page)            # [] when everything fits
    assert not problems, describe(problems, "ar")

Walks the visible widgets under a page (or dialog) and reports:
- a QLabel whose text is wider or taller than its contents rect (a word-wrapped label: taller
  than its heightForWidth allows, or with a word longer than the line);
- a button (QPushButton, QToolButton incl. the toolbar's, QCheckBox, QRadioButton,
  QCommandLinkButton) smaller than its text needs;
- a QComboBox whose current choice does not fit its edit field;
- a QGroupBox narrower than its title;
- a tab whose text does not fit (elided counts, unless the tab's tooltip has the full text);
- a table header section or table cell whose text does not fit its column;
- a toolbar action pushed into the overflow menu;
- any scroll area, text view or list showing a horizontal scrollbar.

Sizes come from Qt's own size hints and font metrics, so the check follows the style, the
font and the text scale in use.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QCommandLinkButton,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from desktopguide.gui.widgets.wrapped_table import wrapped_height

# Rounding in Qt's own hints; a pixel is not a clipped letter.
SLACK = 1


@dataclass(frozen=True)
class Clipped:
    widget: str
    text: str
    reason: str

    def __str__(self) -> str:
        return f"{self.widget} {self.text!r}: {self.reason}"


def describe(problems: list[Clipped], where: str) -> str:
    lines = [f"{len(problems)} clipped in {where}:"] + [f"  {problem}" for problem in problems[:20]]
    if len(problems) > 20:
        lines.append(f"  ... and {len(problems) - 20} more")
    return "\n".join(lines)


def widget_name(widget: QWidget) -> str:
    """The widget's object name, or its class and the nearest named ancestor."""
    if widget.objectName():
        return f"{type(widget).__name__}#{widget.objectName()}"
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    return f"{type(widget).__name__} in #{parent.objectName()}" if parent is not None else type(widget).__name__


def shown_widgets(root: QWidget) -> list[QWidget]:
    """Every widget under `root` (and `root`) that a person could see, scrolled into view or not."""
    return [w for w in [root, *root.findChildren(QWidget)] if w.isVisible() and w.width() > 0 and w.height() > 0]


def find_clipping(root: QWidget) -> list[Clipped]:
    problems: list[Clipped] = []
    for widget in shown_widgets(root):
        if isinstance(widget, QLabel):
            problems += _label(widget)
        elif isinstance(widget, QAbstractButton):
            problems += _button(widget)
        elif isinstance(widget, QComboBox):
            problems += _combo(widget)
        elif isinstance(widget, QTabBar):
            problems += _tabs(widget)
        elif isinstance(widget, QToolBar):
            problems += _toolbar(widget)
        elif isinstance(widget, QHeaderView):
            problems += _header(widget)
        elif isinstance(widget, QTableWidget):
            problems += _table_cells(widget)
        if isinstance(widget, QGroupBox):
            problems += _group_box(widget)
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            problems.append(Clipped(widget_name(widget), "", "needs a horizontal scrollbar"))
    return problems


# -- labels -------------------------------------------------------------------------------------
def _is_rich(label: QLabel) -> bool:
    text_format = label.textFormat()
    return text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
    )


def _label(label: QLabel) -> list[Clipped]:
    text = label.text()
    if not text or not label.pixmap().isNull():
        return []
    area = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    if label.indent() > 0:
        area.setLeft(area.left() + label.indent())
    if _is_rich(label):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        if label.wordWrap():
            document.setTextWidth(area.width())
        width, height = document.idealWidth(), document.size().height()
    else:
        flags = Qt.TextFlag.TextShowMnemonic | (Qt.TextFlag.TextWordWrap if label.wordWrap() else 0)
        bounds = label.fontMetrics().boundingRect(QRect(0, 0, area.width(), 1 << 20), int(flags), text)
        width, height = bounds.width(), bounds.height()
    found = []
    if width > area.width() + SLACK:
        found.append(Clipped(widget_name(label), text, f"needs {width:.0f} px wide, has {area.width()}"))
    if height > area.height() + SLACK:
        found.append(Clipped(widget_name(label), text, f"needs {height:.0f} px high, has {area.height()}"))
    return found


# -- buttons ------------------------------------------------------------------------------------
def _button(button: QAbstractButton) -> list[Clipped]:
    text = button.text()
    if isinstance(button, QToolButton):
        parent = button.parentWidget()
        if parent is not None and isinstance(parent, QToolBar) and button.objectName() == "qt_toolbar_ext_button":
            return []  # the overflow arrow has no text; _toolbar reports what it hides
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly and not button.icon().isNull():
            return []  # the text is the tooltip, shown on demand
    if not text and not (isinstance(button, QCommandLinkButton) and button.description()):
        return []
    # Qt's minimum size hint is the whole text (a command link's title; its description wraps).
    needed = button.minimumSizeHint()
    found = []
    if button.width() + SLACK < needed.width():
        found.append(Clipped(widget_name(button), text, f"needs {needed.width()} px wide, has {button.width()}"))
    height = button.heightForWidth(button.width()) if button.hasHeightForWidth() else needed.height()
    if button.height() + SLACK < height:
        found.append(Clipped(widget_name(button), text, f"needs {height} px high, has {button.height()}"))
    return found


# -- combo boxes, group boxes, tabs, toolbars ------------------------------------------------------------
def _combo(combo: QComboBox) -> list[Clipped]:
    text = combo.currentText()
    if not text or combo.isEditable():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon_width = option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0
    needed = combo.fontMetrics().horizontalAdvance(text) + icon_width
    if needed > field.width() + SLACK:
        return [Clipped(widget_name(combo), text, f"the chosen item needs {needed} px, the field has {field.width()}")]
    return []


def _group_box(box: QGroupBox) -> list[Clipped]:
    needed = box.minimumSizeHint().width()
    if box.title() and box.width() + SLACK < needed:
        return [Clipped(widget_name(box), box.title(), f"needs {needed} px wide, has {box.width()}")]
    return []


def _tabs(bar: QTabBar) -> list[Clipped]:
    found = []
    for index in range(bar.count()):
        text = bar.tabText(index)
        rect = bar.tabRect(index)
        needed = bar.fontMetrics().horizontalAdvance(text.replace("&", "")) + bar.iconSize().width()
        full_text_on_demand = bar.tabToolTip(index) == text
        if not bar.rect().contains(rect):
            found.append(Clipped(widget_name(bar), text, "the tab is outside the bar"))
        elif rect.width() < needed and not full_text_on_demand:
            found.append(Clipped(widget_name(bar), text, f"needs {needed} px, has {rect.width()}"))
    return found


def _toolbar(toolbar: QToolBar) -> list[Clipped]:
    found = []
    for action in toolbar.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        button = toolbar.widgetForAction(action)
        if button is not None and not button.isVisible():
            found.append(Clipped(widget_name(toolbar), action.text(), "the action is pushed into the overflow menu"))
    return found


def _header(header: QHeaderView) -> list[Clipped]:
    found = []
    model = header.model()
    if model is None:
        return found
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    wraps = bool(header.defaultAlignment() & Qt.AlignmentFlag(int(Qt.TextFlag.TextWordWrap)))
    anywhere = bool(header.property("desktopguide_wrap_anywhere"))  # breaks inside a word when it must
    for index in range(header.count()):
        if header.isSectionHidden(index):
            continue
        text = str(model.headerData(index, header.orientation()) or "")
        if not text:
            continue
        width = header.sectionSize(index) - 2 * margin
        flags = int(Qt.TextFlag.TextWordWrap) if wraps else 0
        bounds = header.fontMetrics().boundingRect(QRect(0, 0, max(1, width), 1 << 20), flags, text)
        if anywhere:
            bounds = QRect(0, 0, min(bounds.width(), width), int(wrapped_height(text, header.font(), width)))
        if header.orientation() == Qt.Orientation.Horizontal and bounds.width() > width + SLACK:
            found.append(Clipped(widget_name(header), text, f"needs {bounds.width()} px wide, has {width}"))
        elif header.orientation() == Qt.Orientation.Horizontal and bounds.height() > header.height() + SLACK:
            found.append(Clipped(widget_name(header), text, f"needs {bounds.height()} px high, has {header.height()}"))
    return found


def _table_cells(table: QTableWidget) -> list[Clipped]:
    found = []
    # The style's text margin on each side of a cell.
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None or not item.text() or table.isColumnHidden(column):
                continue
            width = table.columnWidth(column) - 2 * margin
            flags = int(Qt.TextFlag.TextWordWrap) if table.wordWrap() else 0
            bounds = metrics.boundingRect(QRect(0, 0, max(1, width), 1 << 20), flags, item.text())
            if bounds.width() > width + SLACK:
                found.append(
                    Clipped(widget_name(table), item.text(), f"needs {bounds.width()} px, column {column} has {width}")
                )
            elif bounds.height() > table.rowHeight(row) + SLACK:
                found.append(
                    Clipped(
                        widget_name(table),
                        item.text(),
                        f"needs {bounds.height()} px high, row has {table.rowHeight(row)}",
                    )
                )
    return found
