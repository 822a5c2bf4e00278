"""Starting the app: the library loads in the background; unreadable content gets a calm message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktopguide.core.content.loader import load_languages
from desktopguide.gui.app import load_library_in_background
from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.history import Location
from desktopguide.gui.preferences import PreferenceStore


@pytest.fixture
def window(qtbot, content: Path, tmp_path: Path) -> AppWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = AppWindow(load_languages(content), PreferenceStore(settings))
    qtbot.addWidget(win)
    win.show()
    return win


def test_a_guide_asked_for_while_loading_opens_once_the_library_arrives(
    qtbot, window: AppWindow, content: Path
) -> None:
    window.choose_language("en")
    window.go(Location("guide", "agents-at-door"))
    assert window.stack.currentWidget() is window.loading_label
    load_library_in_background(window, content)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.reader, timeout=20000)
    assert window.library is not None
    assert "Keep the door closed." in window.reader.view.toPlainText()


def test_content_that_cannot_be_read_is_reported_calmly_where_the_guide_would_be(
    qtbot, window: AppWindow, content: Path
) -> None:
    window.choose_language("en")
    window.go(Location("guide", "agents-at-door"))
    load_library_in_background(window, content / "no-such-folder")
    qtbot.waitUntil(lambda: "could not be opened" in window.loading_label.text(), timeout=20000)
    assert "Please tell the staff" in window.loading_label.text()
    assert window.library is None
    assert window.stack.currentWidget() is window.loading_label
