"""Packs tests: this test's own data and config folders, a key pair, and a small bundled content."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktopguide.core.packs.active import forget_resolution
from desktopguide.core.packs.keys import generate_key_pair, load_public_key
from desktopguide.core.packs.trust import trust_key

BUNDLED_VERSION = "2026.01.01"


@pytest.fixture(autouse=True)
def user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """platformdirs honours XDG_*: installed packs and trusted keys go to this test's folders."""
    folders = {"data": tmp_path / "xdg-data", "config": tmp_path / "xdg-config"}
    monkeypatch.setenv("XDG_DATA_HOME", str(folders["data"]))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folders["config"]))
    forget_resolution()
    yield folders
    forget_resolution()


@pytest.fixture
def bundled(content: Path) -> Path:
    """The test's 'bundled' content: the minimal valid folder with a version."""
    (content / "content.yaml").write_text(f"version: {BUNDLED_VERSION}\n", encoding="utf-8")
    return content


@pytest.fixture
def new_content(bundled: Path, tmp_path: Path) -> Path:
    """A copy of the bundled content, for a pack to carry (tests change it)."""
    return Path(shutil.copytree(bundled, tmp_path / "new-content"))


@pytest.fixture
def key_pair(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "keys").mkdir()
    return generate_key_pair(tmp_path / "keys" / "maintainer")


@pytest.fixture
def trusted(key_pair: tuple[Path, Path]) -> tuple[Path, Path]:
    """The key pair, its public key trusted on this 'machine'."""
    trust_key(load_public_key(key_pair[1]), "Test legal aid")
    return key_pair
