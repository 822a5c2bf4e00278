"""Shared test set-up: Qt draws offscreen, and a small valid content folder to break."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Caches (the search index) go to a folder of the test run, never the user's own.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="desktopguide-test-cache-")
# Content packs installed on this machine must not change which content the tests read.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="desktopguide-test-data-")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.content_factory import write_minimal_content  # noqa: E402


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A minimal, valid resources folder that a test may change."""
    return write_minimal_content(tmp_path / "resources")


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication(qapp):
    """One QApplication from the start: code that prints cards would otherwise make a
    QGuiApplication first, and no widget can be created after that."""
    return qapp
