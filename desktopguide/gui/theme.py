"""Text size and the high-contrast theme, applied to the whole application.

High contrast is a palette (white and yellow on black) and a style that outlines the controls
in the text colour: Qt's Fusion style draws the edges of fields, check boxes and buttons in a
shade of the window colour, which on black is black."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

BASE_POINT_SIZE = 11.0
# A widget's font size as a multiple of the application's, kept so a new text size rescales it.
FONT_SCALE_PROPERTY = "desktopguide_font_scale"
HIGH_CONTRAST_DISABLED = QColor("#a6a6a6")  # 8.6:1 on black: dimmed, still readable


def apply_theme(app: QApplication, text_scale: int, high_contrast: bool) -> None:
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * text_scale / 100)
    app.setFont(font)
    # Headings and big buttons set their own size: scale them from the new text size too.
    for widget in app.allWidgets():
        if widget.property(FONT_SCALE_PROPERTY):
            _rescale(widget)
        elif widget.styleSheet():
            # A style sheet keeps the font it was polished with: give it the new size too.
            scale_font(widget, 1.0)
    _outline_controls(app, high_contrast)
    app.setPalette(high_contrast_palette() if high_contrast else app.style().standardPalette())


def scale_font(widget: QWidget, factor: float, bold: bool | None = None) -> None:
    """Make `widget`'s text `factor` times the application's text size, now and after any change."""
    widget.setProperty(FONT_SCALE_PROPERTY, factor)
    if bold is not None:
        font = widget.font()
        font.setBold(bold)
        widget.setFont(font)
    _rescale(widget)


def _rescale(widget: QWidget) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(QApplication.font().pointSizeF() * float(widget.property(FONT_SCALE_PROPERTY)))
    widget.setFont(font)


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role, color in (
        (QPalette.ColorRole.Window, black),
        (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black),
        (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
        (QPalette.ColorRole.Text, white),
        (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.ButtonText, white),
        (QPalette.ColorRole.BrightText, yellow),
        (QPalette.ColorRole.Highlight, yellow),
        (QPalette.ColorRole.HighlightedText, black),
        (QPalette.ColorRole.Link, yellow),
        (QPalette.ColorRole.LinkVisited, yellow),
        (QPalette.ColorRole.ToolTipBase, black),
        (QPalette.ColorRole.ToolTipText, white),
        (QPalette.ColorRole.PlaceholderText, QColor("#cccccc")),
        # Edges and shadows: Fusion draws some frames and the check box's tick in these.
        (QPalette.ColorRole.Light, white),
        (QPalette.ColorRole.Midlight, white),
        (QPalette.ColorRole.Mid, HIGH_CONTRAST_DISABLED),
        (QPalette.ColorRole.Dark, white),
        (QPalette.ColorRole.Shadow, white),
    ):
        palette.setColor(role, color)
    # Greyed-out controls stay readable on black (Qt's default grey is dark).
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, HIGH_CONTRAST_DISABLED)
    return palette


def is_dark(palette: QPalette) -> bool:
    """Whether `palette` puts light text on a dark window (the high-contrast theme)."""
    return (
        palette.color(QPalette.ColorRole.Window).lightness() < palette.color(QPalette.ColorRole.WindowText).lightness()
    )


# -- outlined controls ------------------------------------------------------------------------------
_OUTLINED_PRIMITIVES = {
    QStyle.PrimitiveElement.PE_FrameLineEdit,
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    QStyle.PrimitiveElement.PE_PanelButtonCommand,
    QStyle.PrimitiveElement.PE_Frame,
}
_OUTLINED_CONTROLS = {QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox}


class OutlineStyle(QProxyStyle):
    """Draws a line in the text colour around fields, check boxes, radio buttons, buttons, drop-down
    lists and framed views, while `outlines` is on (the high-contrast theme); otherwise the base style alone."""

    def __init__(self, base: QStyle) -> None:
        super().__init__(base)
        self.outlines = False

    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if self.outlines and element in _OUTLINED_PRIMITIVES:
            round_mark = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
            _outline(painter, option, round_mark)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if self.outlines and control in _OUTLINED_CONTROLS:
            _outline(painter, option, False)


def _outline(painter: QPainter, option: QStyleOption | QStyleOptionComplex, round_mark: bool) -> None:
    rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
    if rect.width() < 2 or rect.height() < 2:
        return
    enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
    group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_mark)
    painter.setPen(QPen(option.palette.color(group, QPalette.ColorRole.WindowText), 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if round_mark:
        painter.drawEllipse(rect)
    else:
        painter.drawRect(rect)
    painter.restore()


def _outline_controls(app: QApplication, on: bool) -> None:
    found = _outline_style(app.style())
    if found is not None:
        found.outlines = on
    elif on:
        top = app.style()
        if isinstance(top, QProxyStyle):
            # Beneath the app's own proxy (the touch style): that one stays the app's style.
            outlined = OutlineStyle(top.baseStyle())
            top.setBaseStyle(outlined)
        else:
            outlined = OutlineStyle(top)
            app.setStyle(outlined)
        outlined.outlines = True
        _KEEP.append(outlined)


_KEEP: list[OutlineStyle] = []  # Qt owns the style; Python keeps its wrapper alive too


def _outline_style(style: QStyle | None) -> OutlineStyle | None:
    while style is not None:
        if isinstance(style, OutlineStyle):
            return style
        style = style.baseStyle() if isinstance(style, QProxyStyle) else None
    return None
