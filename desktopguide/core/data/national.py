"""Questions about any U.S. place, answered from the official lists' snapshots (Qt-free).

    data = NationalData.load(content_dir())        # nothing is read until this is called
    for share in data.counties_for_zip("77002"):   # Harris County, TX (48201), by FIPS
        data.agreements_in_county(share.county_fips)
    data.legal_help_near(41.88, -87.62, within_miles=50)

The snapshots (about 8 MB of JSON Lines) are turned once into a SQLite file in the user's
cache folder, named by the hash of the snapshots it was built from; later processes open it
read-only and each question is an indexed query. Any SQLite error rebuilds the file; when
the cache cannot be written the index is built in memory.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import math
import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktopguide.core.data.snapshot import ListHeader, SnapshotError, read_header, read_snapshot, snapshot_path
from desktopguide.core.storage import atomic_path, user_cache_dir

FORMAT_VERSION = 1
KM_PER_MILE = 1.609344
EARTH_RADIUS_KM = 6371.0088
# The snapshots the index is built from (all optional: a missing one answers nothing).
SOURCES = (
    "hud-zip-county", "county-ice-aor", "ice-287g", "doj-sanctuary", "ice-facilities", "ice-offices",
    "eoir-roster", "eoir-recognized", "eoir-pro-bono", "ice-over-72",
)

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE headers (kind TEXT PRIMARY KEY, header TEXT) WITHOUT ROWID;
CREATE TABLE zip_county (zip TEXT, county_fips TEXT, share REAL, PRIMARY KEY (zip, county_fips)) WITHOUT ROWID;
CREATE TABLE counties (fips TEXT PRIMARY KEY, name TEXT, name_key TEXT, state TEXT, aor TEXT) WITHOUT ROWID;
CREATE INDEX counties_by_name ON counties (name_key, state);
CREATE TABLE agreements (id TEXT PRIMARY KEY, county_fips TEXT, state TEXT, statewide INTEGER, record TEXT)
    WITHOUT ROWID;
CREATE INDEX agreements_by_county ON agreements (county_fips);
CREATE INDEX agreements_by_state ON agreements (state, statewide);
CREATE TABLE sanctuary (id TEXT PRIMARY KEY, kind TEXT, state TEXT, fips TEXT, city_county TEXT, city_key TEXT,
    record TEXT) WITHOUT ROWID;
CREATE INDEX sanctuary_by_state ON sanctuary (state);
CREATE TABLE offices (id TEXT PRIMARY KEY, aor TEXT, office_type TEXT, record TEXT) WITHOUT ROWID;
CREATE INDEX offices_by_aor ON offices (aor, office_type);
CREATE TABLE facilities (id TEXT PRIMARY KEY, lat REAL, lon REAL, record TEXT) WITHOUT ROWID;
CREATE TABLE legal_help (id TEXT PRIMARY KEY, lat REAL, lon REAL, record TEXT) WITHOUT ROWID;
CREATE INDEX legal_help_by_lat ON legal_help (lat);
"""


class NationalDataError(RuntimeError):
    """The snapshots could not be read at all; the message is one sentence."""


@dataclass(frozen=True)
class CountyShare:
    county_fips: str
    county_name: str
    state: str
    share: float  # the share of the ZIP's addresses in this county (HUD), 0..1


@dataclass(frozen=True)
class County:
    fips: str
    name: str
    state: str
    aor: str | None


@dataclass(frozen=True)
class Nearby:
    """A record (facility, office, legal help) and how far it is."""

    record: dict[str, Any]
    distance_km: float

    @property
    def distance_miles(self) -> float:
        return self.distance_km / KM_PER_MILE


@dataclass(frozen=True)
class PlaceFacts:
    """Everything the lists say about one ZIP code, for the place page and `place ZIP`."""

    zip_code: str
    counties: list[CountyShare]
    agreements: dict[str, list[dict[str, Any]]]  # county FIPS -> its agreements
    statewide_agreements: list[dict[str, Any]]
    sanctuary: list[dict[str, Any]]
    field_office: dict[str, Any] | None
    facilities: list[Nearby]
    legal_help: list[Nearby]
    headers: dict[str, ListHeader] = field(default_factory=dict)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from desktopguide.core.places.geo import haversine_km as distance

    return distance(lat1, lon1, lat2, lon2)


def snapshots_hash(content_root: Path) -> str:
    """The hash of every snapshot's bytes: a new import makes a new cache file."""
    digest = hashlib.sha256(f"v{FORMAT_VERSION}".encode())
    for kind in SOURCES:
        path = snapshot_path(content_root, kind)
        digest.update(kind.encode())
        with contextlib.suppress(OSError), open(path, "rb") as stream:
            while block := stream.read(1 << 20):
                digest.update(block)
    return digest.hexdigest()[:16]


