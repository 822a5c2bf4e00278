"""Content that is unreadable, too large or built to explode is reported by file and line; the rest loads."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.markdown import render_html
from desktopguide.core.content.problems import ContentError
from desktopguide.core.content.recordfiles import MAX_CONTENT_FILE_BYTES
from desktopguide.core.content.yamldoc import parse_yaml
from tests.unreadable import make_unreadable


def relative_problems(root: Path) -> list[str]:
    return [p.format(relative_to=root) for p in load_library(root).problems]


# Nine anchors, each a list of nine aliases to the one before: 351 bytes that stand for 9**9 values.
ALIAS_BOMB = (
    "\n".join(
        ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        + [
            f"{name}: &{name} [" + ",".join([f"*{before}"] * 9) + "]"
            for before, name in zip("abcdefgh", "bcdefghi", strict=True)
        ]
    )
    + "\n"
)


def test_an_unreadable_record_is_reported_by_file_and_the_rest_loads(
    content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_unreadable(content / "glossary/detainer.yaml", monkeypatch)
    library = load_library(content)
    assert [p.format(relative_to=content) for p in library.problems if p.path.name == "detainer.yaml"] == [
        "glossary/detainer.yaml:1: error: the file cannot be read: Permission denied"
    ]
    assert set(library.guides) == {"agents-at-door", "stopped"} and "city-hotline" in library.directory
    assert library.content_hash  # the hash does not need the file's bytes


def test_an_unreadable_guide_translation_is_reported_and_the_english_loads(
    content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_unreadable(content / "guides/agents-at-door/es.md", monkeypatch)
    library = load_library(content)
    assert "guides/agents-at-door/es.md:1: error: the file cannot be read: Permission denied" in [
        p.format(relative_to=content) for p in library.problems
    ]
    assert "en" in library.guides["agents-at-door"].texts


def test_a_content_file_over_the_size_limit_is_refused_with_its_name(content: Path) -> None:
    guide = content / "guides/stopped/en.md"
    text = guide.read_text(encoding="utf-8")
    guide.write_text(text + "More words. " * (MAX_CONTENT_FILE_BYTES // 12 + 1), encoding="utf-8")
    found = relative_problems(content)
    assert any(p.startswith("guides/stopped/en.md:1: error: the file is larger than 2 MB") for p in found), found
    assert "agents-at-door" in load_library(content).guides


def test_a_yaml_alias_is_refused_at_its_line() -> None:
    with pytest.raises(ContentError) as raised:
        parse_yaml("id: one\nname: &n Name\nalternate_name: *n\n")
    assert raised.value.line == 3 and "aliases (*n) are not allowed" in raised.value.message


def test_a_star_in_plain_text_is_not_an_alias() -> None:
    assert parse_yaml('name: "5* hotel"\nnote: a * b\n').data == {"name": "5* hotel", "note": "a * b"}


def test_an_alias_bomb_in_a_glossary_file_is_reported_in_moments_and_the_rest_loads(content: Path) -> None:
    (content / "glossary/bomb.yaml").write_text(ALIAS_BOMB, encoding="utf-8")
    assert len(ALIAS_BOMB.encode()) < 400
    # In a child process with a time limit: without the fix this never ends and eats gigabytes.
    script = textwrap.dedent(
        f"""
        from desktopguide.core.content.loader import load_library
        library = load_library({str(content)!r})
        print(sorted(library.glossary))
        print("\\n".join(p.format() for p in library.problems))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "['detainer']" in done.stdout
    assert "glossary/bomb.yaml:2: error: YAML aliases (*a) are not allowed in content" in done.stdout


def test_a_guide_with_more_than_ten_thousand_headings_renders() -> None:
    body = "".join(f"## Part {n}\n\nText.\n\n" for n in range(10_050))
    html = render_html(body)
    assert 'name="section-10049"' in html


@pytest.mark.parametrize("folder", ["glossary", "guides/stopped", "guides"])
def test_a_folder_that_cannot_be_listed_is_reported_and_the_rest_loads(
    content: Path, monkeypatch: pytest.MonkeyPatch, folder: str
) -> None:
    blocked = content / folder
    real_iterdir = Path.iterdir

    def iterdir(self: Path) -> Iterator[Path]:
        if self == blocked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    library = load_library(content)
    assert f"{folder}:1: error: the folder cannot be read: Permission denied" in [
        p.format(relative_to=content) for p in library.problems
    ]
    assert "city-hotline" in library.directory
    assert ("agents-at-door" in library.guides) == (folder != "guides")
