"""Which content the app uses: the installed pack the pointer names if it still verifies,
else the newest other installed pack that verifies, else the content bundled with the app.

The bundled content is the floor: an installed pack older than it is never used (after
an app upgrade the new app's own content wins). "Verifies" at start means: the stored
manifest's signature is good, by a key trusted now (a key taken back stops its content),
for this app's version, and every listed file is there with its listed size (a cut-short
copy fails). Every byte was hashed when the pack was installed; `deep` hashes again.

With nothing installed this costs the app's start one `stat`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktopguide.core.packs.layout import BUNDLED, CONTENT_FOLDER, installed_folders, packs_root, read_pointer

if TYPE_CHECKING:  # imported when needed: with nothing installed the start pays for none of them
    from desktopguide.core.packs.manifest import Manifest
    from desktopguide.core.packs.trust import TrustedKey

CONTENT_VERSION_FILE = "content.yaml"  # in the bundled folder: `version: 2026.12.06`
_VERSION_LINE = re.compile(r"^version:\s*[\"']?([0-9.]+)[\"']?\s*(#.*)?$", re.MULTILINE)

_cache: dict[tuple[object, ...], Path] = {}


@dataclass(frozen=True)
class ContentInUse:
    """What About shows: which content, its version and date, who signed it."""

    root: Path
    kind: str  # "installed", "bundled" or "folder" (given with --content)
    version: str
    created: str = ""  # ISO date the pack was built
    signer_name: str = ""
    signer_fingerprint: str = ""


def bundled_version(bundled: Path) -> str:
    """The bundled content's version from its content.yaml; "0" when it has none."""
    try:
        text = (bundled / CONTENT_VERSION_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return "0"
    match = _VERSION_LINE.search(text)
    version = match.group(1) if match else "0"
    return version if re.fullmatch(r"\d{1,9}(\.\d{1,9}){0,5}", version) else "0"


def installed_manifest(
    folder: Path, trusted: list[TrustedKey] | None = None, *, deep: bool = False
) -> tuple[Manifest, TrustedKey] | None:
    """The installed folder's (manifest, signer) when it verifies, else None."""
    from desktopguide.core.packs.errors import PackError
    from desktopguide.core.packs.manifest import MANIFEST_NAME, SIGNATURE_NAME, file_sha256
    from desktopguide.core.packs.trust import read_trusted_keys
    from desktopguide.core.packs.verify import check_signed_manifest

    try:
        if trusted is None:
            trusted = read_trusted_keys()
        manifest, signer = check_signed_manifest(
            (folder / MANIFEST_NAME).read_bytes(), (folder / SIGNATURE_NAME).read_bytes(), trusted
        )
        content = folder / CONTENT_FOLDER
        for entry in manifest.files:
            path = content / entry.path
            if path.is_symlink() or path.stat().st_size != entry.size:
                return None
            if deep and file_sha256(path) != entry.sha256:
                return None
    except (OSError, PackError):
        return None
    return manifest, signer


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size, info.st_ino)


def active_content_dir(bundled: Path) -> Path:
    """The content folder the app and the commands use by default."""
    root = packs_root()
    if not root.is_dir():
        return bundled
    from desktopguide.core.packs.trust import trust_file

    # Resolved again whenever the pointer, the trusted keys or the bundled version change.
    key = (
        str(root),
        str(bundled),
        _stamp(root / "current.json"),
        _stamp(root),
        _stamp(trust_file()),
        _stamp(bundled / CONTENT_VERSION_FILE),
    )
    cached = _cache.get(key)
    if cached is None:
        try:
            cached = resolve(root, bundled).root
        except Exception:
            cached = bundled
        _cache.clear()
        _cache[key] = cached
    return cached


def forget_resolution() -> None:
    """After an install or a rollback in this process."""
    _cache.clear()


def resolve(root: Path, bundled: Path) -> ContentInUse:
    from desktopguide.core.packs.errors import PackError
    from desktopguide.core.packs.manifest import version_key
    from desktopguide.core.packs.trust import read_trusted_keys

    floor_version = bundled_version(bundled)
    floor = version_key(floor_version)
    fallback = ContentInUse(bundled, "bundled", floor_version)
    folders = installed_folders(root)
    if not folders:
        return fallback
    try:
        trusted = read_trusted_keys()
    except PackError:
        return fallback
    if not trusted:
        return fallback
    pointer = read_pointer(root)
    if pointer is not None and pointer.active == BUNDLED:
        return fallback
    # The pointer's choice first; only when it fails are the others looked at.
    folders.sort(key=lambda folder: pointer is None or folder.name != pointer.active)
    verified = []
    for folder in folders:
        found = installed_manifest(folder, trusted)
        if found is not None and version_key(found[0].content_version) >= floor:
            verified.append((folder, *found))
            if pointer is not None and folder.name == pointer.active:
                break
    if not verified:
        return fallback
    chosen = verified[0] if pointer is not None and verified[0][0].name == pointer.active else None
    if chosen is None:
        chosen = max(verified, key=lambda item: version_key(item[1].content_version))
    folder, manifest, signer = chosen
    return ContentInUse(
        folder / CONTENT_FOLDER,
        "installed",
        manifest.content_version,
        manifest.created_date,
        signer.name,
        signer.fingerprint,
    )


def content_in_use(root: Path | None = None) -> ContentInUse:
    """What the app shows about the content at `root` (default: the content in use)."""
    from desktopguide.core.content.resources import bundled_content_dir, content_dir

    bundled = bundled_content_dir()
    root = Path(root) if root is not None else content_dir()
    if root.resolve() == bundled.resolve():
        return ContentInUse(bundled, "bundled", bundled_version(bundled))
    installed = packs_root()
    if root.name == CONTENT_FOLDER and root.parent.parent.resolve() == installed.resolve():
        found = installed_manifest(root.parent)
        if found is not None:
            manifest, signer = found
            return ContentInUse(
                root, "installed", manifest.content_version, manifest.created_date, signer.name, signer.fingerprint
            )
    return ContentInUse(root, "folder", "")