def name_key(text: str) -> str:
    from desktopguide.core.data.counties import name_key as key

    return key(text)


def _organization_key(name: str) -> str:
    """ "International Rescue Committee, Inc." and "The International Rescue Committee" meet."""
    words = re.sub(r"[^a-z0-9 ]", " ", name.casefold())
    words = re.sub(r"\b(?:the|inc|incorporated|llc|corp|corporation|co|ltd)\b", " ", words)
    return "".join(words.split())


def _coordinates(zip_code: str | None) -> tuple[float, float] | None:
    from desktopguide.core.places.geo import lookup_zip

    if not zip_code:
        return None
    info = lookup_zip(zip_code)
    if info is None or not info.has_coordinates:
        return None
    return info.latitude, info.longitude  # type: ignore[return-value]


def _city_coordinates(state: str | None, city: str | None) -> tuple[float, float] | None:
    from desktopguide.core.places.geo import zips_of_city

    if not state or not city:
        return None
    for info in zips_of_city(state, city):
        if info.has_coordinates:
            return info.latitude, info.longitude  # type: ignore[return-value]
    return None


def _records(content_root: Path, kind: str) -> tuple[ListHeader | None, tuple[dict[str, Any], ...]]:
    path = snapshot_path(content_root, kind)
    if not path.is_file():
        return None, ()
    snapshot = read_snapshot(path)
    return snapshot.header, snapshot.records


def fill(conn: sqlite3.Connection, content_root: Path) -> None:
    """Build the index from the snapshots of `content_root`."""
    conn.executescript(SCHEMA)
    loaded = {kind: _records(content_root, kind) for kind in SOURCES}
    conn.executemany(
        "INSERT INTO headers VALUES (?, ?)",
        [(kind, json.dumps(header.__dict__)) for kind, (header, _r) in loaded.items() if header is not None],
    )
    conn.executemany(
        "INSERT INTO zip_county VALUES (?, ?, ?)",
        ((r["zip"], r["county_fips"], r.get("share") or 0.0) for r in loaded["hud-zip-county"][1]),
    )
    conn.executemany(
        "INSERT INTO counties VALUES (?, ?, ?, ?, ?)",
        (
            (r["county_fips"], r["county"], name_key(r["county"]), r["state"], r.get("aor"))
            for r in loaded["county-ice-aor"][1]
        ),
    )
    conn.executemany(
        "INSERT INTO agreements VALUES (?, ?, ?, ?, ?)",
        (
            (r["id"], r.get("county_fips"), r["state"], int(_is_statewide(r)), json.dumps(r, ensure_ascii=False))
            for r in loaded["ice-287g"][1]
        ),
    )
    conn.executemany(
        "INSERT INTO sanctuary VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            (
                r["id"],
                r["jurisdiction_type"],
                r["state"],
                r.get("fips"),
                r.get("county_fips_for_city"),
                _organization_key(r["jurisdiction"]),
                json.dumps(r, ensure_ascii=False),
            )
            for r in loaded["doj-sanctuary"][1]
        ),
    )
    conn.executemany(
        "INSERT INTO offices VALUES (?, ?, ?, ?)",
        (
            (r["id"], r.get("aor"), r.get("office_type"), json.dumps(r, ensure_ascii=False))
            for r in loaded["ice-offices"][1]
        ),
    )
    facilities = []
    for record in loaded["ice-facilities"][1]:
        where = _coordinates(record.get("zip")) or _city_coordinates(record.get("state"), record.get("city"))
        if where is not None:
            facilities.append((record["id"], where[0], where[1], json.dumps(record, ensure_ascii=False)))
    conn.executemany("INSERT INTO facilities VALUES (?, ?, ?, ?)", facilities)
    conn.executemany("INSERT INTO legal_help VALUES (?, ?, ?, ?)", _legal_help_rows(loaded))
    conn.execute("INSERT INTO meta VALUES ('format', ?)", (str(FORMAT_VERSION),))
    conn.commit()


def _is_statewide(record: dict[str, Any]) -> bool:
    return (record.get("agency_type") or "").casefold().startswith("state")


