"""Fixtures for the kiosk: an app window with the test content, and a kiosk settings file of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktopguide.core.kiosk_settings import ENV_VAR
from desktopguide.core.loader import load_languages, load_library
from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.preferences import PreferenceStore
from desktopguide.i18n import set_language


@pytest.fixture
def kiosk_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where this test's kiosk settings live (never the user's own)."""
    path = tmp_path / "config" / "kiosk.json"
    monkeypatch.setenv(ENV_VAR, str(path))
    return path


@pytest.fixture
def window(qtbot, content: Path, tmp_path: Path, kiosk_config: Path):
    """A caseworker's window (no kiosk), shown, on the test content."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = AppWindow(load_languages(content), PreferenceStore(settings), load_library(content))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    set_language("en")
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
