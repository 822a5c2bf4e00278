"""The agencies' own files (tests/fixtures/data) and content folders imported from them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktopguide.core.data.refresh import ImportOutcome, import_all, run_import

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "data"


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, ImportOutcome]]:
    """Every list imported once from the agencies' files into a fresh content folder."""
    content = tmp_path_factory.mktemp("imported")
    done = import_all(FIXTURES, content)
    return content, {kind: outcome for kind, (outcome, _seconds) in done.items()}


@pytest.fixture(scope="session")
def places_content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A content folder with only the county table and the ZIP crosswalk, the lists others resolve through."""
    content = tmp_path_factory.mktemp("places")
    run_import("county-ice-aor", FIXTURES / "county-ice-area-of-responsibility-2022.csv", content)
    run_import("hud-zip-county", FIXTURES / "hud-zip-county-2023q1.csv", content)
    return content


@pytest.fixture
def content_copy(places_content: Path, tmp_path: Path) -> Path:
    """A content folder a test may write into, with the county table and the crosswalk."""
    target = tmp_path / "content"
    shutil.copytree(places_content, target)
    return target