def _legal_help_rows(
    loaded: dict[str, tuple[ListHeader | None, tuple[dict[str, Any], ...]]],
) -> Iterable[tuple[Any, ...]]:
    """Recognized organizations' offices (roster), organizations recognized only in the newer
    roster, and pro bono providers (one entry per office, with every court whose list names it)."""
    roster_header, roster = loaded["eoir-roster"]
    newer_header, newer = loaded["eoir-recognized"]
    newer_keys = {_organization_key(r["organization"]) for r in newer}
    roster_keys = {_organization_key(r["organization"]) for r in roster}
    rows: list[tuple[str, float | None, float | None, str]] = []
    for record in roster:
        entry = {**record, "source": "eoir-roster"}
        if newer_header is not None:
            # True/False: whether the newer roster still lists the organization.
            entry["on_newer_roster"] = _organization_key(record["organization"]) in newer_keys
            entry["newer_roster_date"] = newer_header.date
        where = _coordinates(record.get("zip"))
        if where is not None:
            rows.append((f"roster:{record['id']}", where[0], where[1], json.dumps(entry, ensure_ascii=False)))
    if roster_header is not None or newer_header is not None:
        for record in newer:
            if _organization_key(record["organization"]) in roster_keys:
                continue
            where = _coordinates(record.get("zip"))
            if where is not None:
                entry = {**record, "source": "eoir-recognized", "representatives": None, "fully_accredited": None}
                rows.append((f"recognized:{record['id']}", where[0], where[1], json.dumps(entry, ensure_ascii=False)))
    providers: dict[tuple[str, str], dict[str, Any]] = {}
    for record in loaded["eoir-pro-bono"][1]:
        key = (_organization_key(record["organization"]), record.get("zip") or record.get("phone") or "")
        known = providers.get(key)
        if known is None:
            entry = {**record, "source": "eoir-pro-bono", "courts": []}
            entry.pop("court", None)
            entry.pop("court_state", None)
            providers[key] = entry
        else:
            entry = known
        court = {"court": record["court"], "court_state": record.get("court_state")}
        if court not in entry["courts"]:
            entry["courts"].append(court)
        entry["detained"] = bool(entry["detained"] or record.get("detained"))
        entry["languages"] = sorted(set(entry["languages"]) | set(record.get("languages") or []))
    for entry in providers.values():
        # Kept without coordinates too (never "near" anything), for the lists by court.
        place = _coordinates(entry.get("zip"))
        latitude, longitude = place if place is not None else (None, None)
        rows.append((f"pro-bono:{entry['id']}", latitude, longitude, json.dumps(entry, ensure_ascii=False)))
    return rows


def cache_path(content_root: Path, cache_dir: Path | None = None) -> Path:
    folder = cache_dir or user_cache_dir()
    return folder / "data" / f"national-{snapshots_hash(content_root)}-v{FORMAT_VERSION}.sqlite3"


