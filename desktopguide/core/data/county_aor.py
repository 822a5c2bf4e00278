"""Every county with the ICE area of responsibility (AOR) that covers it (UWCHR's table, CSV)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from desktopguide.core.data.cleaning import ListFormatError, Progress, clean_state, clean_text, no_progress
from desktopguide.core.data.csv_lists import read_rows
from desktopguide.core.data.importer import ImportContext, ImportedList

KIND = "county-ice-aor"
REQUIRED = ("geoid", "name", "aor")
LIST_DATE = "2022-01-01"  # the table gives its population estimates for 2022 and no day


def _title(name: str) -> str:
    """"harris county" -> "Harris County"; "alexandria city" keeps "city" lower-case as the Census writes it."""
    words = []
    for word in name.split():
        words.append(word if word == "city" else word[:1].upper() + word[1:])
    text = " ".join(words)
    return re.sub(r"\bMc(\w)", lambda m: "Mc" + m.group(1).upper(), text)


def read(path: Path, context: ImportContext, progress: Progress = no_progress) -> ImportedList:
    records: list[dict[str, Any]] = []
    dropped = 0
    for row in read_rows(path, REQUIRED, "the county to ICE area table"):
        fips = clean_text(row.get("geoid"))
        name = clean_text(row.get("name")) or ""
        county, _comma, state_name = name.rpartition(",")
        state = clean_state(state_name)
        aor = (clean_text(row.get("aor")) or "").upper()
        if (
            not fips
            or not re.fullmatch(r"\d{5}", fips)
            or not county
            or not state
            or not re.fullmatch(r"[A-Z]{3}", aor)
        ):
            dropped += 1
            continue
        records.append({"id": fips, "county_fips": fips, "county": _title(county.strip()), "state": state, "aor": aor})
    if not records:
        raise ListFormatError(f"{path.name} has no county rows.")
    header = context.header(
        KIND,
        "Counties by ICE area of responsibility",
        "University of Washington Center for Human Rights",
        "https://github.com/UWCHR/ice-facilities",
        LIST_DATE,
        path,
        dropped,
        "the table's population estimates are for 2022; ICE's area lines may have moved since",
    )
    return ImportedList(header, records)
