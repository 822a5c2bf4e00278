"""The test run itself: global state reset around every test by tests/conftest.py, the soak
test marked so that a quick local run can leave it out, the slowest tests reported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import tomllib
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktopguide.i18n import _, current_language, set_language
from tests.conftest import TEST_CACHE_HOME

REPO = Path(__file__).resolve().parents[1]


def pytest_options() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]


def test_a_test_may_leave_arabic_right_to_left_and_another_cache_behind(tmp_path: Path) -> None:
    set_language("ar")
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    os.environ["XDG_CACHE_HOME"] = str(tmp_path)  # not through monkeypatch: a leak
    assert _("Settings") != "Settings"


def test_the_next_test_still_starts_in_english_left_to_right_with_the_runs_cache() -> None:
    # Runs after the test above (pytest keeps a file's order): nothing of it is left.
    assert current_language() == "en" and _("Settings") == "Settings"
    assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert os.environ["XDG_CACHE_HOME"] == TEST_CACHE_HOME


def test_the_soak_test_is_marked_so_that_not_soak_leaves_it_out() -> None:
    assert any(marker.startswith("soak:") for marker in pytest_options()["markers"])
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "-m", "not soak",
         str(REPO / "tests" / "gui" / "test_soak.py")],
        capture_output=True, text=True, cwd=REPO, check=False,
    )
    assert "1 deselected" in result.stdout, result.stdout + result.stderr


def test_every_run_lists_its_ten_slowest_tests() -> None:
    assert "--durations=10" in pytest_options()["addopts"].split()
