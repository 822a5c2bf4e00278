"""The FTS5 index file: built from search documents, cached by content hash.

The index is one SQLite file in the user's cache folder, named after the content hash
of the Library and the index format, so it is rebuilt exactly when the content (or this
code's idea of an index) changes, and reused otherwise. It holds only content: the app
opens it read-only and never writes a query anywhere.

Tables: `docs`, a contentless FTS5 table over the folded text (columns `title`,
`questions`, `keywords`, `summary`, `headings`, `body`, `related`, and `kind` for filtering), ranked by BM25
with column weights (see `query`); Rowids carry the language (`rowid >> LANG_SHIFT` is its number in `meta.languages`),
so results can be ordered "current language first" inside FTS5, without a join.
`records`, the original text shown in results, by the same rowid, and a same-length
folded copy where it differs from lower case, to find the words to mark in snippets;
`terms` and `deletes` for the typo fallback; `locations`, the coordinates of records with a
ZIP code (for legal help near a home ZIP); `meta`.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from desktopguide.core.search import spelling
from desktopguide.core.search.documents import SearchDocument
from desktopguide.core.search.normalize import index_text
from desktopguide.core.search.query import FILTER_COLUMNS, TEXT_COLUMNS
from desktopguide.core.search.snippets import fold_same_length
from desktopguide.core.storage import atomic_path, checksum_matches, checksum_path, user_cache_dir, write_checksum

# Bump whenever documents, normalisation or schema change: old cache files are then ignored.
FORMAT_VERSION = 3
FTS_TABLE = "docs"
LANG_SHIFT = 24  # up to 16 million documents per language
_TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* M* Co'"
# Prefix indexes make typing-as-you-go prefixes of two and three characters cheap.
_PREFIXES = "2 3"


def fts5_available() -> bool:
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        try:
            conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        except sqlite3.OperationalError:
            return False
    return True


def default_cache_dir() -> Path:
    return user_cache_dir() / "search"


def index_file_name(content_hash: str) -> str:
    return f"index-v{FORMAT_VERSION}-{content_hash}.sqlite3"


def build(documents: Iterable[SearchDocument], conn: sqlite3.Connection, content_hash: str = "") -> int:
    """Create the index in the empty database `conn`; returns the number of documents."""
    if not fts5_available():
        raise RuntimeError("this Python's SQLite has no FTS5, which search needs")
    columns = ", ".join([*TEXT_COLUMNS, *FILTER_COLUMNS])
    conn.executescript(
        f"""
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({columns}, content='', tokenize="{_TOKENIZER}",
            prefix='{_PREFIXES}');
        CREATE TABLE records(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT NOT NULL,
            lang TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL, body TEXT NOT NULL,
            folded_summary TEXT, folded_body TEXT);
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE locations(id INTEGER PRIMARY KEY, lat REAL NOT NULL, lon REAL NOT NULL);
        CREATE INDEX locations_by_lat ON locations(lat);
        """
    )
    documents = list(documents)
    languages = sorted({doc.lang for doc in documents})
    lang_numbers = {lang: number for number, lang in enumerate(languages)}
    rowids = [(lang_numbers[doc.lang] << LANG_SHIFT) | n for n, doc in enumerate(documents, start=1)]
    with conn:
        conn.executemany(
            f"INSERT INTO {FTS_TABLE}(rowid, {columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    rowid,
                    index_text(doc.title),
                    index_text(doc.questions),
                    index_text(doc.keywords),
                    index_text(doc.summary),
                    index_text(doc.headings),
                    index_text(doc.body),
                    index_text(doc.related),
                    doc.kind,
                )
                for rowid, doc in zip(rowids, documents, strict=True)
            ),
        )
        conn.executemany(
            "INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    rowid,
                    doc.kind,
                    doc.record_id,
                    doc.lang,
                    doc.title,
                    doc.summary,
                    doc.body,
                    fold_same_length(doc.summary),
                    fold_same_length(doc.body),
                )
                for rowid, doc in zip(rowids, documents, strict=True)
            ),
        )
        conn.executemany("INSERT INTO locations VALUES (?, ?, ?)", _locations(zip(rowids, documents, strict=True)))
        conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
        spelling.build_tables(conn, FTS_TABLE, TEXT_COLUMNS)
        conn.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [
                ("format", str(FORMAT_VERSION)),
                ("content_hash", content_hash),
                ("documents", str(len(documents))),
                ("languages", json.dumps(languages)),
            ],
        )
    return len(documents)


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


def build_file(documents: Iterable[SearchDocument], path: Path, content_hash: str = "") -> None:
    """Build the index into `path`, atomically: readers see the old file or the whole new one.

    Its checksum is written beside it: `open_cached` trusts the file only while it matches.
    """
    with atomic_path(path, make_parents=True) as temporary, contextlib.closing(sqlite3.connect(temporary)) as conn:
        build(documents, conn, content_hash)
    write_checksum(path)


# Searching connections keep no prepared statement between queries: a cached statement keeps its
# last bound values, the words a visitor typed (FTS5 MATCH strings), until it is used again. Preparing
# each time costs a few microseconds a query (`desktopguide bench search`).
NO_STATEMENT_CACHE = 0


def open_read_only(path: Path) -> sqlite3.Connection:
    """Open a built index without any way to write to it; any thread may use it."""
    conn = sqlite3.connect(
        path.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False, cached_statements=NO_STATEMENT_CACHE
    )
    conn.execute("PRAGMA temp_store = MEMORY")  # sorting spills to memory, never to a file
    return conn


def is_valid(conn: sqlite3.Connection, content_hash: str) -> bool:
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError:
        return False
    return meta.get("format") == str(FORMAT_VERSION) and meta.get("content_hash") == content_hash


def build_in_memory(documents: Iterable[SearchDocument], content_hash: str = "") -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", check_same_thread=False, cached_statements=NO_STATEMENT_CACHE)
    build(documents, conn, content_hash)
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def open_cached(
    documents: Iterable[SearchDocument], content_hash: str, cache_dir: Path | None = None
) -> tuple[sqlite3.Connection, bool]:
    """The index for `content_hash` from the cache, built there first when missing.

    Returns the connection and whether the cached file was reused. Older index files in
    the cache folder are removed after a build. A cached file whose bytes no longer match
    its checksum (damaged) is rebuilt. When the folder cannot be written (a locked-down
    kiosk, a full disk: an OSError or any SQLite error) the index is built in memory.
    """
    documents = list(documents)  # a failed file build must not use them up
    if not content_hash:
        return build_in_memory(documents), False
    folder = cache_dir if cache_dir is not None else default_cache_dir()
    path = folder / index_file_name(content_hash)
    if path.is_file() and checksum_matches(path):
        try:
            conn = open_read_only(path)
            if is_valid(conn, content_hash):
                return conn, True
            conn.close()
        except sqlite3.Error:
            pass
    try:
        build_file(documents, path, content_hash)
        _remove_stale(folder, keep=path)
        return open_read_only(path), False
    except (OSError, sqlite3.Error):
        return build_in_memory(documents, content_hash), False


def _remove_stale(folder: Path, keep: Path) -> None:
    for old in folder.glob("index-v*.sqlite3*"):
        if old not in (keep, checksum_path(keep)):
            with contextlib.suppress(OSError):
                old.unlink()
