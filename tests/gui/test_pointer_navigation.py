"""Zooming with a pinch and going back with the mouse's back button, as people do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QNativeGestureEvent, QPointingDevice
from PySide6.QtWidgets import QApplication

from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.history import Location


@pytest.fixture
def window(qtbot, window: AppWindow) -> AppWindow:
    """The GUI tests' window, active (the mouse's back button acts on the active window), on a guide."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.choose_language("en")
    window.go(Location("guide", "agents-at-door"))
    return window


def touchpad_zoom(window: AppWindow, kind: Qt.NativeGestureType, value: float) -> None:
    viewport = window.reader.view.viewport()
    centre = QPointF(viewport.rect().center())
    event = QNativeGestureEvent(
        kind,
        QPointingDevice.primaryPointingDevice(),
        2,
        centre,
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        value,
        QPointF(),
        0,
    )
    QApplication.sendEvent(viewport, event)


def test_touchpad_pinch_out_makes_text_larger_and_pinch_in_smaller(window: AppWindow) -> None:
    before = window.reader.view.font().pointSizeF()
    touchpad_zoom(window, Qt.NativeGestureType.BeginNativeGesture, 0)
    for _ in range(4):
        touchpad_zoom(window, Qt.NativeGestureType.ZoomNativeGesture, 0.05)
    touchpad_zoom(window, Qt.NativeGestureType.EndNativeGesture, 0)
    larger = window.reader.view.font().pointSizeF()
    assert larger > before
    for _ in range(4):
        touchpad_zoom(window, Qt.NativeGestureType.ZoomNativeGesture, -0.05)
    assert window.reader.view.font().pointSizeF() < larger


def test_a_tiny_pinch_does_not_change_the_text_size(window: AppWindow) -> None:
    before = window.reader.view.font().pointSizeF()
    touchpad_zoom(window, Qt.NativeGestureType.ZoomNativeGesture, 0.03)
    touchpad_zoom(window, Qt.NativeGestureType.EndNativeGesture, 0)
    touchpad_zoom(window, Qt.NativeGestureType.ZoomNativeGesture, 0.03)
    assert window.reader.view.font().pointSizeF() == before


def test_mouse_back_and_forward_buttons_move_through_history(qtbot, window: AppWindow) -> None:
    window.go(Location("guide", "stopped"))
    assert window.reader.guide_id == "stopped"
    qtbot.mouseClick(window.reader.view.viewport(), Qt.MouseButton.BackButton)
    assert window.reader.guide_id == "agents-at-door"
    qtbot.mouseClick(window.reader.view.viewport(), Qt.MouseButton.ForwardButton)
    assert window.reader.guide_id == "stopped"
