"""DOJ's list of "sanctuary jurisdictions" (Executive Order 14287), typed as CSV."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from desktopguide.core.data.cleaning import ListFormatError, Progress, clean_state, clean_text, no_progress, slug
from desktopguide.core.data.csv_lists import read_rows
from desktopguide.core.data.importer import ImportContext, ImportedList

KIND = "doj-sanctuary"
REQUIRED = ("jurisdiction_type", "jurisdiction", "state")
TYPES = ("state", "county", "city")
DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")
# Where the list names a city by a name the Postal Service does not use for its ZIP codes.
CITY_ALIASES = {("NY", "new york city"): "new york"}
# A city whose land is exactly several counties: New York City's five boroughs are the counties
# of Bronx, Kings, New York, Queens and Richmond, whatever city name the Postal Service gives.
COEXTENSIVE_COUNTIES = {("NY", "new york city"): ["36005", "36047", "36061", "36081", "36085"]}


def read(path: Path, context: ImportContext, progress: Progress = no_progress) -> ImportedList:
    rows = read_rows(path, REQUIRED, "DOJ's sanctuary jurisdiction list")
    records: list[dict[str, Any]] = []
    dropped = 0
    unresolved: list[str] = []
    for row in rows:
        kind = (clean_text(row.get("jurisdiction_type")) or "").casefold()
        name = clean_text(row.get("jurisdiction"))
        state = clean_state(row.get("state"))
        if kind not in TYPES or not name or not state:
            dropped += 1
            continue
        fips: str | None = None
        city_county: str | None = None
        coextensive: list[str] = []
        if kind == "state":
            fips = context.counties.state_fips.get(state)
        elif kind == "county":
            fips = context.counties.resolve(state, name)
        else:
            coextensive = COEXTENSIVE_COUNTIES.get((state, name.casefold()), [])
            city_county = None if coextensive else _county_of_city(context, state, name)
        if (kind == "county" and fips is None) or (kind == "state" and fips is None):
            unresolved.append(f"{name}, {state}")
        records.append({
            "id": f"{kind}-{state.lower()}-{slug(name)}", "jurisdiction_type": kind, "jurisdiction": name,
            "state": state, "fips": fips, "county_fips_for_city": city_county, "city_counties": coextensive,
        })
    if not records:
        raise ListFormatError(f"{path.name} has no jurisdictions.")
    match = DATE_IN_NAME.search(path.name)
    if not match:
        raise ListFormatError(
            f"{path.name} does not say the list's date: name it like sanctuary-jurisdictions-2025-08-05.csv."
        )
    header = context.header(
        KIND,
        "Sanctuary jurisdictions listed under Executive Order 14287",
        "U.S. Department of Justice",
        "https://www.justice.gov/ag/us-sanctuary-jurisdiction-list-following-executive-order-14287-protecting-american-communities",
        match.group(1),
        path,
        dropped,
        "the date of DOJ's publication, from the file name",
    )
    notes = (
        [f"{len(unresolved)} jurisdictions could not be matched to a FIPS code: {'; '.join(unresolved)}"]
        if unresolved
        else []
    )
    return ImportedList(header, records, notes)


def _county_of_city(context: ImportContext, state: str, name: str) -> str | None:
    """The county holding most of the city's ZIP codes (the Postal Service's city names), when one does."""
    from desktopguide.core.places.geo import zips_of_city

    city = CITY_ALIASES.get((state, name.casefold()), name)
    counts: dict[str, int] = {}
    for info in zips_of_city(state, city):
        fips = context.county_of_zip(info.zip_code)
        if fips:
            counts[fips] = counts.get(fips, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda f: counts[f])
    # A city spread over several counties (New York City) has no one county.
    return best if counts[best] * 2 > sum(counts.values()) else None
