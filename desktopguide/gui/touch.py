"""Touch first, in one place: every target at least 48 px, kinetic scrolling on every scroll
area, a clear focus ring, and the on-screen keyboard for a kiosk with no keyboard.

`install_touch_style(app, mouse_flicks)` wraps the application's style once; widgets made
afterwards (pages, dialogs, lists) get the sizes and the scrolling as Qt polishes them, so
no page has to remember to ask. `FocusRing(app)` draws a thick outline around whatever has
the keyboard focus, in the palette's highlight colour (yellow in high contrast).
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLibraryInfo, QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFocusFrame,
    QHeaderView,
    QListView,
    QProxyStyle,
    QScroller,
    QScrollerProperties,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

# WCAG 2.5.5 and the Android and Apple guidelines: a finger needs about 48 device-independent pixels.
MIN_TARGET = 48
_Contents = QStyle.ContentsType
# Controls a finger presses: at least MIN_TARGET both ways.
_PRESSED = frozenset({
    _Contents.CT_PushButton, _Contents.CT_ToolButton, _Contents.CT_CheckBox, _Contents.CT_RadioButton,
    _Contents.CT_ComboBox, _Contents.CT_LineEdit, _Contents.CT_SpinBox, _Contents.CT_TabBarTab,
})
VIRTUAL_KEYBOARD = "qtvirtualkeyboard"
FLICK_PROPERTY = "desktopguide_flick"


class TouchStyle(QProxyStyle):
    """The platform's own style, with finger-sized controls and list rows, and kinetic scrolling."""

    def __init__(self, base: QStyle, mouse_flicks: bool = False) -> None:
        super().__init__(base)
        # A kiosk's touch screen may send mouse events rather than touches: then a drag with the
        # mouse button flicks too.
        self.mouse_flicks = mouse_flicks
        self._held: list[QAbstractScrollArea] | None = None  # areas waiting for their gesture

    def hold_kinetic_scrolling(self) -> None:
        """Scroll areas polished from now on wait for `release_kinetic_scrolling()`: the first
        grab sets up Qt's gesture machinery (tens of milliseconds), which the first screen need not wait for."""
        if self._held is None:
            self._held = []

    def release_kinetic_scrolling(self) -> None:
        held, self._held = self._held or [], None
        for area in held:
            if shiboken6.isValid(area):  # not deleted meanwhile
                enable_kinetic_scrolling(area, self.mouse_flicks)

    def sizeFromContents(
        self, kind: QStyle.ContentsType, option: QStyleOption, size: QSize, widget: QWidget | None = None
    ) -> QSize:
        size = super().sizeFromContents(kind, option, size, widget)
        if kind in _PRESSED:
            return size.expandedTo(QSize(MIN_TARGET, MIN_TARGET))
        if kind == _Contents.CT_ItemViewItem and isinstance(widget, QListView):
            # Rows of lists people tap (and of combo box pop-ups); tables are read, not tapped.
            return size.expandedTo(QSize(0, MIN_TARGET))
        return size

    def polish(self, target):  # QWidget, QPalette or QApplication, as Qt overloads it
        if isinstance(target, QAbstractScrollArea) and flicks(target):
            if self._held is not None:
                self._held.append(target)
            else:
                enable_kinetic_scrolling(target, self.mouse_flicks)
        return super().polish(target)


def flicks(area: QAbstractScrollArea) -> bool:
    """Whether a finger flicks `area`: not a table's header (it scrolls with its table), nor the short
    list a combo box pops up, which comes and goes with its combo box. Each grab leaves ~2.6 KiB
    behind for good (PySide makes a new enum for every gesture type), so only areas people flick get one."""
    return not isinstance(area, QHeaderView) and not area.inherits("QComboBoxListView")


