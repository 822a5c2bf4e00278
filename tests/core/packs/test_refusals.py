"""Every refusal of a pack leaves the installed content and the pointer exactly as they were."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from desktopguide.core.packs.active import active_content_dir
from desktopguide.core.packs.archive import Limits
from desktopguide.core.packs.build import build_pack
from desktopguide.core.packs.errors import PackError
from desktopguide.core.packs.install import install_pack
from desktopguide.core.packs.keys import generate_key_pair
from desktopguide.core.packs.layout import packs_root
from desktopguide.core.packs.manifest import SIGNATURE_NAME
from desktopguide.core.packs.trust import untrust_key
from tests.core.packs.crafting import add_member, drop_member, replace_member, rewrite_pack


def folder_state(root: Path) -> dict[str, bytes]:
    """Every file under the installed-content folder, with its bytes."""
    if not root.exists():
        return {}
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def installed(trusted, bundled: Path, new_content: Path, tmp_path: Path) -> Path:
    """Content version 2026.02.01 installed and in use."""
    pack = build_pack(new_content, trusted[0], tmp_path / "first.dgpack", content_version="2026.02.01").path
    install_pack(pack, bundled)
    return active_content_dir(bundled)


@pytest.fixture
def good_pack(trusted, new_content: Path, tmp_path: Path) -> Path:
    """A newer, valid pack: the refusals below are each one change to it."""
    (new_content / "sources.yaml").write_text((new_content / "sources.yaml").read_text() + "\n# edited\n")
    return build_pack(new_content, trusted[0], tmp_path / "good.dgpack", content_version="2026.03.01").path


def assert_refused(pack: Path, bundled: Path, in_use: Path, words: str, **options) -> None:
    before = folder_state(packs_root())
    with pytest.raises(PackError, match=words):
        install_pack(pack, bundled, **options)
    assert folder_state(packs_root()) == before
    assert active_content_dir(bundled) == in_use


def test_the_good_pack_installs(installed: Path, good_pack: Path, bundled: Path) -> None:
    result = install_pack(good_pack, bundled)
    assert active_content_dir(bundled) == result.folder != installed
    assert result.changes.files.changed == ["sources.yaml"]


def test_unsigned_pack_is_refused(installed: Path, good_pack: Path, bundled: Path, tmp_path: Path) -> None:
    unsigned = rewrite_pack(good_pack, tmp_path / "unsigned.dgpack", drop_member(SIGNATURE_NAME))
    assert_refused(unsigned, bundled, installed, "not signed")


def test_bad_signature_is_refused(installed: Path, good_pack: Path, bundled: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(good_pack) as pack:
        signature = bytearray(pack.read(SIGNATURE_NAME))
    signature[0] ^= 0xFF
    forged = rewrite_pack(good_pack, tmp_path / "forged.dgpack", replace_member(SIGNATURE_NAME, bytes(signature)))
    assert_refused(forged, bundled, installed, "signature does not match")


def test_changed_manifest_breaks_the_signature(installed: Path, good_pack: Path, bundled: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(good_pack) as pack:
        manifest = pack.read("manifest.json").replace(b"2026.03.01", b"2026.09.01")
    forged = rewrite_pack(good_pack, tmp_path / "forged.dgpack", replace_member("manifest.json", manifest))
    assert_refused(forged, bundled, installed, "signature does not match")


def test_pack_signed_by_an_untrusted_key_is_refused(
    installed: Path, new_content: Path, bundled: Path, tmp_path: Path
) -> None:
    stranger, _public = generate_key_pair(tmp_path / "stranger")
    pack = build_pack(new_content, stranger, tmp_path / "stranger.dgpack", content_version="2026.03.01").path
    assert_refused(pack, bundled, installed, "does not trust")


def test_machine_with_no_trusted_key_installs_nothing(good_pack: Path, bundled: Path) -> None:
    untrust_key("Test legal aid")
    assert_refused(good_pack, bundled, bundled, "No signing key is trusted")


def test_file_changed_after_signing_is_refused(installed: Path, good_pack: Path, bundled: Path, tmp_path: Path) -> None:
    name = "content/sources.yaml"
    with zipfile.ZipFile(good_pack) as pack:
        original = pack.read(name)
    same_size = original.replace(b"City of Alexandria", b"City of Alexandrie")
    assert len(same_size) == len(original) and same_size != original
    tampered = rewrite_pack(good_pack, tmp_path / "tampered.dgpack", replace_member(name, same_size))
    assert_refused(tampered, bundled, installed, "changed after the pack was signed")
    longer = rewrite_pack(good_pack, tmp_path / "longer.dgpack", replace_member(name, original + b"# more\n"))
    assert_refused(longer, bundled, installed, "changed after the pack was signed")


def test_file_added_after_signing_is_refused(installed: Path, good_pack: Path, bundled: Path, tmp_path: Path) -> None:
    added = rewrite_pack(good_pack, tmp_path / "added.dgpack", add_member("content/directory/fake.yaml", b"id: fake\n"))
    assert_refused(added, bundled, installed, "does not list")


def test_file_dropped_after_signing_is_refused(installed: Path, good_pack: Path, bundled: Path, tmp_path: Path) -> None:
    dropped = rewrite_pack(good_pack, tmp_path / "dropped.dgpack", drop_member("content/sources.yaml"))
    assert_refused(dropped, bundled, installed, "lacks a file")


def test_downgrade_is_refused_unless_forced(
    installed: Path, new_content: Path, trusted, bundled: Path, tmp_path: Path
) -> None:
    older = build_pack(new_content, trusted[0], tmp_path / "older.dgpack", content_version="2026.01.15").path
    assert_refused(older, bundled, installed, "older than the content in use")
    result = install_pack(older, bundled, force=True)
    assert active_content_dir(bundled) == result.folder


def test_pack_older_than_the_bundled_content_is_refused_even_forced(
    installed: Path, new_content: Path, trusted, bundled: Path, tmp_path: Path
) -> None:
    ancient = build_pack(new_content, trusted[0], tmp_path / "ancient.dgpack", content_version="2025.06.01").path
    assert_refused(ancient, bundled, installed, "bundled with the app", force=True)


def test_pack_for_a_newer_app_is_refused(
    installed: Path, new_content: Path, trusted, bundled: Path, tmp_path: Path
) -> None:
    future = build_pack(
        new_content, trusted[0], tmp_path / "future.dgpack", content_version="2026.03.01", min_app_version="99.0"
    ).path
    assert_refused(future, bundled, installed, "needs desktopguide 99.0 or newer")


@pytest.mark.parametrize(
    "name", ["../escape.txt", "content/../../escape.txt", "/etc/escape.txt", "content/a\\..\\b.txt"]
)
def test_path_traversal_in_the_archive_is_refused(
    installed: Path, good_pack: Path, bundled: Path, tmp_path: Path, name: str
) -> None:
    crafted = rewrite_pack(good_pack, tmp_path / "traversal.dgpack", add_member(name, b"x"))
    assert_refused(crafted, bundled, installed, "unsafe name")
    assert not (tmp_path / "escape.txt").exists()


def test_link_in_the_archive_is_refused(installed: Path, good_pack: Path, bundled: Path, tmp_path: Path) -> None:
    link = zipfile.ZipInfo("content/guides/link.md")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    crafted = rewrite_pack(good_pack, tmp_path / "link.dgpack", add_member(link, b"/etc/passwd"))
    assert_refused(crafted, bundled, installed, "link or a special file")


def test_decompression_bomb_is_refused(installed: Path, good_pack: Path, bundled: Path, tmp_path: Path) -> None:
    bomb = rewrite_pack(
        good_pack, tmp_path / "bomb.dgpack", add_member("content/data/zeros.jsonl", bytes(8 * 1024 * 1024))
    )
    assert_refused(bomb, bundled, installed, "far more than a content pack can hold")


def test_too_many_files_or_bytes_are_refused(installed: Path, good_pack: Path, bundled: Path) -> None:
    with zipfile.ZipFile(good_pack) as pack:
        count, size = len(pack.infolist()), sum(info.file_size for info in pack.infolist())
    assert_refused(good_pack, bundled, installed, "more files", limits=Limits(max_members=count - 1))
    assert_refused(good_pack, bundled, installed, "far more", limits=Limits(max_total_bytes=size - 1))


def test_pack_that_fails_the_content_checks_is_refused(
    installed: Path, new_content: Path, trusted, bundled: Path, tmp_path: Path
) -> None:
    (new_content / "sources.yaml").unlink()  # every fact must cite a source: an error of `check`
    broken = build_pack(new_content, trusted[0], tmp_path / "broken.dgpack", content_version="2026.03.01").path
    assert_refused(broken, bundled, installed, "fails the checks")


def test_file_that_is_not_a_pack_is_refused(installed: Path, bundled: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.dgpack"
    junk.write_bytes(b"not a zip at all")
    assert_refused(junk, bundled, installed, "is not a content pack")


def test_a_checker_that_breaks_refuses_the_pack(installed: Path, good_pack: Path, bundled: Path) -> None:
    def broken_check(root: Path) -> list:
        raise RuntimeError("no fonts")

    assert_refused(good_pack, bundled, installed, "checks could not run", check=broken_check)
