"""The index is cached under the content hash: built once, reused while the content is the
same, rebuilt when it changes or is damaged, replaced whole, and never written to by searching."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from desktopguide.core.search import SearchIndex, ranking
from desktopguide.core.search import index as index_file
from desktopguide.core.search.documents import library_documents
from desktopguide.core.search.index import RANKING_FOLDER, RECORDS_FILE, default_cache_dir, index_folder_name
from desktopguide.core.storage import CHECKSUM_SUFFIX, StorageError


def folder_state(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file in the folder: its digest and modification time."""
    return {
        str(file.relative_to(folder)): (hashlib.sha256(file.read_bytes()).hexdigest(), file.stat().st_mtime_ns)
        for file in sorted(folder.rglob("*"))
        if file.is_file()
    }


def cache_files(content_hash: str) -> list[str]:
    """The index folder and the checksum it is verified against."""
    name = index_folder_name(content_hash)
    return [name, name + CHECKSUM_SUFFIX]


def ranking_files(index_folder: Path) -> list[Path]:
    """The Tantivy index's data files (not its lock files, not its list of segments)."""
    return sorted(f for f in (index_folder / RANKING_FOLDER).iterdir() if not f.name.startswith(".") and "." in f.name)


def cached(content: Path, tmp_path: Path) -> tuple[Path, Library]:
    """A cache folder with the index of the content built in it, and the content's Library."""
    cache = tmp_path / "cache"
    library = load_library(content)
    SearchIndex.for_library(library, cache_dir=cache).close()
    return cache, library


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
    path = cache / index_folder_name(library.content_hash)
    before = folder_state(path)

    index = SearchIndex.for_library(library, cache_dir=cache)
    assert index.from_cache
    for query in ("door", "a secret query", "detainr", "la migra", "zzzz", "secre"):
        index.search(query, "en")
    index.close()
    assert folder_state(path) == before  # no new file (no journal, no history), none changed
    assert sorted(p.name for p in cache.iterdir()) == cache_files(library.content_hash)
    assert not any(b"secret" in file.read_bytes() for file in path.rglob("*") if file.is_file())


def test_a_file_where_the_cache_folder_should_be_is_replaced(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    library = load_library(content)
    cache.mkdir()
    (cache / index_folder_name(library.content_hash)).write_bytes(b"not a database" * 100)
    index = SearchIndex.for_library(library, cache_dir=cache)
    assert not index.from_cache
    assert "agents-at-door" in index.search("door", "en").ids
    assert (cache / index_folder_name(library.content_hash)).is_dir()


@pytest.mark.parametrize("damaged", ["records", "ranking"])
def test_pages_damaged_in_the_middle_of_a_cache_file_are_found_and_the_index_rebuilt(
    bundled_library: Library, tmp_path: Path, damaged: str
) -> None:
    cache = tmp_path / "cache"
    SearchIndex.for_library(bundled_library, cache_dir=cache).close()
    folder = cache / index_folder_name(bundled_library.content_hash)
    if damaged == "records":
        damage_the_middle(folder / RECORDS_FILE)
    else:
        damage_the_middle(max(ranking_files(folder), key=lambda f: f.stat().st_size))

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

    monkeypatch.setattr(index_file, "build_folder", disk_full)
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
    assert (private_cache / "desktopguide" / "search" / index_folder_name(library.content_hash)).is_dir()
    index.close()


def test_a_missing_ranking_file_is_found_and_the_index_rebuilt(content: Path, tmp_path: Path) -> None:
    cache, library = cached(content, tmp_path)
    ranking_files(cache / index_folder_name(library.content_hash))[0].unlink()

    index = SearchIndex.for_library(library, cache_dir=cache)
    assert not index.from_cache
    assert "agents-at-door" in index.search("door", "en").ids


def test_a_ranking_index_tantivy_cannot_open_is_not_used_and_search_still_works(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Damage the checksum cannot see (it was taken of a bad index) never ends in a traceback."""
    cache, library = cached(content, tmp_path)

    def unreadable(_folder: Path) -> None:
        raise ValueError("Failed to open file for read: 'meta.json'")  # what tantivy raises

    monkeypatch.setattr(ranking, "open_folder", unreadable)
    assert index_file.open_valid(cache / index_folder_name(library.content_hash), library.content_hash) is None
    index = SearchIndex.for_library(library, cache_dir=cache)
    assert not index.from_cache
    assert "agents-at-door" in index.search("door", "en").ids


def test_a_rebuild_replaces_the_whole_folder(content: Path, tmp_path: Path) -> None:
    library = load_library(content)
    documents = list(library_documents(library))
    path = tmp_path / "built" / "index"
    path.parent.mkdir()
    index_file.build_folder(documents[:3], path, "first")
    (path / "left-over").write_text("from a crash", encoding="utf-8")

    index_file.build_folder(documents, path, "second")
    assert not (path / "left-over").exists()
    assert index_file.open_valid(path, "second") is not None
    assert sorted(p.name for p in path.parent.iterdir()) == ["index", "index" + CHECKSUM_SUFFIX]  # no temporary


def test_a_failed_rebuild_leaves_the_old_folder_whole(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = load_library(content)
    documents = list(library_documents(library))
    path = tmp_path / "built" / "index"
    path.parent.mkdir()
    index_file.build_folder(documents, path, "first")
    before = folder_state(path)

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ranking, "write", disk_full)
    with pytest.raises(StorageError):
        index_file.build_folder(documents, path, "second")
    assert folder_state(path) == before
    assert index_file.open_valid(path, "first") is not None
    assert sorted(p.name for p in path.parent.iterdir()) == ["index", "index" + CHECKSUM_SUFFIX]  # no temporary


def test_a_read_only_cache_is_used_through_a_temporary_copy_of_the_ranking_index(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tantivy's reader takes a lock file in its folder, which a read-only cache refuses."""
    cache, library = cached(content, tmp_path)
    before = folder_state(cache)
    real_open = ranking.open_folder

    def no_lock_in_the_cache(folder: Path) -> object:
        if cache in folder.parents:
            raise ValueError("Failed to acquire Lockfile: IoError(Os { code: 30, kind: ReadOnlyFilesystem, ... })")
        return real_open(folder)

    monkeypatch.setattr(ranking, "open_folder", no_lock_in_the_cache)
    index = SearchIndex.for_library(library, cache_dir=cache)
    assert index.from_cache
    assert "agents-at-door" in index.search("door", "en").ids
    assert folder_state(cache) == before


def test_a_cached_index_opens_without_making_the_documents(content: Path, tmp_path: Path) -> None:
    # Making the documents parses every guide (about 2 s for the bundled content): a start
    # with the index in the cache must not pay for it.
    cache, library = cached(content, tmp_path)

    def documents_never_read():
        raise AssertionError("the documents were read for a cached index")
        yield  # a generator, as library_documents is

    built, from_cache = index_file.open_cached(documents_never_read(), library.content_hash, cache)
    built.conn.close()
    assert from_cache
