"""Shared test set-up: Qt draws offscreen, global state is reset around every test, and a
small valid content folder to break."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktopguide.i18n import set_language
from tests.content_factory import write_minimal_content

# Set before the QApplication is made (the session fixture below) and before any cache
# folder is asked for: nothing reads them on import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Caches (the search index) go to a folder of the test run, never the user's own; it is kept
# for the whole run so that the bundled content's index is built once.
TEST_CACHE_HOME = tempfile.mkdtemp(prefix="desktopguide-test-cache-")
os.environ["XDG_CACHE_HOME"] = TEST_CACHE_HOME
# Content packs installed on this machine must not change which content the tests read.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="desktopguide-test-data-")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A minimal, valid resources folder that a test may change."""
    return write_minimal_content(tmp_path / "resources")


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication(qapp):
    """One QApplication from the start: code that prints cards would otherwise make a
    QGuiApplication first, and no widget can be created after that."""
    return qapp


def english_left_to_right() -> None:
    """The interface language (ours and Qt's) back to English and the layout to left to right, in any window
    still open too (a module's shared window), so that its language and the global one agree."""
    app = QApplication.instance()
    if "desktopguide.gui.app_window" in sys.modules:  # else no window can be open
        from desktopguide.gui.app_window import AppWindow

        for widget in app.topLevelWidgets():
            if isinstance(widget, AppWindow) and widget.isVisible() and widget.lang != "en":
                widget.set_language("en")
    if "desktopguide.gui.translation.qt_translations" in sys.modules:  # Qt's own dialog texts
        from desktopguide.gui.translation.qt_translations import install_qt_translations

        install_qt_translations(app, "en")
    set_language("en")
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture(autouse=True)
def _global_state_reset_around_each_test(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts and ends in English, left to right, with the run's cache folder:
    whatever a test switches, the next one does not inherit it."""
    monkeypatch.setenv("XDG_CACHE_HOME", TEST_CACHE_HOME)
    english_left_to_right()
    yield
    english_left_to_right()
