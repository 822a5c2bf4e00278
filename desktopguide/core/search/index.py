"""The search index: a folder in the cache, built from search documents, cached by content hash.

The folder is in the user's cache folder, named after the content hash of the Library
and the index format, so it is rebuilt exactly when the content (or this code's idea of
an index) changes, and reused otherwise. It holds only content: the app opens it
read-only and never writes a query anywhere. One checksum beside it covers every file.

`ranking/` is the Tantivy index results are ranked with (`ranking`). `records.sqlite3`
holds the rest: `records`, the original text shown in results, by row number, and a
same-length folded copy where it differs from lower case, to find the words to mark in
snippets, and the U.S. state each is in or about; `terms` (with whether the guides or
the glossary use each word, which tells everyday words from names) and `deletes` for
the typo fallback; `locations`, the coordinates of records with a ZIP code (for legal
help near a home ZIP); `meta`. Row numbers carry the
language (`rowid >> LANG_SHIFT` is its number in `meta.languages`).
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import tantivy

from desktopguide.core.search import ranking, spelling
from desktopguide.core.search.documents import SearchDocument
from desktopguide.core.search.normalize import index_text
from desktopguide.core.search.snippets import fold_same_length
from desktopguide.core.storage import atomic_folder, checksum_matches, checksum_path, user_cache_dir, write_checksum

# Bump whenever documents, normalisation or schema change: old cache folders are then ignored.
FORMAT_VERSION = 13  # 13: no county the library has a page for; the lists' words for a check-in
LANG_SHIFT = 24  # up to 16 million documents per language
RECORDS_FILE = "records.sqlite3"
RANKING_FOLDER = "ranking"
# Records whose words are everyday language; a directory's and a place's are also names.
PROSE_KINDS = frozenset({"guide", "term"})
# What building or opening an index may raise besides OSError (Tantivy's errors are ValueErrors).
INDEX_ERRORS = (OSError, sqlite3.Error, ValueError)


@dataclass
class BuiltIndex:
    conn: sqlite3.Connection
    ranking: tantivy.Index
    # A copy of a read-only cache's ranking index, removed when this is dropped (see `_open_ranking`).
    copy: tempfile.TemporaryDirectory[str] | None = None


def default_cache_dir() -> Path:
    return user_cache_dir() / "search"


def index_folder_name(content_hash: str) -> str:
    return f"index-v{FORMAT_VERSION}-{content_hash}"


def build(
    documents: Iterable[SearchDocument], conn: sqlite3.Connection, folder: Path | None = None, content_hash: str = ""
) -> tantivy.Index:
    """Fill the empty database `conn` and build the ranking index in the empty `folder` (in
    memory without one); returns the ranking index."""
    conn.executescript(
        """
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        -- The summary's columns before the body's: SQLite reads a row's columns in order,
        -- and reaching one after a long body reads the body's overflow pages.
        CREATE TABLE records(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT NOT NULL,
            lang TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL, folded_summary TEXT,
            body TEXT NOT NULL, folded_body TEXT, state TEXT NOT NULL);
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE locations(id INTEGER PRIMARY KEY, lat REAL NOT NULL, lon REAL NOT NULL);
        CREATE INDEX locations_by_lat ON locations(lat);
        """
    )
    documents = list(documents)
    languages = sorted({doc.lang for doc in documents})
    lang_numbers = {lang: number for number, lang in enumerate(languages)}
    rowids = [(lang_numbers[doc.lang] << LANG_SHIFT) | n for n, doc in enumerate(documents, start=1)]
    term_documents: Counter[str] = Counter()  # how many documents have each word, for the typo fallback
    prose: set[str] = set()  # the words of guides and glossary terms: everyday words, not only names
    words_by_language: dict[str, set[str]] = {lang: set() for lang in languages}  # for corrections

    def ranked_rows() -> Iterator[tuple[int, str, str, str, dict[str, str]]]:
        for rowid, doc in zip(rowids, documents, strict=True):
            fields = {name: index_text(getattr(doc, name)) for name in ranking.TEXT_FIELDS}
            tokens = {token for text in fields.values() for token in text.split()}
            term_documents.update(tokens)
            words_by_language[doc.lang].update(tokens)
            if doc.kind in PROSE_KINDS:
                prose.update(tokens)
            yield rowid, doc.lang, doc.kind, doc.state, fields

    ranking_index = ranking.write(ranked_rows(), folder)
    with conn:
        conn.executemany(
            "INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    rowid,
                    doc.kind,
                    doc.record_id,
                    doc.lang,
                    doc.title,
                    doc.summary,
                    fold_same_length(doc.summary),
                    doc.body,
                    fold_same_length(doc.body),
                    doc.state,
                )
                for rowid, doc in zip(rowids, documents, strict=True)
            ),
        )
        conn.executemany("INSERT INTO locations VALUES (?, ?, ?)", _locations(zip(rowids, documents, strict=True)))
        term_languages: dict[str, int] = {}
        for lang, lang_words in words_by_language.items():
            bit = 1 << lang_numbers[lang]
            for word in lang_words:
                term_languages[word] = term_languages.get(word, 0) | bit
        spelling.build_tables(conn, term_documents, prose, term_languages)
        conn.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [
                ("format", str(FORMAT_VERSION)),
                ("content_hash", content_hash),
                ("documents", str(len(documents))),
                ("languages", json.dumps(languages)),
            ],
        )
    return ranking_index


def _locations(numbered: Iterable[tuple[int, SearchDocument]]) -> Iterator[tuple[int, float, float]]:
    """(rowid, latitude, longitude) of each document with a known ZIP code."""
    from desktopguide.core.places.geo import lookup_zip

    for rowid, doc in numbered:
        if doc.postal_code:
            info = lookup_zip(doc.postal_code[:5])
            if info is not None and info.latitude is not None and info.longitude is not None:
                yield rowid, info.latitude, info.longitude


def languages(conn: sqlite3.Connection) -> list[str]:
    """Language codes by their number in rowids."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'languages'").fetchone()
    return list(json.loads(row[0])) if row else []


