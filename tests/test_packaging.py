"""A plain `pip install .` ships the content and catalogs, and finds them once installed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    return next(out.glob("desktopguide-*.whl"))


def test_wheel_contains_resources_and_translations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "desktopguide/resources/languages.yaml" in names
    assert "desktopguide/resources/sources.yaml" in names
    assert "desktopguide/resources/guides/agents-at-door/en.md" in names
    assert any(n.startswith("desktopguide/translations/") for n in names)
    assert "desktopguide/py.typed" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "desktopguide = desktopguide.cli.main:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_wheel_carries_searchs_word_lists_and_place_names(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    data = "desktopguide/core/search/data"
    for name in ("intents.yaml", "stopwords.yaml", "us_city_names_geonames.yaml", "known_words/en.txt"):
        assert f"{data}/{name}" in names, name
    assert f"{data}/known_words/wordfreq-license.txt" in names


def test_installed_wheel_finds_its_bundled_content(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    code = (
        "import desktopguide.core.content.resources as r, desktopguide.core.content.loader as l\n"
        "lib = l.load_library()\n"
        "print(r.content_dir()); print(len(lib.guides), sum(p.is_error for p in lib.problems))\n"
    )
    # Run outside the checkout so only the installed copy can be imported.
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(target)},
        check=True,
    )
    content_dir, counts = result.stdout.strip().splitlines()
    assert content_dir.startswith(str(target))
    guides, errors = counts.split()
    assert int(guides) >= 3 and errors == "0"
