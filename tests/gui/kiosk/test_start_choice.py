"""The Settings choice 'Start as a locked kiosk', and how the app reads it at start."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktopguide.gui.app import read_kiosk_settings
from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.kiosk.kiosk_mode import KioskMode


def messages(window: AppWindow) -> list[str]:
    return [w.text() for w in window.findChildren(QMessageBox) if w.isVisible()]


def test_choosing_kiosk_mode_in_settings_keeps_it_for_the_next_start(window: AppWindow, kiosk_config: Path) -> None:
    dialog = window.open_settings()
    assert dialog.kiosk_box is not None and not dialog.kiosk_box.isChecked()
    dialog.kiosk_box.setChecked(True)
    dialog.accept()
    assert json.loads(kiosk_config.read_text(encoding="utf-8"))["start_in_kiosk_mode"] is True
    assert KioskMode.of(window) is None  # takes effect at the next start
    assert any("No staff PIN is set yet" in text for text in messages(window))
    assert read_kiosk_settings(False).start_in_kiosk_mode
    again = window.open_settings()
    assert again.kiosk_box.isChecked()
    again.kiosk_box.setChecked(False)
    again.accept()
    assert not read_kiosk_settings(False).start_in_kiosk_mode


def test_with_a_pin_set_no_reminder_is_needed(window: AppWindow, staff_pin: str) -> None:
    dialog = window.open_settings()
    dialog.kiosk_box.setChecked(True)
    dialog.accept()
    assert not any("PIN" in text for text in messages(window))


def test_a_damaged_settings_file_starts_a_kiosk_with_defaults_and_says_why(
    kiosk_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kiosk_config.parent.mkdir(parents=True)
    kiosk_config.write_text('{"idle_seconds": 1}', encoding="utf-8")
    settings = read_kiosk_settings(True)
    assert settings.idle_seconds == 120 and not settings.has_pin
    err = capsys.readouterr().err
    assert "between 30 and 3600" in err and "default settings" in err
    assert not read_kiosk_settings(False).start_in_kiosk_mode
    assert capsys.readouterr().err == ""
