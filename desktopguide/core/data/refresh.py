"""A maintainer's refresh: read a newly downloaded official file, check it is newer than the
bundled edition, write its snapshot atomically, and say what changed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from desktopguide.core.data import ice_facilities
from desktopguide.core.data.cleaning import ListFormatError, Progress, no_progress
from desktopguide.core.data.importer import ImportContext, ImportedList
from desktopguide.core.data.kinds import KINDS, SNAPSHOTS, ListKind
from desktopguide.core.data.snapshot import (
    ListHeader,
    Snapshot,
    SnapshotError,
    read_header,
    read_snapshot,
    snapshot_path,
    write_snapshot,
)


class OlderEditionError(ListFormatError):
    """The file is an older edition of the list than the snapshot it would replace."""


@dataclass
class Changes:
    """What an import changed in one snapshot, by record id."""

    kind: ListKind
    added: list[dict[str, Any]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    changed: list[tuple[dict[str, Any], list[str]]] = field(default_factory=list)  # (new record, fields)

    def as_dict(self, examples: int = 3) -> dict[str, Any]:
        return {
            "added": len(self.added), "removed": len(self.removed), "changed": len(self.changed),
            "added_examples": [self.kind.label(r) for r in self.added[:examples]],
            "removed_examples": [self.kind.label(r) for r in self.removed[:examples]],
            "changed_examples": [f"{self.kind.label(r)}: {', '.join(fields)}" for r, fields in self.changed[:examples]],
        }

    def summary(self, examples: int = 3) -> str:
        """"+37 agreements, -2 ended, 5 changed", then a few examples of each."""
        if not (self.added or self.removed or self.changed):
            return f"no change: the same {self.kind.noun} as before."
        lines = [
            f"+{len(self.added)} {self.kind.noun}, -{len(self.removed)} {self.kind.gone}, {len(self.changed)} changed"
        ]
        for sign, records in (("+", self.added), ("-", self.removed)):
            lines.extend(f"  {sign} {self.kind.label(r)}" for r in records[:examples])
        lines.extend(f"  ~ {self.kind.label(r)}: {', '.join(fields)}" for r, fields in self.changed[:examples])
        return "\n".join(lines)


@dataclass
class ImportOutcome:
    kind: ListKind
    header: ListHeader
    path: Path
    changes: Changes
    notes: list[str]


# Bookkeeping that every record of a new edition changes: not a change to report.
NOT_COMPARED = frozenset({"list_date"})


def diff(kind: ListKind, old: tuple[dict[str, Any], ...] | list[dict[str, Any]], new: list[dict[str, Any]]) -> Changes:
    before = {str(r["id"]): r for r in old}
    after = {str(r["id"]): r for r in new}
    changes = Changes(kind)
    for key in sorted(after):
        if key not in before:
            changes.added.append(after[key])
        else:
            fields = [
                name
                for name in after[key]
                if name not in NOT_COMPARED and after[key].get(name) != before[key].get(name)
            ]
            if fields:
                changes.changed.append((after[key], fields))
    changes.removed = [before[key] for key in sorted(before) if key not in after]
    return changes


def _existing(content_root: Path, snapshot: str) -> Snapshot | None:
    path = snapshot_path(content_root, snapshot)
    if not path.is_file():
        return None
    try:
        return read_snapshot(path)
    except SnapshotError:
        return None  # a broken snapshot is replaced, not compared


def _edition(kind: ListKind, old: Snapshot | None) -> str | None:
    if old is None:
        return None
    if kind.name == "ice-287g-pending":
        dates = [str(r.get("list_date")) for r in old.records if r.get("status") == "pending" and r.get("list_date")]
        return max(dates) if dates else None
    return old.header.date


def _date_words(iso: str) -> str:
    return dt.date.fromisoformat(iso).strftime("%B %-d, %Y")


def run_import(
    name: str,
    source: Path,
    content_root: Path,
    force: bool = False,
    progress: Progress = no_progress,
    today: dt.date | None = None,
) -> ImportOutcome:
    """Import `source` as list `name` into `content_root`/data. Raises ListFormatError (a sentence)."""
    kind = KINDS.get(name)
    if kind is None:
        raise ListFormatError(f"there is no list called {name}: use one of {', '.join(KINDS)}.")
    source = Path(source)
    if not source.is_file():
        raise ListFormatError(f"{source} is not a file.")
    context = ImportContext(content_root, today)
    imported = kind.read(source, context, progress)
    old = _existing(content_root, kind.snapshot)
    previous = _edition(kind, old)
    if previous and imported.header.date < previous and not force:
        raise OlderEditionError(
            f"{source.name} is an older edition ({_date_words(imported.header.date)}) than the one in use "
            f"({_date_words(previous)}); nothing was written (use --force to import it anyway)."
        )
    header, records = _combine(kind, imported, old, content_root)
    header = replace(header, records=len(records))
    path = snapshot_path(content_root, kind.snapshot)
    changes = diff(kind, old.records if old else (), records)
    if kind.name == "ice-287g-pending":
        changes = diff(
            kind,
            [r for r in (old.records if old else ()) if r.get("status") == "pending"],
            [r for r in records if r.get("status") == "pending"],
        )
    write_snapshot(path, header, records)
    notes = list(imported.notes)
    if kind.name in ("ice-over-72", "ice-facilities"):
        notes.extend(_remerge_facilities(kind, imported, content_root))
    return ImportOutcome(kind, header, path, changes, notes)


def _combine(
    kind: ListKind, imported: ImportedList, old: Snapshot | None, content_root: Path
) -> tuple[ListHeader, list[dict[str, Any]]]:
    """The snapshot's header and records: a list that shares its snapshot keeps the other part."""
    if kind.name == "ice-287g":
        pending = [r for r in (old.records if old else ()) if r.get("status") == "pending"]
        header = imported.header
        if pending:
            header = replace(
                header,
                date_note=(
                    f"{header.date_note}; pending agencies from ICE's list of "
                    f"{max(str(r['list_date']) for r in pending)}"
                ),
            )
        return header, imported.records + pending
    if kind.name == "ice-287g-pending":
        participating = [r for r in (old.records if old else ()) if r.get("status") != "pending"]
        if old is None:
            return imported.header, imported.records
        base_note = old.header.date_note.split("; pending agencies")[0]
        header = replace(
            old.header,
            date_note=f"{base_note}; pending agencies from ICE's list of {imported.header.date}",
            imported=imported.header.imported,
        )
        return header, participating + imported.records
    if kind.name == "ice-facilities":
        over_72 = _existing(content_root, "ice-over-72")
        header = imported.header
        if over_72 is not None:
            header = replace(
                header, date_note=f"{header.date_note}; over-72-hour flags from ICE's list dated {over_72.header.date}"
            )
        return header, ice_facilities.merge(imported, over_72)
    return imported.header, imported.records


