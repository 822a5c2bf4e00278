"""A caseworker's app window on the test content, shared by the GUI tests that need one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktopguide.core.content.loader import load_languages, load_library
from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.preferences import PreferenceStore


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """This test's own settings file (never the user's)."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, content: Path, settings: QSettings) -> Iterator[AppWindow]:
    """The window, shown, with the library loaded; English and left to right again afterwards."""
    win = AppWindow(load_languages(content), PreferenceStore(settings), load_library(content))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
