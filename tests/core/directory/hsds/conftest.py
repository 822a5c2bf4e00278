"""The directory content every HSDS test exports or imports against."""

from __future__ import annotations

import pytest

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from tests.directory_content import directory_problems, write_directory_content


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    library = load_library(write_directory_content(tmp_path_factory.mktemp("content") / "resources"))
    assert directory_problems(library) == []
    return library
