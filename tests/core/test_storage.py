"""Every write goes through one atomic helper: the old file survives any failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktopguide.core.storage import StorageError, atomic_path, atomic_write_text


def test_atomic_write_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    atomic_write_text(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("precious")
    with pytest.raises(RuntimeError), atomic_path(target) as temporary:
        temporary.write_text("half")
        raise RuntimeError("writer died")
    assert target.read_text() == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_writer_that_produced_nothing_does_not_replace_a_good_file(tmp_path: Path) -> None:
    target = tmp_path / "card.pdf"
    target.write_bytes(b"%PDF-1.4 good")
    with pytest.raises(StorageError, match="old file is kept"), atomic_path(target):
        pass  # as QPdfWriter does on a full disk: an empty file and no error
    assert target.read_bytes() == b"%PDF-1.4 good"


@pytest.mark.parametrize("name", ["", "."])
def test_an_empty_name_is_refused(name: str) -> None:
    with pytest.raises(StorageError, match="no file name"):
        atomic_write_text(Path(name), "x")


def test_a_folder_is_refused_as_a_target(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="is a folder"):
        atomic_write_text(tmp_path, "x")


def test_a_device_or_system_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="not a regular file"):
        atomic_write_text(Path("/dev/null"), "x")
    with pytest.raises(StorageError, match="system folder|not a regular file"):
        atomic_write_text(Path("/proc/self/new-file"), "x")


def test_a_missing_folder_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        atomic_write_text(tmp_path / "nowhere" / "out.txt", "x")


def test_make_parents_creates_the_folder(tmp_path: Path) -> None:
    target = atomic_write_text(tmp_path / "a" / "b.txt", "x", make_parents=True)
    assert target.read_text() == "x"


def test_mode_is_applied_before_the_file_appears(tmp_path: Path) -> None:
    target = atomic_write_text(tmp_path / "secret.json", "{}", mode=0o600)
    assert target.stat().st_mode & 0o777 == 0o600
