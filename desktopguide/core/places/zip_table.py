"""The `zipcodes` package's ZIP and county facts as a small SQLite table, cached on disk.

`zipcodes.list_all()` turns 42,000 ZIP codes into Python dicts: about half a second and
140 MB every time a process starts. The few facts desktopguide uses are kept instead in
one SQLite file in the user's cache folder, built once per `zipcodes` version; each
lookup is then an indexed query. When the folder cannot be written (a locked-down kiosk)
the table is built in memory.
"""

from __future__ import annotations

import contextlib
import functools
import math
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import zipcodes

from desktopguide.core.storage import atomic_path, checksum_matches, user_cache_dir, write_checksum

FORMAT_VERSION = 2  # 2: a ZIP code at 0, 0 has no coordinates

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE zips (
    zip TEXT PRIMARY KEY, city TEXT, city_key TEXT, state TEXT, county TEXT, lat REAL, lon REAL
) WITHOUT ROWID;
CREATE INDEX zips_by_city ON zips (state, city_key);
-- Every spelling the data uses, for exact checks; and the usual one per casefolded name.
CREATE TABLE county_spellings (state TEXT, name TEXT, PRIMARY KEY (state, name)) WITHOUT ROWID;
CREATE TABLE counties (state TEXT, name_key TEXT, name TEXT, PRIMARY KEY (state, name_key)) WITHOUT ROWID;
"""


def _coordinate(value: object) -> float | None:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def usual_spellings(entries: Iterable[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """(state, casefolded county) -> the spelling most of that county's ZIP codes use.

    The data spells some names two ways ("Alexandria city" and "Alexandria City").
    Street-address ZIP codes decide; PO-box and single-building ones only break ties; on a
    tie the lowercase "city" spelling, which the content uses, wins.
    """
    counts: Counter[tuple[str, str]] = Counter()
    for entry in entries:
        if entry.get("county") and entry.get("state"):
            counts[(entry["state"], entry["county"])] += 1000 if entry.get("zip_code_type") == "STANDARD" else 1
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for (state, county), count in counts.items():
        key = (state, county.casefold())
        rank = (count, county)
        if key not in best or rank > best[key]:
            best[key] = rank
    return {key: spelling for key, (_count, spelling) in best.items()}


def fill(conn: sqlite3.Connection) -> None:
    entries = zipcodes.list_all()
    usual = usual_spellings(entries)
    conn.executescript(SCHEMA)
    rows: dict[str, tuple[str, str, str, str, str, float | None, float | None]] = {}
    for entry in entries:
        code = entry.get("zip_code") or ""
        state = entry.get("state") or ""
        if len(code) != 5 or not code.isdigit() or code in rows:
            continue
        county = usual.get((state, (entry.get("county") or "").strip().casefold()), "")
        city = entry.get("city") or ""
        latitude, longitude = _coordinate(entry.get("lat")), _coordinate(entry.get("long"))
        if latitude == 0 and longitude == 0:
            # How the data says it has no place for a ZIP code (post office boxes, the
            # military's): a point in the Atlantic, which would pull a city's centre there.
            latitude = longitude = None
        rows[code] = (code, city, city.casefold(), state, county, latitude, longitude)
    conn.executemany("INSERT INTO zips VALUES (?, ?, ?, ?, ?, ?, ?)", rows.values())
    spellings = {(e["state"], e["county"]) for e in entries if e.get("county") and e.get("state")}
    conn.executemany("INSERT INTO county_spellings VALUES (?, ?)", sorted(spellings))
    conn.executemany("INSERT INTO counties VALUES (?, ?, ?)", [(s, k, name) for (s, k), name in usual.items()])
    conn.executemany(
        "INSERT INTO meta VALUES (?, ?)", [("format", str(FORMAT_VERSION)), ("zipcodes", zipcodes.__version__)]
    )
    conn.commit()


def cache_path(cache_dir: Path | None = None) -> Path:
    folder = cache_dir or user_cache_dir()
    return folder / "geo" / f"zipcodes-{zipcodes.__version__}-v{FORMAT_VERSION}.sqlite3"


def _open_file(path: Path) -> sqlite3.Connection:
    # A damaged file (its bytes no longer match the checksum of its build) is rebuilt.
    if not checksum_matches(path):
        raise sqlite3.DatabaseError(f"{path} does not match its checksum")
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    return conn


def _build_file(path: Path) -> None:
    # Built beside it and renamed, so a second process never reads a half-written file.
    with atomic_path(path, make_parents=True) as temporary:
        conn = sqlite3.connect(temporary)
        try:
            fill(conn)
        finally:
            conn.close()
    write_checksum(path)


class ZipTable:
    """Read-only queries on the table; one connection shared under a lock (any thread)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._lock = threading.Lock()

    @classmethod
    def open(cls, cache_dir: Path | None = None) -> ZipTable:
        path = cache_path(cache_dir)
        for _attempt in range(2):
            with contextlib.suppress(sqlite3.Error, OSError):
                if path.is_file():
                    return cls(_open_file(path))
            try:
                _build_file(path)
            except (OSError, sqlite3.Error):  # a full disk is "database or disk is full"
                break
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        fill(conn)
        return cls(conn)

    def rows(self, sql: str, *params: object) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()


@functools.cache
def zip_table() -> ZipTable:
    return ZipTable.open()
