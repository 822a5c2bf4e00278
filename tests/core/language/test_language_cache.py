"""The first screen's language list comes from a cache that follows languages.yaml."""

from __future__ import annotations

import json
from pathlib import Path

from desktopguide.core.content.loader import load_languages
from desktopguide.core.language.list_cache import cache_file, load_languages_cached


def test_cached_list_equals_the_checked_list(content: Path, tmp_path: Path) -> None:
    first = load_languages_cached(content, cache_dir=tmp_path)
    again = load_languages_cached(content, cache_dir=tmp_path)
    assert first == again == load_languages(content)
    assert cache_file((content / "languages.yaml").read_bytes(), tmp_path).is_file()


def test_an_edited_language_list_is_read_again(content: Path, tmp_path: Path) -> None:
    load_languages_cached(content, cache_dir=tmp_path)
    path = content / "languages.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "- code: fr\n  locale: fr\n", encoding="utf-8")
    assert load_languages_cached(content, cache_dir=tmp_path)["fr"].native_name == "français"


def test_a_damaged_cache_file_is_ignored(content: Path, tmp_path: Path) -> None:
    expected = load_languages_cached(content, cache_dir=tmp_path)
    cache_file((content / "languages.yaml").read_bytes(), tmp_path).write_text("{not json", encoding="utf-8")
    assert load_languages_cached(content, cache_dir=tmp_path) == expected


def test_an_unwritable_cache_still_gives_the_list(content: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert load_languages_cached(content, cache_dir=blocker) == load_languages(content)


def test_a_cache_made_from_another_list_is_not_used(content: Path, tmp_path: Path) -> None:
    # The file's name is only a checksum: what the cache was made from is checked in full.
    expected = load_languages_cached(content, cache_dir=tmp_path)
    path = cache_file((content / "languages.yaml").read_bytes(), tmp_path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    saved["key"][0] = "- code: xx\n"
    saved["languages"] = [dict(saved["languages"][0], native_name="wrong")]
    path.write_text(json.dumps(saved), encoding="utf-8")
    assert load_languages_cached(content, cache_dir=tmp_path) == expected
