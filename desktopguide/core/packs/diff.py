"""What a pack changes against the content in use, in the words staff think in.

Guides by their folder (added, changed, removed); records by their id: one `<id>.yaml`
per record in the record folders (directory, places, glossary, any other), one line per
record in the data snapshots (`data/*.jsonl`, keyed by "id"); any other file by its name.
Files are compared by SHA-256; only snapshots that differ are read line by line.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from desktopguide.core.data.snapshot import SNAPSHOT_FOLDER as SNAPSHOTS
from desktopguide.core.data.snapshot import SUFFIX as SNAPSHOT_SUFFIX
from desktopguide.core.packs.manifest import describe_folder

GUIDES = "guides"
RECORD_SUFFIXES = (".yaml", ".yml")


@dataclass
class Changes:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


@dataclass
class ContentChanges:
    guides: Changes = field(default_factory=Changes)
    records: dict[str, Changes] = field(default_factory=dict)  # "directory", "places", "data/ice-287g", ...
    files: Changes = field(default_factory=Changes)  # anything else: sources.yaml, languages.yaml, ...

    @property
    def is_empty(self) -> bool:
        return not (self.guides or any(self.records.values()) or self.files)

    def as_dict(self) -> dict[str, object]:
        def one(changes: Changes) -> dict[str, list[str]]:
            return {"added": changes.added, "changed": changes.changed, "removed": changes.removed}

        return {
            "guides": one(self.guides),
            "records": {kind: one(changes) for kind, changes in sorted(self.records.items()) if changes},
            "files": one(self.files),
        }


def _group(path: str) -> tuple[str, str]:
    """(what it counts under, the name of the item) for one content file."""
    parts = PurePosixPath(path).parts
    if parts[0] == GUIDES and len(parts) >= 3:
        return GUIDES, parts[1]
    if len(parts) == 2 and parts[0] == SNAPSHOTS and parts[1].endswith(SNAPSHOT_SUFFIX):
        return f"{SNAPSHOTS}/{parts[1][: -len(SNAPSHOT_SUFFIX)]}", ""
    if len(parts) == 2 and parts[1].endswith(RECORD_SUFFIXES):
        return parts[0], PurePosixPath(parts[1]).stem
    return "", path


def _snapshot_records(data: bytes) -> dict[str, bytes]:
    """id -> the record's line; the header (first line) is not a record."""
    records: dict[str, bytes] = {}
    for line in data.splitlines()[1:]:
        if not line.strip():
            continue
        try:
            record_id = str(json.loads(line)["id"])
        except (ValueError, KeyError, TypeError):
            record_id = line.decode("utf-8", "replace")[:60]
        records[record_id] = line
    return records


def diff_content(
    new_hashes: Mapping[str, str], read_new: Callable[[str], bytes], current_root: Path | None
) -> ContentChanges:
    """`new_hashes` (path -> sha256) against the folder `current_root` (None: nothing yet)."""
    old_hashes = {entry.path: entry.sha256 for entry in describe_folder(current_root)} if current_root else {}
    changes = ContentChanges()

    def bucket(kind: str) -> Changes:
        if kind == GUIDES:
            return changes.guides
        if not kind:
            return changes.files
        return changes.records.setdefault(kind, Changes())

    guide_state: dict[str, set[str]] = {}
    for path in sorted(set(old_hashes) | set(new_hashes)):
        old, new = old_hashes.get(path), new_hashes.get(path)
        if old == new:
            if path in old_hashes:
                kind, name = _group(path)
                if kind == GUIDES:
                    guide_state.setdefault(name, set()).add("same")
            continue
        kind, name = _group(path)
        if kind == GUIDES:
            guide_state.setdefault(name, set()).add("old" if new is None else "new" if old is None else "changed")
        elif kind.startswith(SNAPSHOTS + "/"):
            before = _snapshot_records((current_root / path).read_bytes()) if old is not None and current_root else {}
            after = _snapshot_records(read_new(path)) if new is not None else {}
            target = bucket(kind)
            target.added += sorted(set(after) - set(before))
            target.removed += sorted(set(before) - set(after))
            target.changed += sorted(i for i in set(before) & set(after) if before[i] != after[i])
        else:
            target = bucket(kind)
            (target.removed if new is None else target.added if old is None else target.changed).append(name)
    for guide, states in sorted(guide_state.items()):
        if states == {"new"}:
            changes.guides.added.append(guide)
        elif states == {"old"}:
            changes.guides.removed.append(guide)
        elif states != {"same"}:
            changes.guides.changed.append(guide)
    return changes


def diff_folders(new_root: Path, current_root: Path | None) -> ContentChanges:
    """Two content folders on disk (used after an install and by tests)."""
    new_hashes = {entry.path: entry.sha256 for entry in describe_folder(new_root)}
    return diff_content(new_hashes, lambda path: (new_root / path).read_bytes(), current_root)
