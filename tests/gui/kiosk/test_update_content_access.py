"""Only staff reach "Update content…" at a kiosk: after the PIN, never from the visitor's screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.dialogs.update_content_dialog import UpdateContentDialog
from desktopguide.gui.kiosk.admin_dialog import AdminDialog
from desktopguide.gui.kiosk.kiosk_mode import KioskMode
from desktopguide.gui.kiosk.pin_dialog import PinDialog


def visible_update_buttons(window: AppWindow) -> list[QPushButton]:
    """Update buttons shown anywhere in the kiosk window or a dialog over it."""
    return [
        widget
        for widget in QApplication.allWidgets()
        if isinstance(widget, QPushButton)
        and "update_content_button" in widget.objectName()
        and widget.isVisible()
        and over(window, widget)
    ]


def over(window: AppWindow, widget: QWidget) -> bool:
    """Whether `widget` is in `window` or in a dialog opened over it (isAncestorOf stops at dialogs)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        parent = parent.parentWidget()
    return parent is window


def test_a_visitor_sees_no_way_to_update_content(kiosk_window: AppWindow) -> None:
    assert visible_update_buttons(kiosk_window) == []
    assert not kiosk_window.settings_action.isEnabled()  # the Settings that holds it is staff-only too


def test_staff_update_content_after_the_pin(qtbot, kiosk_window: AppWindow, staff_pin: str) -> None:
    KioskMode.of(kiosk_window).request_admin()
    pin_dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PinDialog) and w.isVisible())
    assert visible_update_buttons(kiosk_window) == []  # not before the PIN is right
    for digit in staff_pin:
        qtbot.mouseClick(pin_dialog.keys[int(digit)], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pin_dialog.unlock_button, Qt.MouseButton.LeftButton)
    admin = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AdminDialog) and w.isVisible())
    qtbot.mouseClick(admin.update_content_button, Qt.MouseButton.LeftButton)
    assert visible_update_buttons(kiosk_window) == [admin.update_content_button]
    dialog = admin.findChild(UpdateContentDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
