"""Snapshots of official lists: one header line, records sorted by id, read back the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktopguide.core.data.snapshot import (
    ListHeader,
    SnapshotError,
    read_header,
    read_snapshot,
    snapshot_path,
    write_snapshot,
)

HEADER = ListHeader(
    kind="ice-287g",
    list="287(g) participating agencies",
    publisher="U.S. Immigration and Customs Enforcement",
    url="https://www.ice.gov/identify-and-arrest/287g",
    date="2026-05-18",
    source_file="287g-participating-agencies-2026-05-18.xlsx",
    imported="2026-12-06",
)


def test_snapshot_round_trip_sorts_records_and_counts_them(tmp_path: Path) -> None:
    path = snapshot_path(tmp_path, "ice-287g")
    write_snapshot(path, HEADER, [{"id": "b", "agency": "B"}, {"id": "a", "agency": "A"}])
    snapshot = read_snapshot(path)
    assert [record["id"] for record in snapshot.records] == ["a", "b"]
    assert snapshot.header.records == 2
    assert read_header(path).list_date.isoformat() == "2026-05-18"
    assert path.read_text(encoding="utf-8").count("\n") == 3


def test_duplicate_ids_are_refused_and_nothing_is_written(tmp_path: Path) -> None:
    path = snapshot_path(tmp_path, "ice-287g")
    with pytest.raises(SnapshotError, match="share an id"):
        write_snapshot(path, HEADER, [{"id": "a"}, {"id": "a"}])
    assert not path.exists()


def test_a_broken_record_is_reported_by_file_and_line(tmp_path: Path) -> None:
    path = snapshot_path(tmp_path, "ice-287g")
    write_snapshot(path, HEADER, [{"id": "a"}])
    path.write_text(path.read_text() + "{not json\n", encoding="utf-8")
    with pytest.raises(SnapshotError, match=r"ice-287g.jsonl:3:"):
        read_snapshot(path)
