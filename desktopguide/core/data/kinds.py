"""The official lists a maintainer can import, and which snapshot each one writes."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the command line lists the kinds without loading the importers
    from desktopguide.core.data.cleaning import Progress
    from desktopguide.core.data.importer import ImportContext, ImportedList

    Reader = Callable[[Path, ImportContext, Progress], ImportedList]


@dataclass(frozen=True)
class ListKind:
    name: str  # what `desktopguide data import NAME FILE` calls it
    snapshot: str  # the snapshot it writes: resources/data/<snapshot>.jsonl
    reader: str  # "module:function" under desktopguide.core.data, imported only when used
    noun: str  # what one record is, plural ("agreements")
    gone: str  # what a removed record means ("ended")
    label_field: str  # the field that names a record in the change summary
    bundled: str  # the agency file the bundled snapshot came from

    def read(self, path: Path, context: ImportContext, progress: Progress) -> ImportedList:
        module_name, _colon, function = self.reader.partition(":")
        module = importlib.import_module(f"desktopguide.core.data.{module_name}")
        reader: Reader = getattr(module, function)
        return reader(path, context, progress)

    def label(self, record: dict[str, Any]) -> str:
        parts = [str(record.get(self.label_field) or record.get("id"))]
        place = ", ".join(str(record[key]) for key in ("city", "state") if record.get(key))
        if place and self.label_field not in ("zip", "county"):
            parts.append(f"({place})")
        return " ".join(parts)


KINDS: dict[str, ListKind] = {
    kind.name: kind
    for kind in (
        ListKind(
            "eoir-roster",
            "eoir-roster",
            "eoir_roster:read",
            "offices",
            "no longer listed",
            "organization",
            "raroster-orgs-reps-by-state-and-city-2025-04-21.pdf",
        ),
        ListKind(
            "eoir-recognized",
            "eoir-recognized",
            "eoir_recognized:read",
            "organizations",
            "no longer recognized",
            "organization",
            "recognized-organizations-2026-09-13.json",
        ),
        ListKind(
            "eoir-pro-bono",
            "eoir-pro-bono",
            "eoir_pro_bono:read",
            "providers",
            "no longer listed",
            "organization",
            "pro-bono-providers-2026-07.json",
        ),
        ListKind(
            "ice-287g",
            "ice-287g",
            "ice_287g:read_participating",
            "agreements",
            "ended",
            "agency",
            "287g-participating-agencies-2026-05-18.xlsx",
        ),
        ListKind(
            "ice-287g-pending",
            "ice-287g",
            "ice_287g:read_pending",
            "pending agreements",
            "no longer pending",
            "agency",
            "287g-pending-agencies-2026-02-27.xlsx",
        ),
        ListKind(
            "ice-facilities",
            "ice-facilities",
            "ice_facilities:read_statistics",
            "facilities",
            "no longer listed",
            "name",
            "detention-statistics-FY26-2026-04-09.xlsx",
        ),
        ListKind(
            "ice-over-72",
            "ice-over-72",
            "ice_facilities:read_over_72",
            "facilities",
            "no longer authorized",
            "name",
            "authorized-over-72-hour-facilities-2026.xlsx",
        ),
        ListKind(
            "ice-offices", "ice-offices", "ice_offices:read", "offices", "no longer listed", "name", "ice-offices.xlsx"
        ),
        ListKind(
            "doj-sanctuary",
            "doj-sanctuary",
            "doj_sanctuary:read",
            "jurisdictions",
            "no longer listed",
            "jurisdiction",
            "sanctuary-jurisdictions-2025-08-05.csv",
        ),
        ListKind(
            "hud-zip-county",
            "hud-zip-county",
            "hud_zip_county:read",
            "ZIP-county pairs",
            "removed",
            "id",
            "hud-zip-county-2023q1.csv",
        ),
        ListKind(
            "county-ice-aor",
            "county-ice-aor",
            "county_aor:read",
            "counties",
            "removed",
            "county",
            "county-ice-area-of-responsibility-2022.csv",
        ),
    )
}

# Every snapshot the app reads, in the order `data status` lists them.
SNAPSHOTS = (
    "eoir-roster",
    "eoir-recognized",
    "eoir-pro-bono",
    "ice-287g",
    "ice-facilities",
    "ice-over-72",
    "ice-offices",
    "doj-sanctuary",
    "hud-zip-county",
    "county-ice-aor",
)

# The order a fresh content folder is filled in: county names and ZIP codes first, since the
# other lists resolve their places through them.
IMPORT_ORDER = (
    "county-ice-aor",
    "hud-zip-county",
    "doj-sanctuary",
    "ice-287g",
    "ice-287g-pending",
    "ice-over-72",
    "ice-facilities",
    "ice-offices",
    "eoir-roster",
    "eoir-recognized",
    "eoir-pro-bono",
)
