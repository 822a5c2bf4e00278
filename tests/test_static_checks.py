"""ruff and mypy, with the settings in pyproject.toml, find nothing: run as tests so that
scripts/run-tests and CI run them too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run_module(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, check=False)


def test_ruff_finds_nothing() -> None:
    # pyflakes, pycodestyle, import order, naming, bugbear, and suppressions that suppress nothing.
    result = run_module("ruff", "check", "--no-cache", "--output-format", "concise", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing_in_the_qt_free_layers() -> None:
    # The files to check and the strictness come from [tool.mypy] in pyproject.toml.
    result = run_module("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
