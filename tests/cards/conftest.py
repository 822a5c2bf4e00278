"""Cards tests: a content folder with the door guide in Latin, Arabic, Chinese and Ethiopic scripts."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from tests.cards.scripts import add_script_guides


@pytest.fixture
def script_content(content: Path) -> Path:
    return add_script_guides(content)


@pytest.fixture
def library(script_content: Path, qapp) -> Library:
    return load_library(script_content)
