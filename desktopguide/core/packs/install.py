"""`pack install` and `pack rollback`: switch the content in use, in one atomic step.

Install: verify the pack (signature, trusted signer, app version, index limits) and
refuse a downgrade; unpack it into a fresh hidden staging folder beside the installed
content, hashing every file against the signed manifest as it is written (each file
through core.storage, so flushed to disk); run the content checks on the unpacked
folder; rename the staging folder to its final name; and only then write the pointer
(core.storage, atomically). Until that last write the old content is the one in use;
after it, the new one is, whole. A kill or a power cut at any step leaves one or the
other working; leftovers (staging and trash folders) are never used and are removed
by the next install. The previous content is kept for `pack rollback`; older ones go.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktopguide.core.content.problems import Problem
from desktopguide.core.packs.active import ContentInUse, bundled_version, forget_resolution, installed_manifest, resolve
from desktopguide.core.packs.archive import Limits
from desktopguide.core.packs.diff import ContentChanges, diff_content
from desktopguide.core.packs.errors import PackError
from desktopguide.core.packs.layout import (
    BUNDLED,
    CONTENT_FOLDER,
    STAGING_PREFIX,
    TRASH_PREFIX,
    Pointer,
    installed_folders,
    packs_root,
    read_pointer,
    write_pointer,
)
from desktopguide.core.packs.manifest import CONTENT_PREFIX, MANIFEST_NAME, SIGNATURE_NAME, Manifest, version_key
from desktopguide.core.packs.trust import TrustedKey, read_trusted_keys
from desktopguide.core.packs.verify import VerifiedPack, changed_after_signing, open_verified_pack
from desktopguide.core.storage import StorageError, atomic_path, atomic_write_bytes
from desktopguide.i18n import _

Progress = Callable[[str, int, int], None]  # (stage, done, total): "unpack", "check", "switch"
Checker = Callable[[Path], list[Problem]]  # the content checks; errors refuse the pack


@dataclass(frozen=True)
class InstallResult:
    manifest: Manifest
    signer: TrustedKey
    folder: Path  # the installed content folder now in use
    previous: ContentInUse
    changes: ContentChanges


def library_problems(root: Path) -> list[Problem]:
    """The Qt-free part of `desktopguide check`: every problem the loader finds."""
    from desktopguide.core.content.loader import load_library

    return load_library(root).problems


def current_content(bundled: Path, root: Path | None = None) -> ContentInUse:
    return resolve(root or packs_root(), bundled)


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


def preview(
    pack: Path, bundled: Path, trusted: list[TrustedKey] | None = None
) -> tuple[VerifiedPack, ContentChanges, ContentInUse]:
    """Verify the pack fully and say what it would change; the caller closes the pack."""
    trusted = read_trusted_keys() if trusted is None else trusted
    verified = open_verified_pack(pack, trusted)
    try:
        in_use = current_content(bundled)
        hashes = {entry.path: entry.sha256 for entry in verified.manifest.files}
        changes = diff_content(hashes, verified.read_content, in_use.root)
    except BaseException:
        verified.close()
        raise
    return verified, changes, in_use


def install_pack(
    pack: Path,
    bundled: Path,
    *,
    force: bool = False,
    check: Checker = library_problems,
    progress: Progress = _no_progress,
    limits: Limits | None = None,
    root: Path | None = None,
) -> InstallResult:
    """Install `pack` and make it the content in use, or raise PackError with nothing changed."""
    root = root or packs_root()
    trusted = read_trusted_keys()
    if not trusted:
        raise PackError(
            _(
                "No signing key is trusted on this machine, so nothing can be installed; "
                "staff can trust one with 'desktopguide pack trust KEY.pub'."
            )
        )
    progress("verify", 0, 1)
    with contextlib.closing(open_verified_pack(pack, trusted, check_hashes=False, limits=limits)) as verified:
        manifest = verified.manifest
        in_use = current_content(bundled, root)
        _refuse_downgrade(manifest, in_use, bundled, force)
        progress("verify", 1, 1)
        _make_root(root)
        _clear_leftovers(root)
        _check_free_space(root, manifest)
        staging = root / f"{STAGING_PREFIX}{secrets.token_hex(6)}"
        try:
            staging.mkdir()
            _unpack(verified, staging / CONTENT_FOLDER, progress)
            progress("check", 0, 1)
            try:
                errors = [problem for problem in check(staging / CONTENT_FOLDER) if problem.is_error]
            except Exception as error:  # a checker that breaks refuses the pack; it never crashes the install
                raise PackError(
                    _("The content checks could not run ({reason}); the pack was not installed.").format(
                        reason=type(error).__name__
                    )
                ) from error
            if errors:
                first = errors[0].format(relative_to=staging / CONTENT_FOLDER)
                raise PackError(
                    _(
                        "The pack's content fails the checks ({count} errors; the first: {problem}); it was not "
                        "installed."
                    ).format(count=len(errors), problem=first)
                )
            progress("check", 1, 1)
            hashes = {entry.path: entry.sha256 for entry in manifest.files}
            changes = diff_content(hashes, lambda path: (staging / CONTENT_FOLDER / path).read_bytes(), in_use.root)
            # The signed manifest goes last: a folder with one is complete.
            atomic_write_bytes(staging / SIGNATURE_NAME, verified.signature)
            atomic_write_bytes(staging / MANIFEST_NAME, verified.manifest_bytes)
            progress("switch", 0, 3)
            final = _free_name(root, manifest)
            os.rename(staging, final)
            _sync_folder(root)
            progress("switch", 1, 3)
        except StorageError as error:
            raise PackError(str(error)) from error
        except OSError as error:
            reason = error.strerror or str(error)
            raise PackError(
                _("The pack could not be unpacked ({reason}); nothing was changed.").format(reason=reason)
            ) from error
        finally:
            if staging.exists():
                _remove(staging, root)
    previous_name = in_use.root.parent.name if in_use.kind == "installed" else BUNDLED
    try:
        write_pointer(root, Pointer(final.name, previous_name))
    except StorageError as error:
        _remove(final, root)
        raise PackError(str(error)) from error
    progress("switch", 2, 3)
    forget_resolution()
    _prune(root, keep={final.name, previous_name})
    progress("switch", 3, 3)
    return InstallResult(manifest, verified.signer, final / CONTENT_FOLDER, in_use, changes)


def rollback(bundled: Path, root: Path | None = None) -> tuple[ContentInUse, ContentInUse]:
    """Go back to the content in use before the last install; (from, to)."""
    root = root or packs_root()
    pointer = read_pointer(root)
    in_use = current_content(bundled, root)
    if pointer is None or pointer.previous is None:
        raise PackError(_("There is no earlier content to go back to."))
    target = pointer.previous
    if target != BUNDLED:
        folder = root / target
        found = installed_manifest(folder, deep=True) if folder.is_dir() else None
        if found is None:
            raise PackError(_("The earlier content no longer verifies, so the app cannot go back to it."))
        if version_key(found[0].content_version) < version_key(bundled_version(bundled)):
            raise PackError(
                _("The earlier content is older than the content bundled with the app, which is the floor.")
            )
    current_name = in_use.root.parent.name if in_use.kind == "installed" else BUNDLED
    try:
        write_pointer(root, Pointer(target, current_name))
    except StorageError as error:
        raise PackError(str(error)) from error
    forget_resolution()
    return in_use, current_content(bundled, root)


# -- steps ----------------------------------------------------------------------------------


def _refuse_downgrade(manifest: Manifest, in_use: ContentInUse, bundled: Path, force: bool) -> None:
    new = version_key(manifest.content_version)
    if new < version_key(bundled_version(bundled)):
        raise PackError(
            _(
                "The pack's content ({version}) is older than the content bundled with the app ({floor}); it was "
                "refused."
            ).format(version=manifest.content_version, floor=bundled_version(bundled))
        )
    if new < version_key(in_use.version or "0") and not force:
        raise PackError(
            _(
                "The pack's content ({version}) is older than the content in use ({current}); "
                "staff can install it anyway with --force."
            ).format(version=manifest.content_version, current=in_use.version)
        )


def _make_root(root: Path) -> None:
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise PackError(
            _("The folder {path} cannot be made ({reason}).").format(path=root, reason=error.strerror)
        ) from error


def _check_free_space(root: Path, manifest: Manifest) -> None:
    try:
        free = shutil.disk_usage(root).free
    except OSError:
        return
    if free < manifest.total_size * 1.2 + 16 * 1024 * 1024:
        raise PackError(_("There is not enough free disk space to install the pack; nothing was changed."))


def _unpack(verified: VerifiedPack, target: Path, progress: Progress) -> None:
    files = verified.manifest.files
    for number, entry in enumerate(files, 1):
        path = target / entry.path
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(path, mode=0o644, allow_empty=True) as temporary, open(temporary, "wb") as stream:
            size, sha = verified.reader.copy_to(CONTENT_PREFIX + entry.path, stream)
            if (size, sha) != (entry.size, entry.sha256):
                raise changed_after_signing(entry.path)
        progress("unpack", number, len(files))
    # Each file's folder was synced as it was written; the folders' own entries in their parents too.
    for folder in sorted(
        {p for p in target.rglob("*") if p.is_dir()} | {target, target.parent}, key=lambda p: -len(p.parts)
    ):
        _sync_folder(folder)


def _free_name(root: Path, manifest: Manifest) -> Path:
    base = f"{manifest.content_version}-{manifest.created.replace(':', '').replace('-', '')}"
    candidate = root / base
    while candidate.exists():
        candidate = root / f"{base}-{secrets.token_hex(3)}"
    return candidate


def _sync_folder(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _remove(folder: Path, root: Path) -> None:
    """Rename out of sight first (one step), then delete: a half-deleted folder is never a candidate."""
    trash = root / f"{TRASH_PREFIX}{secrets.token_hex(6)}"
    try:
        os.rename(folder, trash)
    except OSError:
        trash = folder
    shutil.rmtree(trash, ignore_errors=True)


def _clear_leftovers(root: Path) -> None:
    for path in root.iterdir():
        if path.name.startswith((STAGING_PREFIX, TRASH_PREFIX)):
            shutil.rmtree(path, ignore_errors=True)


def _prune(root: Path, keep: set[str]) -> None:
    for folder in installed_folders(root):
        if folder.name not in keep:
            _remove(folder, root)
