"""ICE detention facilities: the FY26 statistics workbook (sheet "Facilities FY26") and the
list of facilities authorized to hold people over 72 hours.

The `ice-facilities` snapshot merges the two: every facility of the statistics list, flagged
when the over-72-hour list has it too, and the over-72-hour facilities the statistics list
lacks (it only lists facilities holding someone when the data was pulled).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from desktopguide.core.data.cleaning import (
    ListFormatError,
    Progress,
    clean_state,
    clean_text,
    clean_zip,
    no_progress,
    slug,
)
from desktopguide.core.data.ice_offices import AOR_CODES
from desktopguide.core.data.importer import ImportContext, ImportedList, unique_ids
from desktopguide.core.data.snapshot import Snapshot
from desktopguide.core.data.xlsx import header_row, open_workbook, row_cells, saved_date, sheet

KIND = "ice-facilities"
OVER_72_KIND = "ice-over-72"
URL = "https://www.ice.gov/detain/detention-management"
STATS_SHEET = "Facilities FY26"
STATS_WHAT = "ICE's detention statistics workbook"
OVER_72_WHAT = "ICE's list of facilities authorized over 72 hours"
STATS_COLUMNS = ("Name", "Address", "City", "State", "Zip", "AOR", "Type Detailed")
OVER_72_COLUMNS = ("Facility Name", "City", "State")
DATA_PULLED = re.compile(r"(?i)data source:.*?(\d{1,2}/\d{1,2}/\d{4})")


def state_of_zip(zip_code: str) -> str | None:
    from desktopguide.core.places.geo import lookup_zip

    info = lookup_zip(zip_code)
    return info.state if info is not None else None


def facility_id(state: str, name: str) -> str:
    return f"{state.lower()}-{slug(name)}"


def _number(value: object) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return round(float(value), 2)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def read_statistics(path: Path, context: ImportContext, progress: Progress = no_progress) -> ImportedList:
    workbook = open_workbook(path)
    facilities = sheet(workbook, path, [STATS_SHEET], STATS_WHAT)
    rows = [tuple(row) for row in facilities.iter_rows(values_only=True)]
    start, columns = header_row(rows, STATS_COLUMNS, path, STATS_WHAT)
    pulled = None
    for row in rows[:start]:
        match = DATA_PULLED.search(str(row[0] or ""))
        if match:
            pulled = dt.datetime.strptime(match.group(1), "%m/%d/%Y").date().isoformat()
    if pulled is None:
        raise ListFormatError(f"{path.name} is not {STATS_WHAT}: the sheet does not say when its data was pulled.")
    adp_columns = [position for name, position in columns.items() if name.startswith("level ")]
    records: list[dict[str, Any]] = []
    dropped = 0
    for row in rows[start + 1:]:
        cell = row_cells(row, columns)
        name = clean_text(cell("Name"))
        state = clean_state(cell("State"))
        zip_code = clean_zip(cell("Zip"))
        if not name and not state:
            continue
        if name and not state and zip_code:
            state = state_of_zip(zip_code)  # one row has its State cell empty; its ZIP says the state
        if not name or not state:
            dropped += 1
            continue
        levels = [_number(row[p]) for p in adp_columns if p < len(row)]
        population = round(sum(v for v in levels if v is not None), 1) if any(v is not None for v in levels) else None
        records.append({
            "id": facility_id(state, name), "name": name, "street": clean_text(cell("Address")),
            "city": (clean_text(cell("City")) or "").title() or None, "state": state, "zip": zip_code,
            "county_fips": context.county_of_zip(zip_code), "aor": (clean_text(cell("AOR")) or "").upper() or None,
            "facility_type": clean_text(cell("Type Detailed")), "average_daily_population": population,
            "over_72_hours": False, "on_statistics_list": True,
        })
    progress(1.0)
    if not records:
        raise ListFormatError(f"{path.name} is not {STATS_WHAT}: the sheet {STATS_SHEET!r} lists no facilities.")
    unique_ids(records)
    header = context.header(
        KIND,
        "ICE detention statistics FY26: facilities",
        "U.S. Immigration and Customs Enforcement",
        URL,
        pulled,
        path,
        dropped,
        "the date ICE pulled the data (the sheet's data source line)",
    )
    return ImportedList(header, records)


def read_over_72(path: Path, context: ImportContext, progress: Progress = no_progress) -> ImportedList:
    workbook = open_workbook(path)
    rows = [tuple(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    title = " ".join(str(cell) for row in rows[:5] for cell in row if cell)
    if "72" not in title:
        raise ListFormatError(f"{path.name} is not {OVER_72_WHAT}: its title does not mention 72 hours.")
    header_row(rows, OVER_72_COLUMNS, path, OVER_72_WHAT, search=30)
    records: list[dict[str, Any]] = []
    dropped = 0
    aor: str | None = None
    columns: dict[str, int] = {}
    for row in rows:
        first = clean_text(row[0]) if row else None
        rest = [clean_text(c) for c in row[1:]] if row else []
        if first and first.upper().endswith(" AOR") and not any(rest):
            aor = AOR_CODES.get(first[:-4].strip().casefold())
            continue
        names = {(clean_text(c) or "").casefold(): p for p, c in enumerate(row)}
        if "facility name" in names:
            columns = names
            continue
        if not columns or not first:
            continue
        if not any(rest):
            break  # the glossary of facility types below the list
        state = clean_state(row[columns["state"]])
        city = clean_text(row[columns["city"]])
        if not state:
            dropped += 1
            continue
        kind_at = columns.get("facility type - detailed")
        records.append(
            {
                "id": facility_id(state, first),
                "name": first,
                "city": city.title() if city else None,
                "state": state,
                "aor": aor,
                "facility_type": clean_text(row[kind_at]) if kind_at is not None else None,
            }
        )
    if not records:
        raise ListFormatError(f"{path.name} is not {OVER_72_WHAT}: it lists no facilities.")
    unique_ids(records)
    date = saved_date(workbook, context.today)
    header = context.header(
        OVER_72_KIND,
        "ICE ERO authorized over 72-hour facility list",
        "U.S. Immigration and Customs Enforcement",
        URL,
        date,
        path,
        dropped,
        "the list has no date of its own: the workbook's last-saved date",
    )
    return ImportedList(header, records)


def merge(statistics: ImportedList | Snapshot, over_72: ImportedList | Snapshot | None) -> list[dict[str, Any]]:
    """The statistics facilities flagged from the over-72-hour list, and the over-72 ones it lacks."""
    base = [dict(r) for r in statistics.records if r.get("on_statistics_list", True)]
    for record in base:
        record["over_72_hours"] = False
    by_key = {_match_key(r["state"], r["name"]): r for r in base}
    for item in over_72.records if over_72 is not None else ():
        found = by_key.get(_match_key(item["state"], item["name"])) or _same_place_prefix(base, item)
        if found is not None:
            found["over_72_hours"] = True
            continue
        base.append(
            {
                "id": item["id"],
                "name": item["name"],
                "street": None,
                "city": item.get("city"),
                "state": item["state"],
                "zip": None,
                "county_fips": None,
                "aor": item.get("aor"),
                "facility_type": item.get("facility_type"),
                "average_daily_population": None,
                "over_72_hours": True,
                "on_statistics_list": False,
            }
        )
    return unique_ids(sorted(base, key=lambda r: str(r["id"])))


def _match_key(state: str, name: str) -> tuple[str, str]:
    """The two lists write one facility "OTAY MESA DETENTION CENTER" and "OTAY MESA DETENTION CENTER (SAN
    DIEGO Contract Detention Facility)": the words outside brackets decide."""
    words = re.sub(r"[^a-z0-9 ]", " ", re.sub(r"\(.*?\)", " ", name.casefold())).split()
    return state, " ".join(words)


def _same_place_prefix(base: list[dict[str, Any]], item: dict[str, Any]) -> dict[str, Any] | None:
    """The one facility of the same city whose name begins the other's ("DENVER CONTRACT DETENTION FACILITY" and
    "... FACILITY (CDF) II"), or None."""
    _state, wanted = _match_key(item["state"], item["name"])
    city = (item.get("city") or "").casefold()
    found = [
        r
        for r in base
        if r["state"] == item["state"]
        and (r.get("city") or "").casefold() == city
        and _starts_other(_match_key(r["state"], r["name"])[1], wanted)
    ]
    return found[0] if len(found) == 1 else None


def _starts_other(first: str, second: str) -> bool:
    return first.startswith(second + " ") or second.startswith(first + " ")
