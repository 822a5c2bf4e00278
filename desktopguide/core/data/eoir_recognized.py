"""The newer EOIR roster as a third party parsed it (JSON, principal offices, September 2026).

Every field is checked on its own: a date cell holding three dates, a ZIP that HUD's
crosswalk does not know in that state, a phone that is not a phone -- each becomes null
and is counted, the rest of the record is kept. A record with no organization name is dropped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktopguide.core.data.cleaning import (
    ListFormatError,
    Progress,
    clean_phone,
    clean_state,
    clean_text,
    no_progress,
    parse_date,
    slug,
    split_city_state_zip,
)
from desktopguide.core.data.importer import ImportContext, ImportedList, unique_ids
from desktopguide.core.data.json_lists import date_in_name, read_objects

KIND = "eoir-recognized"
WHAT = "the list of recognized organizations (JSON)"
REQUIRED = ("organization_name", "organization_recognized_date", "city_state_zip")
URL = "https://www.justice.gov/eoir/recognition-and-accreditation-roster-reports"


def checked_zip(zip_code: str | None, state: str | None, context: ImportContext) -> str | None:
    """The ZIP when HUD's crosswalk places it in `state` (or when there is no crosswalk to ask)."""
    if not zip_code:
        return None
    counties = context.zip_counties.counties(zip_code)
    if not counties:
        return zip_code if not context.counties.names else None
    states = {context.counties.names.get(fips, ("", ""))[1] for fips, _share in counties}
    return zip_code if state in states or not context.counties.names else None


def read(path: Path, context: ImportContext, progress: Progress = no_progress) -> ImportedList:
    rows = read_objects(path, REQUIRED, WHAT)
    records: list[dict[str, Any]] = []
    dropped = 0
    unread: dict[str, int] = {}

    def note(field: str) -> None:
        unread[field] = unread.get(field, 0) + 1

    for row in rows:
        name = clean_text(row.get("organization_name"))
        if not name:
            dropped += 1
            continue
        state = clean_state(row.get("state"))
        city, written_state, zip_code = split_city_state_zip(row.get("city_state_zip"))
        if row.get("city_state_zip") and not zip_code:
            note("city_state_zip")
        if written_state and state and written_state != state:
            note("state")
            city = written_state = zip_code = None
        state = state or written_state
        valid_zip = checked_zip(zip_code, state, context)
        if zip_code and not valid_zip:
            note("zip")
        fields: dict[str, Any] = {}
        for key, source in (
            ("recognized", "organization_recognized_date"),
            ("expires", "organization_recognition_expiration"),
        ):
            fields[key] = parse_date(row.get(source))
            if row.get(source) and fields[key] is None:
                note(source)
        phone = clean_phone(row.get("phone"))
        if row.get("phone") and not phone:
            note("phone")
        pending = row.get("organization_recognition_pending_renewal")
        office = (clean_text(row.get("office_type")) or "").casefold()
        records.append(
            {
                "id": f"{(state or 'xx').lower()}-{slug(name, 50)}-{valid_zip or 'nozip'}",
                "organization": name,
                "status": clean_text(row.get("organization_status")),
                "office_type": "principal"
                if "principal" in office
                else ("extension" if "extension" in office else None),
                "street": clean_text(row.get("street_address")),
                "city": city,
                "state": state,
                "zip": valid_zip,
                "county_fips": context.county_of_zip(valid_zip),
                "phone": phone,
                "recognized": fields["recognized"],
                "expires": fields["expires"],
                "pending_renewal": pending if isinstance(pending, bool) else None,
            }
        )
    progress(1.0)
    if not records:
        raise ListFormatError(f"{path.name} is not {WHAT}: it has no organizations.")
    date, _exact = date_in_name(path, "recognized-organizations-2026-09-13.json", "roster")
    unique_ids(records)
    header = context.header(
        KIND,
        "Recognized Organizations Roster (principal offices, parsed by a third party)",
        "U.S. Department of Justice, Executive Office for Immigration Review",
        URL,
        date,
        path,
        dropped,
        'the roster\'s "Report Last Updated on" date, from the file name',
    )
    notes = (
        [
            "fields that could not be read and were left empty: "
            f"{', '.join(f'{k} {v}' for k, v in sorted(unread.items()))}"
        ]
        if unread
        else []
    )
    return ImportedList(header, records, notes)