def enable_kinetic_scrolling(area: QAbstractScrollArea, mouse_flicks: bool = False) -> None:
    """Flick to scroll `area`. Qt allows one scroll gesture per widget: touches, or (kiosk) the
    left mouse button, which also covers touch screens whose touches arrive as mouse events."""
    gesture = (
        QScroller.ScrollerGestureType.LeftMouseButtonGesture
        if mouse_flicks
        else QScroller.ScrollerGestureType.TouchGesture
    )
    viewport = area.viewport()
    QScroller.grabGesture(viewport, gesture)
    viewport.setProperty(FLICK_PROPERTY, "mouse" if mouse_flicks else "touch")  # Qt cannot be asked which
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    # No rubber band past the ends: it looks like something broke to someone unused to it.
    off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, off)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, off)
    scroller.setScrollerProperties(properties)


def kinetic_scrolling(area: QAbstractScrollArea) -> str:
    """How `area` flicks: "touch", "mouse" (touches and mouse drags) or "" (it does not)."""
    viewport = area.viewport()
    return (viewport.property(FLICK_PROPERTY) or "") if QScroller.hasScroller(viewport) else ""


def install_touch_style(app: QApplication, mouse_flicks: bool | None = None) -> TouchStyle:
    """Wrap the application's style in a TouchStyle, once. `mouse_flicks` (None: as it was) also
    changes the gesture of the scroll areas that already exist."""
    style = app.style()
    if not isinstance(style, TouchStyle):
        base = QStyleFactory.create(style.name()) or QStyleFactory.create("Fusion")
        style = TouchStyle(base, bool(mouse_flicks))
        app.setStyle(style)  # polishes the widgets that exist, which grabs their gestures
    elif mouse_flicks is not None and mouse_flicks != style.mouse_flicks:
        style.mouse_flicks = mouse_flicks
        for widget in app.allWidgets():
            if isinstance(widget, QAbstractScrollArea) and flicks(widget):
                enable_kinetic_scrolling(widget, mouse_flicks)
    return style


class _RingFrame(QFocusFrame):
    """Fills the frame's ring (the style's focus-frame mask keeps the inside clear) in the highlight colour."""

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        # Brush and rectangle rather than fillRect(): resolving fillRect's many overloads makes
        # PySide build QGradient's enums, a few milliseconds of the first paint.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().brush(QPalette.ColorRole.Highlight))
        painter.drawRect(self.rect())
        painter.end()


class FocusRing(QObject):
    """Keeps one visible ring around the widget with the keyboard focus, in any window."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._frame: _RingFrame | None = None
        app.focusChanged.connect(self._on_focus_changed)

    @property
    def widget(self) -> QWidget | None:
        frame = self._frame
        return frame.widget() if frame is not None and shiboken6.isValid(frame) else None

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # The frame lives beside the focused widget, so it goes when that widget's parent goes.
        if self._frame is None or not shiboken6.isValid(self._frame):
            self._frame = _RingFrame()
        self._frame.setWidget(new if new is not None and not new.isWindow() else None)


def install_focus_ring(app: QApplication) -> FocusRing:
    ring = app.findChild(FocusRing)
    return ring if ring is not None else FocusRing(app)


# -- the on-screen keyboard ------------------------------------------------------------------------
def virtual_keyboard_available() -> bool:
    """Whether Qt Virtual Keyboard's input-method plugin is installed where Qt looks for plugins."""
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)]
    folders += [p for p in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    return any(
        VIRTUAL_KEYBOARD in path.name
        for folder in folders
        if (Path(folder) / "platforminputcontexts").is_dir()
        for path in (Path(folder) / "platforminputcontexts").iterdir()
    )


def use_virtual_keyboard(env: MutableMapping[str, str] | None = None) -> bool:
    """For a kiosk: ask Qt for its on-screen keyboard. Must run before the QApplication exists.

    An input method already chosen in the environment wins (QT_IM_MODULE=ibus, or empty for
    none), so a kiosk with a real keyboard can turn the on-screen one off. Returns whether the
    keyboard is in use."""
    env = os.environ if env is None else env
    if "QT_IM_MODULE" in env:
        return env["QT_IM_MODULE"] == VIRTUAL_KEYBOARD
    if not virtual_keyboard_available():
        return False
    env["QT_IM_MODULE"] = VIRTUAL_KEYBOARD
    return True