def build_folder(documents: Iterable[SearchDocument], path: Path, content_hash: str = "") -> None:
    """Build the index into the folder `path`, atomically: readers see the old folder or the
    whole new one.

    Its checksum is written beside it: `open_cached` trusts the folder only while it matches.
    """
    with atomic_folder(path, make_parents=True) as temporary:
        (temporary / RANKING_FOLDER).mkdir()
        with contextlib.closing(sqlite3.connect(temporary / RECORDS_FILE)) as conn:
            build(documents, conn, temporary / RANKING_FOLDER, content_hash)
    write_checksum(path)


# Searching connections keep no prepared statement between queries: a cached statement keeps its
# last bound values until it is used again. Preparing each time costs a few microseconds a query
# (`desktopguide bench search`).
NO_STATEMENT_CACHE = 0


def _open_records(path: Path) -> sqlite3.Connection:
    """Open a built records database without any way to write to it; any thread may use it."""
    conn = sqlite3.connect(
        path.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False, cached_statements=NO_STATEMENT_CACHE
    )
    conn.execute("PRAGMA temp_store = MEMORY")  # sorting spills to memory, never to a file
    return conn


def open_folder(path: Path) -> BuiltIndex:
    """A built index folder, read-only."""
    conn = _open_records(path / RECORDS_FILE)
    try:
        return BuiltIndex(conn, *_open_ranking(path / RANKING_FOLDER))
    except BaseException:
        conn.close()
        raise


def _open_ranking(folder: Path) -> tuple[tantivy.Index, tempfile.TemporaryDirectory[str] | None]:
    """The ranking index in `folder`, or in a temporary copy of it when Tantivy cannot take
    its lock file there (a read-only cache, as on a kiosk's image): the copy (content only,
    a few MB) is removed when the index is dropped. A damaged index fails both ways."""
    try:
        return ranking.open_folder(folder), None
    except ValueError:
        copy = tempfile.TemporaryDirectory(prefix="desktopguide-ranking-")
        try:
            shutil.copytree(folder, copy.name, dirs_exist_ok=True)
            return ranking.open_folder(Path(copy.name)), copy
        except BaseException:
            copy.cleanup()
            raise


def is_valid(conn: sqlite3.Connection, content_hash: str) -> bool:
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError:
        return False
    return meta.get("format") == str(FORMAT_VERSION) and meta.get("content_hash") == content_hash


def open_valid(path: Path, content_hash: str) -> BuiltIndex | None:
    """The cached index at `path` when it is whole (its checksum matches) and for this
    content; None otherwise, never an error."""
    if not (path.is_dir() and checksum_matches(path)):
        return None
    try:
        built = open_folder(path)
    except INDEX_ERRORS:
        return None
    if is_valid(built.conn, content_hash):
        return built
    built.conn.close()
    return None


def build_in_memory(documents: Iterable[SearchDocument], content_hash: str = "") -> BuiltIndex:
    conn = sqlite3.connect(":memory:", check_same_thread=False, cached_statements=NO_STATEMENT_CACHE)
    ranking_index = build(documents, conn, None, content_hash)
    conn.execute("PRAGMA temp_store = MEMORY")
    return BuiltIndex(conn, ranking_index)


def open_cached(
    documents: Iterable[SearchDocument], content_hash: str, cache_dir: Path | None = None
) -> tuple[BuiltIndex, bool]:
    """The index for `content_hash` from the cache, built there first when missing.

    Returns the index and whether the cached folder was reused. Older index folders and
    files in the cache folder are removed after a build. A cached folder whose files no
    longer match its checksum (damaged) is rebuilt. When the folder cannot be written (a
    locked-down kiosk, a full disk: an OSError, any SQLite or Tantivy error) the index is
    built in memory.
    """
    if not content_hash:
        return build_in_memory(documents), False
    folder = cache_dir if cache_dir is not None else default_cache_dir()
    path = folder / index_folder_name(content_hash)
    cached = open_valid(path, content_hash)
    if cached is not None:
        return cached, True  # the documents are never read: making them parses every guide (seconds)
    documents = list(documents)  # a failed folder build must not use them up
    try:
        build_folder(documents, path, content_hash)
        _remove_stale(folder, keep=path)
        return open_folder(path), False
    except INDEX_ERRORS:
        return build_in_memory(documents, content_hash), False


def _remove_stale(folder: Path, keep: Path) -> None:
    for old in folder.glob("index-v*"):
        if old not in (keep, checksum_path(keep)):
            if old.is_dir() and not old.is_symlink():
                shutil.rmtree(old, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    old.unlink()
