"""The index is cached under the content hash: built once, reused while the content is the
same, rebuilt when it changes, and never written to by searching."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from desktopguide.core.search import SearchIndex
from desktopguide.core.search import index as index_file
from desktopguide.core.search.index import default_cache_dir, index_file_name
from desktopguide.core.storage import CHECKSUM_SUFFIX


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cache_files(content_hash: str) -> list[str]:
    """The index file and the checksum it is verified against."""
    name = index_file_name(content_hash)
    return [name, name + CHECKSUM_SUFFIX]


def damage_the_middle(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a bad sector or a crash might."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = b"\xa5" * 8192
    path.write_bytes(bytes(data))


def test_index_is_built_once_and_reused_while_content_is_unchanged(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    library = load_library(content)
    first = SearchIndex.for_library(library, cache_dir=cache)
    assert not first.from_cache
    first.close()
    second = SearchIndex.for_library(load_library(content), cache_dir=cache)
    assert second.from_cache
    assert "agents-at-door" in second.search("door", "en").ids
    assert sorted(p.name for p in cache.iterdir()) == cache_files(library.content_hash)


def test_index_is_rebuilt_when_content_changes_and_the_old_one_removed(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    before = load_library(content)
    SearchIndex.for_library(before, cache_dir=cache).close()
    guide = content / "guides" / "stopped" / "en.md"
    guide.write_text(guide.read_text(encoding="utf-8") + "\nAsk for an interpreter.\n", encoding="utf-8")

    after = load_library(content)
    assert after.content_hash != before.content_hash
    index = SearchIndex.for_library(after, cache_dir=cache)
    assert not index.from_cache
    assert index.search("interpreter", "en").ids == ["stopped"]
    assert sorted(p.name for p in cache.iterdir()) == cache_files(after.content_hash)


def test_searching_writes_nothing_to_the_cache(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    library = load_library(content)
    SearchIndex.for_library(library, cache_dir=cache).close()
    path = cache / index_file_name(library.content_hash)
    digest, mtime = file_digest(path), path.stat().st_mtime_ns

    index = SearchIndex.for_library(library, cache_dir=cache)
    for query in ("door", "a secret query", "detainr", "la migra", "zzzz"):
        index.search(query, "en")
    index.close()
    assert file_digest(path) == digest and path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in cache.iterdir()) == cache_files(library.content_hash)  # no journal, no history
    assert b"a secret query" not in path.read_bytes()


def test_a_damaged_cache_file_is_rebuilt(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    library = load_library(content)
    cache.mkdir()
    (cache / index_file_name(library.content_hash)).write_bytes(b"not a database" * 100)
    index = SearchIndex.for_library(library, cache_dir=cache)
    assert not index.from_cache
    assert "agents-at-door" in index.search("door", "en").ids


def test_pages_damaged_in_the_middle_of_the_cache_file_are_found_and_the_index_rebuilt(
    bundled_library: Library, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    SearchIndex.for_library(bundled_library, cache_dir=cache).close()
    path = cache / index_file_name(bundled_library.content_hash)
    damage_the_middle(path)

    index = SearchIndex.for_library(bundled_library, cache_dir=cache)
    assert not index.from_cache
    for query in ("door", "puerta", "detainer", "abogado"):
        index.search(query, "en")  # no "database disk image is malformed"
    assert "agents-at-door" in index.search("door", "en").ids
    index.close()
    again = SearchIndex.for_library(bundled_library, cache_dir=cache)
    assert again.from_cache  # the rebuilt file is trusted again
    again.close()


def test_a_full_cache_disk_builds_the_index_in_memory(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")  # what SQLite says, not an OSError

    monkeypatch.setattr(index_file, "build_file", disk_full)
    index = SearchIndex.for_library(load_library(content), cache_dir=tmp_path / "cache")
    assert not index.from_cache
    assert "agents-at-door" in index.search("door", "en").ids


def test_an_unwritable_cache_folder_builds_the_index_in_memory(content: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("a file where the cache folder would be", encoding="utf-8")
    index = SearchIndex.for_library(load_library(content), cache_dir=blocker / "search")
    assert "agents-at-door" in index.search("door", "en").ids
    assert blocker.is_file()


def test_the_default_cache_is_the_users_cache_folder(private_cache: Path, content: Path) -> None:
    assert default_cache_dir() == private_cache / "desktopguide" / "search"
    library = load_library(content)
    index = SearchIndex.for_library(library)
    assert (private_cache / "desktopguide" / "search" / index_file_name(library.content_hash)).is_file()
    index.close()
