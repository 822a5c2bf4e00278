"""Build, verify, install and roll back; which content the app starts on."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.resources import bundled_content_dir, content_dir
from desktopguide.core.packs.active import active_content_dir, bundled_version, content_in_use, forget_resolution
from desktopguide.core.packs.build import build_pack
from desktopguide.core.packs.diff import diff_folders
from desktopguide.core.packs.errors import PackError
from desktopguide.core.packs.install import install_pack, preview, rollback
from desktopguide.core.packs.layout import packs_root, read_pointer
from desktopguide.core.packs.trust import read_trusted_keys, untrust_key
from desktopguide.core.packs.verify import open_verified_pack


def test_round_trip_on_the_bundled_content(trusted, tmp_path: Path) -> None:
    bundled = bundled_content_dir()
    pack = build_pack(bundled, trusted[0], tmp_path / "full.dgpack", content_version="2999.01.01").path
    verified, changes, in_use = preview(pack, bundled)
    verified.close()
    assert (in_use.kind, changes.is_empty) == ("bundled", True)
    assert verified.signer.name == "Test legal aid"
    assert len(verified.manifest.files) == sum(1 for p in bundled.rglob("*") if p.is_file() and "/." not in str(p))

    result = install_pack(pack, bundled)
    assert content_dir() == result.folder  # what the app and every command now read
    library = load_library()
    assert library.root == result.folder and not [p for p in library.problems if p.is_error]
    assert load_library(bundled).content_hash == library.content_hash  # the same files, byte for byte
    assert content_in_use().kind == "installed" and content_in_use().version == "2999.01.01"

    before, after = rollback(bundled)
    assert (before.kind, after.kind) == ("installed", "bundled")
    assert content_dir() == bundled
    again, back = rollback(bundled)  # a rollback can itself be undone
    assert (again.kind, back.root) == ("bundled", result.folder)


def test_build_refuses_a_link_in_the_content(trusted, new_content: Path, tmp_path: Path) -> None:
    (new_content / "directory" / "link.yaml").symlink_to(new_content / "sources.yaml")
    with pytest.raises(PackError, match="is a link"):
        build_pack(new_content, trusted[0], tmp_path / "p.dgpack")
    assert not (tmp_path / "p.dgpack").exists()


def test_every_subfolder_goes_into_the_pack(trusted, new_content: Path, tmp_path: Path) -> None:
    snapshot = new_content / "data" / "ice-287g.jsonl"
    snapshot.parent.mkdir()
    snapshot.write_text('{"kind": "ice-287g"}\n{"id": "a", "n": 1}\n', encoding="utf-8")
    (new_content / "anything" / "deeper").mkdir(parents=True)
    (new_content / "anything" / "deeper" / "note.txt").write_text("x")
    (new_content / ".DS_Store").write_text("not content")
    pack = build_pack(new_content, trusted[0], tmp_path / "p.dgpack").path
    with contextlib.closing(open_verified_pack(pack, read_trusted_keys())) as verified:
        paths = {entry.path for entry in verified.manifest.files}
    assert {"data/ice-287g.jsonl", "anything/deeper/note.txt", "languages.yaml", "sources.yaml"} <= paths
    assert ".DS_Store" not in paths


def test_verify_names_what_changes(bundled: Path, new_content: Path) -> None:
    (new_content / "guides" / "new-guide").mkdir()
    shutil.copy(new_content / "guides" / "stopped" / "en.md", new_content / "guides" / "new-guide" / "en.md")
    (new_content / "guides" / "agents-at-door" / "en.md").write_text("changed")
    removed = min((new_content / "directory").iterdir())
    removed.unlink()
    (new_content / "glossary" / "new-term.yaml").write_text("id: new-term\n")
    (new_content / "data").mkdir()
    (bundled / "data").mkdir()
    (bundled / "data" / "eoir.jsonl").write_text(
        '{"kind": "eoir"}\n{"id": "a", "n": 1}\n{"id": "b", "n": 1}\n{"id": "c"}\n'
    )
    (new_content / "data" / "eoir.jsonl").write_text(
        '{"kind": "eoir", "date": "new"}\n{"id": "a", "n": 2}\n{"id": "c"}\n{"id": "d"}\n'
    )
    (new_content / "content.yaml").unlink()
    changes = diff_folders(new_content, bundled)
    assert changes.guides.added == ["new-guide"]
    assert changes.guides.changed == ["agents-at-door"]
    assert changes.records["directory"].removed == [removed.stem]
    assert changes.records["glossary"].added == ["new-term"]
    eoir = changes.records["data/eoir"]
    assert (eoir.added, eoir.changed, eoir.removed) == (["d"], ["a"], ["b"])
    assert changes.files.removed == ["content.yaml"]


def install_version(version: str, content: Path, key: Path, bundled: Path, tmp_path: Path, **options) -> Path:
    pack = build_pack(content, key, tmp_path / f"{version}.dgpack", content_version=version).path
    return install_pack(pack, bundled, **options).folder


def test_only_the_previous_content_is_kept(trusted, bundled: Path, new_content: Path, tmp_path: Path) -> None:
    first = install_version("2026.02.01", new_content, trusted[0], bundled, tmp_path)
    second = install_version("2026.03.01", new_content, trusted[0], bundled, tmp_path)
    third = install_version("2026.04.01", new_content, trusted[0], bundled, tmp_path)
    assert not first.exists() and second.exists() and third.exists()
    assert read_pointer(packs_root()).previous == second.parent.name
    rollback(bundled)
    assert active_content_dir(bundled) == second
    (packs_root() / "current.json").unlink()  # no pointer: nothing says what came before
    with pytest.raises(PackError, match="no earlier content"):
        rollback(bundled)


def test_damaged_installed_content_falls_back_to_the_previous_one(
    trusted, bundled: Path, new_content: Path, tmp_path: Path
) -> None:
    older = install_version("2026.02.01", new_content, trusted[0], bundled, tmp_path)
    newer = install_version("2026.03.01", new_content, trusted[0], bundled, tmp_path)
    assert active_content_dir(bundled) == newer
    (newer / "sources.yaml").write_text("cut short")  # a file of another size: no longer verifies
    forget_resolution()
    assert active_content_dir(bundled) == older
    (older / "languages.yaml").unlink()
    forget_resolution()
    assert active_content_dir(bundled) == bundled


def test_content_of_a_key_no_longer_trusted_is_not_used(
    trusted, bundled: Path, new_content: Path, tmp_path: Path
) -> None:
    installed = install_version("2026.02.01", new_content, trusted[0], bundled, tmp_path)
    assert active_content_dir(bundled) == installed
    untrust_key("Test legal aid")
    assert active_content_dir(bundled) == bundled


def test_bundled_content_newer_than_the_installed_pack_wins(
    trusted, bundled: Path, new_content: Path, tmp_path: Path
) -> None:
    installed = install_version("2026.02.01", new_content, trusted[0], bundled, tmp_path)
    assert active_content_dir(bundled) == installed
    (bundled / "content.yaml").write_text("version: 2026.05.01\n")  # the app was upgraded
    assert active_content_dir(bundled) == bundled


def test_a_damaged_pointer_falls_back_to_the_newest_install(
    trusted, bundled: Path, new_content: Path, tmp_path: Path
) -> None:
    install_version("2026.02.01", new_content, trusted[0], bundled, tmp_path)
    newest = install_version("2026.03.01", new_content, trusted[0], bundled, tmp_path)
    rollback(bundled)
    (packs_root() / "current.json").write_text("{ half")
    assert active_content_dir(bundled) == newest


def test_build_names_a_content_file_whose_name_would_not_travel(trusted, new_content: Path, tmp_path: Path) -> None:
    (new_content / "directory" / "legal aid.yaml").write_text("id: x\n")
    with pytest.raises(PackError, match="legal aid.yaml: a content file's name may hold only"):
        build_pack(new_content, trusted[0], tmp_path / "p.dgpack")


def test_a_damaged_bundled_version_never_stops_the_start(
    trusted, bundled: Path, new_content: Path, tmp_path: Path
) -> None:
    installed = install_version("2026.02.01", new_content, trusted[0], bundled, tmp_path)
    (bundled / "content.yaml").write_text("version: 2026..05\n")
    assert bundled_version(bundled) == "0"
    assert active_content_dir(bundled) == installed
    (packs_root() / installed.parent.name / "manifest.json").write_bytes(b"\xff\xfe not json")
    forget_resolution()  # as at the next start
    assert active_content_dir(bundled) == bundled
