"""What every importer shares: the context it resolves places in, and what it returns."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktopguide.core.data.counties import CountyIndex, ZipCounties
from desktopguide.core.data.snapshot import ListHeader, SnapshotError, read_snapshot, snapshot_path


@dataclass
class ImportedList:
    """One list read from an agency's file: its header, its records, and notes for the maintainer."""

    header: ListHeader
    records: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)


def unique_ids(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give the second and later records sharing an id the suffixes -2, -3 ... (in file order)."""
    seen: dict[str, int] = {}
    for record in records:
        base = str(record["id"])
        seen[base] = seen.get(base, 0) + 1
        if seen[base] > 1:
            record["id"] = f"{base}-{seen[base]}"
    return records


class ImportContext:
    """Where an import resolves ZIP codes and county names: the snapshots of a content folder."""

    def __init__(self, content_root: Path, today: dt.date | None = None) -> None:
        self.content_root = Path(content_root)
        self.today = today or dt.date.today()

    def _records(self, kind: str) -> tuple[dict[str, Any], ...]:
        path = snapshot_path(self.content_root, kind)
        if not path.is_file():
            return ()
        try:
            return read_snapshot(path).records
        except SnapshotError:
            return ()

    @functools.cached_property
    def counties(self) -> CountyIndex:
        return CountyIndex.from_records(self._records("county-ice-aor"))

    @functools.cached_property
    def zip_counties(self) -> ZipCounties:
        return ZipCounties.from_records(self._records("hud-zip-county"))

    def county_of_zip(self, zip_code: str | None) -> str | None:
        return self.zip_counties.main_county(zip_code)

    def county_of_city(self, state: str, city: str) -> str | None:
        """The one county all of a Postal Service city's ZIP codes lie in (mostly), else None."""
        from desktopguide.core.places.geo import zips_of_city

        if not city:
            return None
        counties = {self.county_of_zip(info.zip_code) for info in zips_of_city(state, city)} - {None}
        return counties.pop() if len(counties) == 1 else None

    def header(
        self, kind: str, list_name: str, publisher: str, url: str, date: str, source: Path, dropped: int = 0,
        date_note: str = "",
    ) -> ListHeader:
        return ListHeader(
            kind=kind, list=list_name, publisher=publisher, url=url, date=date, source_file=Path(source).name,
            imported=self.today.isoformat(), records=0, dropped=dropped, date_note=date_note,
        )
