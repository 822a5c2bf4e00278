"""ICE's 287(g) tables (xlsx): participating agencies and pending agencies.

Cells carry stray spaces ("County ", "Jail Enforcement Model "); the MOA column holds the
word "link" with the address as the cell's hyperlink, sometimes wrapped in a mail-safety
redirect, which is unwrapped to the ice.gov address.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktopguide.core.data.cleaning import (
    ListFormatError,
    Progress,
    clean_state,
    clean_text,
    no_progress,
    parse_date,
    slug,
    unwrap_url,
)
from desktopguide.core.data.importer import ImportContext, ImportedList, unique_ids
from desktopguide.core.data.xlsx import date_in_name, header_row, open_workbook, row_cells

KIND = "ice-287g"
URL = "https://www.ice.gov/identify-and-arrest/287g"
WHAT = "ICE's 287(g) list"
REQUIRED = ("STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "COUNTY", "SUPPORT TYPE", "MOA")
MODELS = {
    "jail enforcement model": "jail-enforcement",
    "task force model": "task-force",
    "warrant service officer": "warrant-service-officer",
}


def model_of(text: str | None) -> str | None:
    if not text:
        return None
    return MODELS.get(text.casefold(), text.casefold())


def ice_address(cell: Any) -> str | None:
    """The agreement's address on ice.gov, from the cell's hyperlink (or its text when it is one)."""
    target = getattr(getattr(cell, "hyperlink", None), "target", None) or (
        cell.value if isinstance(cell.value, str) else None
    )
    if not target:
        return None
    text = str(target).strip()
    # "chrome-extension://.../https:/www.ice.gov/..." and "https:/www.ice.gov/..." (one slash)
    found = re.findall(r"(?i)https?:/+[^\s]+", text)
    if not found:
        return None
    unwrapped = unwrap_url(
        re.sub(r"(?i)^(https?):/+", r"\1://", found[-1] if "safelinks" not in found[0] else found[0])
    )
    if not unwrapped:
        return None
    text = re.sub(r"(?i)^(https?):/+", r"\1://", unwrapped)
    parts = urllib.parse.urlsplit(text)
    host = parts.netloc.casefold()
    if host != "ice.gov" and not host.endswith(".ice.gov"):
        return None
    return urllib.parse.urlunsplit(("https", host, parts.path, parts.query, ""))


AGENCY_COUNTY = re.compile(r"^(.+?\b(?:County|Parish|Borough))\b")
AGENCY_WORDS = re.compile(
    r"(?i)\s*\b(?:police|department|dept\.?|sheriff'?s?|office|public safety|marshal'?s?"
    r"|city of|town of|village of)\b.*$"
)


def city_of_agency(agency: str) -> str:
    """ "Miami Police Department" -> "Miami"; "City of Doral Police Department" -> "Doral"."""
    text = re.sub(r"(?i)^(?:city|town|village|borough) of\s+", "", agency.strip())
    return AGENCY_WORDS.sub("", text).strip(" -,")


def read_participating(path: Path, context: ImportContext, progress: Progress = no_progress) -> ImportedList:
    return _read(path, context, progress, status="participating")


def read_pending(path: Path, context: ImportContext, progress: Progress = no_progress) -> ImportedList:
    return _read(path, context, progress, status="pending")


def _read(path: Path, context: ImportContext, progress: Progress, status: str) -> ImportedList:
    # Not read-only: hyperlinks are only loaded with the full workbook.
    workbook = open_workbook(path, read_only=False)
    sheet = workbook.worksheets[0]
    rows = list(sheet.iter_rows())
    values = [[cell.value for cell in row] for row in rows]
    required = (*REQUIRED, "SIGNED") if status == "participating" else REQUIRED
    start, columns = header_row(
        values, required, path, WHAT + ("" if status == "participating" else " of pending agencies")
    )
    list_date = date_in_name(path)
    records: list[dict[str, Any]] = []
    dropped = 0
    unresolved: set[str] = set()
    resolved_by: dict[str, set[str]] = {"spelling": set(), "city": set(), "suffix": set(), "agency": set()}
    total = max(1, len(rows) - start)
    for number, row in enumerate(rows[start + 1 :], start=1):
        if number % 200 == 0:
            progress(number / total)

        cell = row_cells(row, columns)

        def text(name: str, cell: Callable[[str], Any] = cell) -> str | None:
            found = cell(name)
            return clean_text(found.value) if found is not None else None

        agency = text("LAW ENFORCEMENT AGENCY")
        state = clean_state(text("STATE"))
        if not agency and not state and not text("SUPPORT TYPE"):
            continue  # blank rows at the end of ICE's sheets
        model = model_of(text("SUPPORT TYPE"))
        signed = parse_date(cell("SIGNED").value) if cell("SIGNED") is not None else None
        if not agency or not state or not model or (status == "participating" and not signed):
            dropped += 1
            continue
        agency_type = text("TYPE")
        county = text("COUNTY")
        statewide = (agency_type or "").casefold().startswith("state")
        county_fips, how = (None, "") if statewide else context.counties.resolve_how(state, county, spelling=True)
        if how == "spelling" and (agency_type or "").casefold().startswith("municipal"):
            # A repaired name must agree with the county of the police department's own city, when that is known.
            of_city = context.county_of_city(state, city_of_agency(agency))
            if of_city is not None and of_city != county_fips:
                county_fips, how = None, ""
        if county_fips is None and not statewide:
            # "Pope County Sheriff's Office" with "Pop County" in the county column: the agency names its county.
            named = AGENCY_COUNTY.match(agency)
            if named and context.counties.resolve(state, named.group(1)):
                county_fips, how = context.counties.resolve(state, named.group(1)), "agency"
        if county_fips is None and not statewide and (agency_type or "").casefold().startswith("municipal"):
            county_fips = context.county_of_city(state, city_of_agency(agency))
            how = "city" if county_fips else ""
        if how in ("spelling", "city", "suffix", "agency"):
            resolved_by[how].add(f"{county or '(no county)'}, {state} -> {county_fips}")
        if county_fips is None and not statewide:
            unresolved.add(f"{county or '(no county)'}, {state}")
        records.append(
            {
                "id": f"{status}-{state.lower()}-{slug(agency)}-{model}-{signed or 'pending'}",
                "agency": agency,
                "agency_type": agency_type,
                "state": state,
                "county": county,
                "county_fips": county_fips,
                # How the county was found: "name" as ICE wrote it, "suffix"/"spelling" (a repaired
                # name), "agency" (the agency's own name: "St. Bernard Parish Sheriff's Office"),
                # "city" (no county in the list: the county of the police department's city).
                "county_found_by": how or None,
                "model": model,
                "signed": signed,
                "agreement_url": ice_address(cell("MOA")),
                "addendum_url": ice_address(cell("ADDENDUM")) if cell("ADDENDUM") is not None else None,
                "status": status,
                "list_date": list_date,
            }
        )
    progress(1.0)
    if not records:
        raise ListFormatError(f"{path.name} is not {WHAT}: it has no agreements.")
    note = "the date in ICE's file name"
    if list_date is None:
        if status == "pending":
            raise ListFormatError(
                f"{path.name} does not say its date: keep ICE's file name (pendingAgencies02272026am.xlsx)."
            )
        list_date = max(str(r["signed"]) for r in records)
        note = "no date in the file name: the latest signed date in the list"
        for record in records:
            record["list_date"] = list_date
    unique_ids(records)
    name = "287(g) participating agencies" if status == "participating" else "287(g) pending agencies"
    header = context.header(KIND, name, "U.S. Immigration and Customs Enforcement", URL, list_date, path, dropped, note)
    notes = [
        f"{len(found)} county names resolved by {how}: " + "; ".join(sorted(found)[:8])
        for how, found in resolved_by.items()
        if found
    ]
    if unresolved:
        notes.append(
            f"{len(unresolved)} county names could not be matched to a FIPS code: " + "; ".join(sorted(unresolved)[:12])
        )
    return ImportedList(header, records, notes)
