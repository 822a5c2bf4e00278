"""Every write goes through one atomic helper: the old file survives any failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktopguide.core.storage import (
    CHECKSUM_SUFFIX,
    StorageError,
    atomic_folder,
    atomic_path,
    atomic_write_text,
    checksum_matches,
    write_checksum,
)


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


def test_atomic_folder_replaces_the_folder_whole(tmp_path: Path) -> None:
    target = tmp_path / "index"
    target.mkdir()
    (target / "old-only").write_text("old")
    with atomic_folder(target) as temporary:
        assert not any(temporary.iterdir())
        (temporary / "new").write_text("new")
    assert sorted(p.name for p in target.iterdir()) == ["new"]
    assert [p.name for p in tmp_path.iterdir()] == ["index"]  # neither the temporary nor the old folder


def test_a_failed_folder_write_keeps_the_old_folder_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "index"
    target.mkdir()
    (target / "data").write_text("precious")
    with pytest.raises(RuntimeError), atomic_folder(target) as temporary:
        (temporary / "data").write_text("half")
        raise RuntimeError("writer died")
    assert (target / "data").read_text() == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["index"]


def test_atomic_folder_replaces_a_file_standing_in_its_place(tmp_path: Path) -> None:
    target = tmp_path / "index"
    target.write_text("not a folder")
    with atomic_folder(target) as temporary:
        (temporary / "data").write_text("new")
    assert (target / "data").read_text() == "new"


def test_a_folder_checksum_sees_a_changed_added_or_missing_file_but_not_a_lock_file(tmp_path: Path) -> None:
    folder = tmp_path / "index"
    (folder / "inner").mkdir(parents=True)
    (folder / "a").write_bytes(b"one")
    (folder / "inner" / "b").write_bytes(b"two")
    write_checksum(folder)
    assert (tmp_path / ("index" + CHECKSUM_SUFFIX)).is_file()
    assert checksum_matches(folder)

    (folder / ".reader.lock").write_bytes(b"")  # what a reader may make
    assert checksum_matches(folder)
    (folder / "inner" / "b").write_bytes(b"tw0")
    assert not checksum_matches(folder)
    (folder / "inner" / "b").write_bytes(b"two")
    (folder / "c").write_bytes(b"")
    assert not checksum_matches(folder)
    (folder / "c").unlink()
    (folder / "a").unlink()
    assert not checksum_matches(folder)
