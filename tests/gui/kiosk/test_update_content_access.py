"""Only staff reach "Update content…" at a kiosk: after the PIN, never from the visitor's screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.kiosk.admin_dialog import AdminDialog
from desktopguide.gui.kiosk.pin_dialog import PinDialog
from desktopguide.gui.update_content_dialog import UpdateContentDialog


def visible_update_buttons() -> list[QPushButton]:
    return [
        widget
        for widget in QApplication.allWidgets()
        if isinstance(widget, QPushButton) and "update_content_button" in widget.objectName() and widget.isVisible()
    ]


def test_a_visitor_sees_no_way_to_update_content(kiosk_window: AppWindow) -> None:
    assert visible_update_buttons() == []
    assert not kiosk_window.settings_action.isEnabled()  # the Settings that holds it is staff-only too


def test_staff_update_content_after_the_pin(qtbot, kiosk_window: AppWindow, staff_pin: str) -> None:
    kiosk_window.kiosk.request_admin()
    pin_dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PinDialog) and w.isVisible())
    assert visible_update_buttons() == []  # not before the PIN is right
    for digit in staff_pin:
        qtbot.mouseClick(pin_dialog.keys[int(digit)], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pin_dialog.unlock_button, Qt.MouseButton.LeftButton)
    admin = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AdminDialog) and w.isVisible())
    qtbot.mouseClick(admin.update_content_button, Qt.MouseButton.LeftButton)
    dialog = admin.findChild(UpdateContentDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
