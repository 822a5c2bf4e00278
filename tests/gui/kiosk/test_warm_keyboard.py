"""The on-screen keyboard is built before the first visitor; nothing else changes (the X test
checks the keyboard itself, in test_kiosk_under_x.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.kiosk.warm_keyboard import warm_up_keyboard
from desktopguide.gui.touch import VIRTUAL_KEYBOARD


def test_without_the_on_screen_keyboard_nothing_is_done(
    kiosk_window: AppWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QT_IM_MODULE", raising=False)
    assert warm_up_keyboard(kiosk_window) is False


def test_warming_up_leaves_the_focus_and_the_window_as_they_were(
    qtbot, kiosk_window: AppWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QT_IM_MODULE", VIRTUAL_KEYBOARD)
    kiosk_window.raise_()
    kiosk_window.activateWindow()
    QApplication.processEvents()
    if not kiosk_window.isActiveWindow():
        assert warm_up_keyboard(kiosk_window) is False  # a window without the focus is left alone
        return
    button = kiosk_window.language_page.buttons["en"]
    button.setFocus()

    def fields() -> set[str]:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return {repr(w) for w in QApplication.allWidgets() if isinstance(w, QLineEdit) and kiosk_window.isAncestorOf(w)}

    before = fields()
    assert warm_up_keyboard(kiosk_window) is True
    assert QApplication.focusWidget() is button
    assert fields() == before  # the throwaway field is gone
