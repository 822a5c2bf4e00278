"""One reviewable text file per official list: `resources/data/<kind>.jsonl`.

The first line is the list's header (what list, who publishes it, its official address,
the list's own date); every other line is one record, sorted by its `id`, with keys in a
fixed order, so that a diff between two editions shows exactly what changed.

    {"kind": "ice-287g", "list": "287(g) participating agencies", "publisher": "U.S. Immigration
     and Customs Enforcement", "url": "https://www.ice.gov/identify-and-arrest/287g",
     "date": "2026-05-18", "date_note": "", "source_file": "...xlsx", "imported": "2026-12-06",
     "records": 1843, "dropped": 0}
    {"id": "...", ...}
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from desktopguide.core.storage import atomic_write_text

SNAPSHOT_FOLDER = "data"
SUFFIX = ".jsonl"


class SnapshotError(ValueError):
    """A snapshot file that cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class ListHeader:
    """What a snapshot is a copy of."""

    kind: str
    list: str  # the list's own name, as its publisher gives it
    publisher: str
    url: str  # the official page the list is published on
    date: str  # the list's own date (ISO); never newer than the list says
    source_file: str  # the agency's file it was imported from
    imported: str  # when it was imported (ISO)
    records: int = 0
    dropped: int = 0  # rows of the agency's file that could not be read and were left out
    date_note: str = ""  # how the date was found, when the list has none of its own

    @property
    def list_date(self) -> dt.date:
        return dt.date.fromisoformat(self.date)


@dataclass(frozen=True)
class Snapshot:
    header: ListHeader
    records: tuple[dict[str, Any], ...]


def snapshot_path(content_root: Path, kind: str) -> Path:
    return Path(content_root) / SNAPSHOT_FOLDER / f"{kind}{SUFFIX}"


def dumps(header: ListHeader, records: Iterable[Mapping[str, Any]]) -> str:
    """The snapshot's text: header line, then records sorted by id."""
    ordered = sorted((dict(record) for record in records), key=lambda record: str(record["id"]))
    ids = [record["id"] for record in ordered]
    if len(set(ids)) != len(ids):
        raise SnapshotError(f"{header.kind}: two records share an id")
    header = ListHeader(**{**asdict(header), "records": len(ordered)})
    lines = [json.dumps(asdict(header), ensure_ascii=False)]
    lines.extend(json.dumps(record, ensure_ascii=False) for record in ordered)
    return "\n".join(lines) + "\n"


def write_snapshot(path: Path, header: ListHeader, records: Iterable[Mapping[str, Any]]) -> Path:
    """Write the snapshot atomically: the old file stays whole until the new one is complete."""
    return atomic_write_text(path, dumps(header, records), make_parents=True)


def loads(text: str, where: str = "<snapshot>") -> Snapshot:
    lines = text.splitlines()
    if not lines:
        raise SnapshotError(f"{where}:1: the snapshot is empty")
    try:
        header = ListHeader(**json.loads(lines[0]))
    except (ValueError, TypeError) as error:
        raise SnapshotError(f"{where}:1: the first line is not a list header ({error})") from None
    records: list[dict[str, Any]] = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            raise SnapshotError(f"{where}:{number}: not a JSON record ({error})") from None
        if not isinstance(record, dict) or "id" not in record:
            raise SnapshotError(f"{where}:{number}: a record must be an object with an id")
        records.append(record)
    return Snapshot(header, tuple(records))


def read_snapshot(path: Path) -> Snapshot:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SnapshotError(f"{path}: cannot be read ({error})") from None
    return loads(text, str(path))


def read_header(path: Path) -> ListHeader:
    """Only the first line: for `data status` and start-up, without reading the records."""
    try:
        with open(path, encoding="utf-8") as stream:
            first = stream.readline()
    except (OSError, UnicodeDecodeError) as error:
        raise SnapshotError(f"{path}: cannot be read ({error})") from None
    try:
        return ListHeader(**json.loads(first))
    except (ValueError, TypeError) as error:
        raise SnapshotError(f"{path}:1: the first line is not a list header ({error})") from None
