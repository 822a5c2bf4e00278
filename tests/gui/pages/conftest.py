"""What the page tests share: the directory test content and a page on screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QWidget

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from tests.directory_content import write_directory_content

W = TypeVar("W", bound=QWidget)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    """Records, places and ZIP codes around Alexandria, VA (tests/directory_content.py)."""
    return load_library(write_directory_content(tmp_path_factory.mktemp("content") / "resources"))


@pytest.fixture
def on_screen(qtbot) -> Callable[[W], W]:
    """Shows a page at 1024×600, as the window would, closed after the test."""

    def show(widget: W) -> W:
        qtbot.addWidget(widget)
        widget.resize(1024, 600)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return show
