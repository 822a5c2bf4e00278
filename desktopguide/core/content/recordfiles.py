"""A folder of one-record-per-file YAML: read each file, report each broken one, keep the rest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from desktopguide.core.content.problems import ContentError, ProblemLog
from desktopguide.core.content.record_reader import RecordReader
from desktopguide.core.content.yamldoc import YamlDoc, parse_yaml

T = TypeVar("T")

# The longest guide is a few dozen kilobytes; a content file far beyond this is a mistake
# (or an attack), and parsing it would take minutes and gigabytes.
MAX_CONTENT_FILE_BYTES = 2 * 1024 * 1024


def read_content_bytes(path: Path) -> bytes:
    """The bytes of a content file; ContentError when it is larger than MAX_CONTENT_FILE_BYTES.

    OSError (an unreadable file) is the caller's to report.
    """
    with open(path, "rb") as stream:
        data = stream.read(MAX_CONTENT_FILE_BYTES + 1)  # never more, whatever the file claims to be
    if len(data) > MAX_CONTENT_FILE_BYTES:
        raise ContentError(
            f"the file is larger than {MAX_CONTENT_FILE_BYTES // (1024 * 1024)} MB, the most a content file may be; "
            "split it or remove what does not belong in it"
        )
    return data


def parse_file(path: Path, log: ProblemLog, parse: Callable[[bytes], T]) -> T | None:
    """The file read and parsed by `parse`, or None after logging why it cannot be (file and line)."""
    try:
        return parse(read_content_bytes(path))
    except ContentError as exc:
        log.error(path, exc.line, exc.message)
    except OSError as exc:
        log.error(path, 1, f"the file cannot be read: {exc.strerror or type(exc).__name__}")
    return None


def folder_entries(folder: Path, log: ProblemLog) -> list[Path] | None:
    """The entries of `folder`, sorted; None, after logging why, when it cannot be listed."""
    try:
        return sorted(folder.iterdir())
    except OSError as exc:
        log.error(folder, 1, f"the folder cannot be read: {exc.strerror or type(exc).__name__}")
        return None


def read_yaml_file(path: Path, log: ProblemLog) -> YamlDoc | None:
    """The parsed file, or None after logging why it cannot be read."""
    doc = parse_file(path, log, parse_yaml)
    if doc is None:
        return None
    if doc.data is None:
        log.error(path, 1, "the file is empty")
        return None
    return doc


def read_record_folder(
    folder: Path,
    log: ProblemLog,
    today: dt.date,
    read_one: Callable[[RecordReader], T | None],
) -> dict[str, T]:
    """Every `<id>.yaml` in `folder`, read by `read_one`; records with errors are left out."""
    records: dict[str, T] = {}
    if not folder.is_dir():
        return records
    for path in [p for p in folder_entries(folder, log) or () if p.is_file() and not p.name.startswith(".")]:
        if path.suffix not in (".yaml", ".yml"):
            log.error(path, 1, "this folder holds only <id>.yaml files")
            continue
        doc = read_yaml_file(path, log)
        if doc is None:
            continue
        reader = RecordReader(path, doc, log, today=today)
        record_id = reader.identifier("id") if isinstance(doc.data, dict) else None
        if record_id and record_id != path.stem:
            reader.error(("id",), f"the id '{record_id}' does not match the file name '{path.stem}'")
        if record_id in records:
            reader.error(("id",), f"duplicate id '{record_id}': another file in {folder.name}/ has it")
            continue
        record = read_one(reader)
        if record is None or reader.has_errors or record_id is None:
            continue
        records[record_id] = record
    return records