def _open_file(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    try:
        conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _build_file(path: Path, content_root: Path) -> None:
    with atomic_path(path, make_parents=True) as temporary:
        conn = sqlite3.connect(temporary)
        try:
            fill(conn, content_root)
        finally:
            conn.close()


class NationalData:
    """Read-only questions over the index; one connection shared under a lock (any thread)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._lock = threading.Lock()

    @classmethod
    def load(cls, content_root: Path | None = None, cache_dir: Path | None = None) -> NationalData:
        from desktopguide.core.content.resources import content_dir

        root = Path(content_root) if content_root is not None else content_dir()
        try:
            path = cache_path(root, cache_dir)
            for _attempt in range(2):
                with contextlib.suppress(sqlite3.Error, OSError):
                    if path.is_file():
                        return cls(_open_file(path))
                try:
                    _build_file(path, root)
                except (OSError, sqlite3.Error):
                    break
            conn = sqlite3.connect(":memory:", check_same_thread=False)
            fill(conn, root)
        except SnapshotError as error:
            raise NationalDataError(f"the official lists could not be read: {error}") from None
        return cls(conn)

    def _rows(self, sql: str, *params: object) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    # -- places ------------------------------------------------------------------------------

    def counties_for_zip(self, zip_code: str) -> list[CountyShare]:
        """The counties a ZIP code lies in, largest share of its addresses first."""
        rows = self._rows(
            "SELECT z.county_fips, c.name, c.state, z.share FROM zip_county z LEFT JOIN counties c ON c.fips = "
            "z.county_fips "
            "WHERE z.zip = ? ORDER BY z.share DESC, z.county_fips",
            zip_code,
        )
        return [CountyShare(fips, name or "", state or "", share) for fips, name, state, share in rows]

    def county(self, fips: str) -> County | None:
        rows = self._rows("SELECT fips, name, state, aor FROM counties WHERE fips = ?", fips)
        return County(*rows[0]) if rows else None

    def find_counties(self, name: str, state: str | None = None) -> list[County]:
        """Counties called `name` ("Harris County", "harris"), in one state or in every state."""
        from desktopguide.core.data.counties import split_suffix

        keys = {name_key(name), name_key(name + " County")}
        base, suffix = split_suffix(name)
        if not suffix:
            keys |= {
                name_key(base + " " + word)
                for word in ("county", "parish", "borough", "city", "census area", "municipality")
            }
        marks = ",".join("?" * len(keys))
        sql = f"SELECT fips, name, state, aor FROM counties WHERE name_key IN ({marks})"
        params: list[object] = [*sorted(keys)]
        if state:
            sql += " AND state = ?"
            params.append(state)
        return [County(*row) for row in self._rows(sql + " ORDER BY state, fips", *params)]

    # -- 287(g), sanctuary --------------------------------------------------------------------

    def agreements_in_county(self, fips: str) -> list[dict[str, Any]]:
        """287(g) agreements of agencies in the county (its sheriff, police departments ...).

        Statewide agencies are excluded."""
        rows = self._rows("SELECT record FROM agreements WHERE county_fips = ? AND statewide = 0 ORDER BY id", fips)
        return [json.loads(row[0]) for row in rows]

    def unplaced_agreements(self, state: str) -> list[dict[str, Any]]:
        """Agreements of local agencies of a state that the list gives without a county that could be placed."""
        rows = self._rows(
            "SELECT record FROM agreements WHERE state = ? AND statewide = 0 AND county_fips IS NULL ORDER BY id", state
        )
        return [json.loads(row[0]) for row in rows]

    def statewide_agreements(self, state: str) -> list[dict[str, Any]]:
        rows = self._rows("SELECT record FROM agreements WHERE state = ? AND statewide = 1 ORDER BY id", state)
        return [json.loads(row[0]) for row in rows]

    def sanctuary_listings(
        self, state: str, county_fips: str | None = None, city: str | None = None
    ) -> list[dict[str, Any]]:
        """DOJ's listings that concern a place: its state, its county, and its city (by name in that state)."""
        rows = self._rows(
            "SELECT kind, fips, city_key, record FROM sanctuary WHERE state = ? ORDER BY kind DESC, id", state
        )
        found = []
        city_key = _organization_key(city) if city else None
        for kind, fips, key, record in rows:
            listing = json.loads(record)
            if (
                kind == "state"
                or (kind == "county" and county_fips and fips == county_fips)
                or (kind == "city" and city_key and (key == city_key or key == city_key + "city"))
                or (kind == "city" and county_fips and county_fips in (listing.get("city_counties") or ()))
            ):
                found.append(listing)
        return found

    # -- ICE ----------------------------------------------------------------------------------

    def field_office_for_aor(self, aor: str | None) -> dict[str, Any] | None:
        if not aor:
            return None
        rows = self._rows(
            "SELECT record FROM offices WHERE aor = ? AND office_type = 'ERO field office' ORDER BY id", aor
        )
        return json.loads(rows[0][0]) if rows else None

    def ero_offices(self) -> list[dict[str, Any]]:
        """Every ERO field office and sub-office: where people report and ask about someone detained."""
        rows = self._rows("SELECT record FROM offices WHERE office_type LIKE 'ERO %' ORDER BY id")
        return [json.loads(row[0]) for row in rows]

    def office(self, office_id: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT record FROM offices WHERE id = ?", office_id)
        return json.loads(rows[0][0]) if rows else None

    def offices_for_aor(self, aor: str) -> list[dict[str, Any]]:
        """The ERO field office and sub-offices of an area."""
        rows = self._rows("SELECT record FROM offices WHERE aor = ? ORDER BY office_type, id", aor)
        return [json.loads(row[0]) for row in rows]

    def facilities_near(self, lat: float, lon: float, limit: int = 5) -> list[Nearby]:
        rows = self._rows("SELECT lat, lon, record FROM facilities")
        ranked = sorted(((haversine_km(lat, lon, a, b), record) for a, b, record in rows), key=lambda item: item[0])
        return [Nearby(json.loads(record), distance) for distance, record in ranked[:limit]]

    # -- legal help -----------------------------------------------------------------------------

    def legal_help_near(
        self, lat: float, lon: float, within_miles: float = 50.0, limit: int | None = None
    ) -> list[Nearby]:
        """Recognized organizations' offices and pro bono providers within `within_miles`, nearest first.
        Each record carries `source` ("eoir-roster", "eoir-recognized" or "eoir-pro-bono")."""
        radius_km = within_miles * KM_PER_MILE
        lat_span = radius_km / 111.0
        rows = self._rows(
            "SELECT lat, lon, record FROM legal_help WHERE lat BETWEEN ? AND ?", lat - lat_span, lat + lat_span
        )
        found = []
        lon_span = radius_km / max(1.0, 111.32 * math.cos(math.radians(lat)))
        for a, b, record in rows:
            if abs(b - lon) > lon_span and abs(abs(b - lon) - 360) > lon_span:
                continue
            distance = haversine_km(lat, lon, a, b)
            if distance <= radius_km:
                found.append((distance, record))
        found.sort(key=lambda item: item[0])
        if limit is not None:
            found = found[:limit]
        return [Nearby(json.loads(record), distance) for distance, record in found]

    def all_legal_help(self) -> list[dict[str, Any]]:
        """Every recognized office and pro bono provider, with `latitude`/`longitude` (None when unknown)."""
        rows = self._rows("SELECT lat, lon, record FROM legal_help ORDER BY id")
        return [{**json.loads(record), "latitude": lat, "longitude": lon} for lat, lon, record in rows]

    def all_counties(self) -> list[County]:
        return [County(*row) for row in self._rows("SELECT fips, name, state, aor FROM counties ORDER BY fips")]

    def all_facilities(self) -> list[dict[str, Any]]:
        return [json.loads(row[0]) for row in self._rows("SELECT record FROM facilities ORDER BY id")]

    def _pro_bono(self) -> list[dict[str, Any]]:
        rows = self._rows("SELECT record FROM legal_help WHERE id LIKE 'pro-bono:%' ORDER BY id")
        return [json.loads(row[0]) for row in rows]

    def pro_bono_courts(self, state: str | None = None) -> list[str]:
        """The immigration courts whose pro bono lists the snapshot has, in one state or all."""
        courts = {
            court["court"]
            for record in self._pro_bono()
            for court in record["courts"]
            if state is None or court.get("court_state") == state
        }
        return sorted(courts)

    def pro_bono_for_court(self, court: str) -> list[dict[str, Any]]:
        """The providers on one immigration court's pro bono list (as the court writes its name)."""
        wanted = " ".join(court.split()).casefold()
        return [
            record
            for record in self._pro_bono()
            if any(" ".join(c["court"].split()).casefold() == wanted for c in record["courts"])
        ]

    # -- the lists themselves ---------------------------------------------------------------------

    def header(self, kind: str) -> ListHeader | None:
        rows = self._rows("SELECT header FROM headers WHERE kind = ?", kind)
        return ListHeader(**json.loads(rows[0][0])) if rows else None

    def place_for_zip(self, zip_code: str, within_miles: float = 50.0, facilities: int = 5) -> PlaceFacts | None:
        """Everything the lists say about a ZIP code, or None when no list knows it."""
        from desktopguide.core.places.geo import lookup_zip

        counties = self.counties_for_zip(zip_code)
        info = lookup_zip(zip_code)
        if not counties and info is None:
            return None
        state = counties[0].state if counties else (info.state if info else "")
        main = self.county(counties[0].county_fips) if counties else None
        city = info.city if info else None
        near_help: list[Nearby] = []
        near_facilities: list[Nearby] = []
        if info is not None and info.has_coordinates:
            near_help = self.legal_help_near(info.latitude, info.longitude, within_miles)  # type: ignore[arg-type]
            near_facilities = self.facilities_near(info.latitude, info.longitude, facilities)  # type: ignore[arg-type]
        return PlaceFacts(
            zip_code=zip_code,
            counties=counties,
            agreements={share.county_fips: self.agreements_in_county(share.county_fips) for share in counties},
            statewide_agreements=self.statewide_agreements(state) if state else [],
            sanctuary=self.sanctuary_listings(state, main.fips if main else None, city) if state else [],
            field_office=self.field_office_for_aor(main.aor if main else None),
            facilities=near_facilities,
            legal_help=near_help,
            headers={kind: h for kind in SOURCES if (h := self.header(kind)) is not None},
        )


@functools.cache
def national_data(content_root: Path | None = None) -> NationalData:
    """One NationalData per content folder and process (the app's pages share it)."""
    return NationalData.load(content_root)


def bundled_headers(content_root: Path) -> dict[str, ListHeader]:
    """Each snapshot's header without building the index (for `data status` and labels)."""
    found = {}
    for kind in SOURCES:
        path = snapshot_path(content_root, kind)
        if path.is_file():
            with contextlib.suppress(SnapshotError):
                found[kind] = read_header(path)
    return found
