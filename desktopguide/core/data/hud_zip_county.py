"""HUD-USPS ZIP to county crosswalk (CSV): one row per ZIP and county, with the share of addresses."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from desktopguide.core.data.cleaning import ListFormatError, Progress, clean_state, clean_text, clean_zip, no_progress
from desktopguide.core.data.importer import ImportContext, ImportedList

KIND = "hud-zip-county"
REQUIRED = ("ZIP", "COUNTY", "USPS_ZIP_PREF_CITY", "USPS_ZIP_PREF_STATE", "TOT_RATIO")
QUARTER_IN_NAME = re.compile(r"(?i)(?:(\d{4})q([1-4])|_(0[369]|12)(\d{4}))")


def edition_date(path: Path) -> tuple[str, str]:
    """HUD dates a crosswalk by quarter in its file name (ZIP_COUNTY_032023, ...-2023q1)."""
    match = QUARTER_IN_NAME.search(path.name)
    if not match:
        return "", ""
    if match.group(1):
        year, month = int(match.group(1)), int(match.group(2)) * 3
    else:
        year, month = int(match.group(4)), int(match.group(3))
    return f"{year:04d}-{month:02d}-01", f"quarter {(month - 1) // 3 + 1} of {year}, from the file name"


def _xlsx_rows(path: Path) -> Iterator[dict[str, Any]]:
    """HUD publishes the crosswalk as a workbook (ZIP_COUNTY_032023.xlsx); read it the same way."""
    from desktopguide.core.data.xlsx import open_workbook

    rows = open_workbook(path).worksheets[0].iter_rows(values_only=True)
    names = [str(c or "").strip().upper() for c in next(rows, ())]
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise ListFormatError(
            f"{path.name} is not HUD's ZIP to county crosswalk: it has no {', '.join(missing)} column."
        )
    for row in rows:
        yield {name: ("" if value is None else str(value)) for name, value in zip(names, row, strict=False)}


def _csv_rows(stream: IO[str], path: Path) -> Iterator[dict[str, Any]]:
    reader = csv.DictReader(stream)
    columns = [c.strip().upper() for c in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise ListFormatError(
            f"{path.name} is not HUD's ZIP to county crosswalk: it has no {', '.join(missing)} column."
        )
    reader.fieldnames = columns
    yield from reader


def read(path: Path, context: ImportContext, progress: Progress = no_progress) -> ImportedList:
    try:
        with open(path, encoding="utf-8-sig", newline="") as stream:
            rows = _xlsx_rows(path) if path.suffix.casefold() == ".xlsx" else _csv_rows(stream, path)
            records: list[dict[str, Any]] = []
            dropped = 0
            for row in rows:
                zip_code = clean_zip(
                    str(row.get("ZIP") or "").zfill(5) if str(row.get("ZIP") or "").isdigit() else row.get("ZIP")
                )
                fips = clean_text(row.get("COUNTY"))
                fips = fips.zfill(5) if fips and fips.isdigit() else fips
                try:
                    share = round(float(row.get("TOT_RATIO") or ""), 6)
                except ValueError:
                    share = None
                # HUD writes 99999 for addresses it could not place in a county.
                if not zip_code or not fips or not re.fullmatch(r"\d{5}", fips) or fips == "99999" or share is None:
                    dropped += 1
                    continue
                city = clean_text(row.get("USPS_ZIP_PREF_CITY"))
                records.append(
                    {
                        "id": f"{zip_code}-{fips}",
                        "zip": zip_code,
                        "county_fips": fips,
                        "city": city.title() if city else None,
                        "state": clean_state(row.get("USPS_ZIP_PREF_STATE")),
                        "share": share,
                    }
                )
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ListFormatError(f"{path.name} cannot be read as a CSV file ({error}).") from None
    if not records:
        raise ListFormatError(f"{path.name} has no ZIP to county rows.")
    date, note = edition_date(path)
    if not date:
        raise ListFormatError(
            f"{path.name} does not say which quarter it is: keep HUD's file name (such as ZIP_COUNTY_032023)."
        )
    header = context.header(
        KIND,
        "HUD-USPS ZIP Code Crosswalk: ZIP to county",
        "U.S. Department of Housing and Urban Development",
        "https://www.huduser.gov/portal/datasets/usps_crosswalk.html",
        date,
        path,
        dropped,
        note,
    )
    return ImportedList(header, records)
