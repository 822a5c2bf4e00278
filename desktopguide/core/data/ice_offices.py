"""ICE offices (ERO field and sub-offices, OPLA, HSI ...) compiled from ice.gov's office pages (xlsx)."""

from __future__ import annotations

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
from desktopguide.core.data.importer import ImportContext, ImportedList, unique_ids
from desktopguide.core.data.xlsx import header_row, open_workbook, row_cells, saved_date

KIND = "ice-offices"
WHAT = "the list of ICE offices"
REQUIRED = ("office_name", "agency", "address", "city", "state", "zip")
# ICE's area-of-responsibility codes, by the field office's city (the codes ICE's own
# detention statistics use, HLG included); the over-72-hour list names its areas so too
# ("Washington D.C. AOR").
AOR_CODES = {
    "atlanta": "ATL", "baltimore": "BAL", "boston": "BOS", "buffalo": "BUF", "chicago": "CHI", "dallas": "DAL",
    "denver": "DEN", "detroit": "DET", "el paso": "ELP", "harlingen": "HLG", "houston": "HOU",
    "los angeles": "LOS", "miami": "MIA", "new orleans": "NOL", "new york": "NYC", "new york city": "NYC",
    "newark": "NEW", "philadelphia": "PHI", "phoenix": "PHO", "st. paul": "SPM", "saint paul": "SPM",
    "salt lake city": "SLC", "san antonio": "SNA", "san diego": "SND", "san francisco": "SFR",
    "seattle": "SEA", "washington": "WAS", "washington d.c.": "WAS", "washington, d.c.": "WAS",
    # Listed as a field office; its area (Florida, Puerto Rico, U.S. Virgin Islands) is Miami's.
    "miramar sub office": "MIA",
}


def aor_of_field_office(name: str | None) -> str | None:
    if not name:
        return None
    city = name.casefold().replace("field office", "").strip(" ,-")
    return AOR_CODES.get(city)


def _coordinate(value: object, low: float, high: float) -> float | None:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return round(number, 6) if low <= number <= high else None


def read(path: Path, context: ImportContext, progress: Progress = no_progress) -> ImportedList:
    workbook = open_workbook(path)
    rows = [tuple(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    start, columns = header_row(rows, REQUIRED, path, WHAT)
    records: list[dict[str, Any]] = []
    dropped = 0
    for row in rows[start + 1:]:
        cell = row_cells(row, columns)
        name = clean_text(cell("office_name"))
        state = clean_state(cell("state"))
        agency = clean_text(cell("agency"))
        if not name and not state:
            continue
        if not name or not state or not agency:
            dropped += 1
            continue
        sub_office = cell("sub_office") is True
        if agency == "ERO":
            office_type = "ERO sub-office" if sub_office else "ERO field office"
            aor = aor_of_field_office(clean_text(cell("field_office_name")) if sub_office else name)
        else:
            office_type, aor = agency, None
        zip_code = clean_zip(cell("zip"))
        records.append({
            "id": f"{state.lower()}-{slug(name)}-{zip_code or 'nozip'}", "name": name, "office_type": office_type,
            "street": clean_text(cell("address")), "city": clean_text(cell("city")), "state": state, "zip": zip_code,
            "county_fips": context.county_of_zip(zip_code), "aor": aor,
            "latitude": _coordinate(cell("office_latitude"), -90, 90),
            "longitude": _coordinate(cell("office_longitude"), -180, 180),
            "area": clean_text(cell("area")),
        })
    progress(1.0)
    if not records:
        raise ListFormatError(f"{path.name} is not {WHAT}: it lists no offices.")
    unique_ids(records)
    date = saved_date(workbook, context.today)
    header = context.header(
        KIND,
        "ICE field offices (compiled by the Deportation Data Project)",
        "U.S. Immigration and Customs Enforcement",
        "https://www.ice.gov/contact/field-offices",
        date,
        path,
        dropped,
        "the compilation has no date of its own: the workbook's last-saved date",
    )
    return ImportedList(header, records)