def _remerge_facilities(kind: ListKind, imported: ImportedList, content_root: Path) -> list[str]:
    """After a new over-72-hour list, the facilities snapshot's flags follow it."""
    if kind.name != "ice-over-72":
        return []
    facilities = _existing(content_root, "ice-facilities")
    if facilities is None:
        return ["the facilities snapshot is missing: import ice-facilities to merge the over-72-hour flags."]
    note = facilities.header.date_note.split("; over-72-hour")[0]
    header = replace(
        facilities.header, date_note=f"{note}; over-72-hour flags from ICE's list dated {imported.header.date}"
    )
    write_snapshot(snapshot_path(content_root, "ice-facilities"), header, ice_facilities.merge(facilities, imported))
    return ["the facilities snapshot's over-72-hour flags were updated."]


@dataclass(frozen=True)
class ListStatus:
    snapshot: str
    header: ListHeader | None
    age_days: int | None
    problem: str = ""

    def as_dict(self) -> dict[str, Any]:
        header = self.header
        return {
            "kind": self.snapshot,
            "list": header.list if header else None,
            "date": header.date if header else None,
            "age_days": self.age_days,
            "records": header.records if header else 0,
            "dropped": header.dropped if header else 0,
            "source_file": header.source_file if header else None,
            "imported": header.imported if header else None,
            "problem": self.problem,
        }


def status(content_root: Path, today: dt.date | None = None) -> list[ListStatus]:
    today = today or dt.date.today()
    found = []
    for snapshot in SNAPSHOTS:
        path = snapshot_path(content_root, snapshot)
        if not path.is_file():
            found.append(ListStatus(snapshot, None, None, "missing"))
            continue
        try:
            header = read_header(path)
            age = (today - header.list_date).days
        except (SnapshotError, ValueError) as error:
            found.append(ListStatus(snapshot, None, None, str(error)))
            continue
        found.append(ListStatus(snapshot, header, age))
    return found


def import_all(sources: Path, content_root: Path, force: bool = False) -> dict[str, tuple[ImportOutcome, float]]:
    """Import every bundled agency file found in `sources` (by its bundled name), in IMPORT_ORDER;
    kind -> (outcome, seconds). For the benchmark and for rebuilding resources/data from scratch."""
    import time

    from desktopguide.core.data.kinds import IMPORT_ORDER

    done: dict[str, tuple[ImportOutcome, float]] = {}
    for name in IMPORT_ORDER:
        source = Path(sources) / KINDS[name].bundled
        if not source.is_file():
            continue
        started = time.perf_counter()
        outcome = run_import(name, source, content_root, force=force)
        done[name] = (outcome, time.perf_counter() - started)
    return done
