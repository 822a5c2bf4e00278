"""A pack's manifest: what content it holds, which app can read it, and every file's hash.

The manifest is the only thing signed; each file is bound to it by its SHA-256, so a
file changed after signing no longer matches. Its bytes are verified exactly as stored:
the JSON is parsed only after the signature checks out.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktopguide.core.packs.errors import PackError
from desktopguide.i18n import _

FORMAT = 1  # raised when a change would make older apps misread a pack
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
CONTENT_PREFIX = "content/"  # every content file sits under this folder of the archive

_VERSION = re.compile(r"^\d{1,9}(\.\d{1,9}){0,5}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
# Letters, digits and a few marks only: a name that is the same on every file system.
_SAFE_PART = re.compile(r"^[A-Za-z0-9_@+=,-][A-Za-z0-9_.@+=,-]*$")
MAX_PATH_LENGTH = 240


@dataclass(frozen=True)
class FileEntry:
    path: str  # relative to the content root, with forward slashes
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    content_version: str
    created: str  # ISO 8601 in UTC, e.g. 2026-12-06T11:30:00Z
    min_app_version: str
    signer_key: str  # the signer's raw Ed25519 public key, base64; trusted only if the machine trusts it
    built_by: str  # the app version that built the pack
    files: tuple[FileEntry, ...] = field(default_factory=tuple)
    format: int = FORMAT

    @property
    def created_date(self) -> str:
        return self.created[:10]

    @property
    def total_size(self) -> int:
        return sum(entry.size for entry in self.files)

    def to_bytes(self) -> bytes:
        document = {
            "format": self.format,
            "content_version": self.content_version,
            "created": self.created,
            "min_app_version": self.min_app_version,
            "built_by": self.built_by,
            "signer_key": self.signer_key,
            "files": [{"path": e.path, "size": e.size, "sha256": e.sha256} for e in self.files],
        }
        return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def version_key(version: str) -> tuple[int, ...]:
    """A content version ("2026.12.06.1130") as numbers, for comparing."""
    if not _VERSION.match(version):
        raise PackError(
            _("'{version}' is not a content version: use numbers and dots, e.g. 2026.12.06.").format(version=version)
        )
    return tuple(int(part) for part in version.split("."))


def app_version_key(version: str) -> tuple[int, ...]:
    """The app's version ("0.2.0", "0.2.0.dev1") as its leading numbers."""
    numbers: list[int] = []
    for part in version.split("."):
        digits = re.match(r"\d+", part)
        if digits is None:
            break
        numbers.append(int(digits.group()))
        if digits.group() != part:
            break
    return tuple(numbers) or (0,)


def check_relative_path(name: str) -> str:
    """`name` if it is a plain relative path inside a folder, else PackError (traversal and the like)."""
    parts = name.split("/")
    unsafe = (
        not name
        or len(name) > MAX_PATH_LENGTH
        or name.startswith("/")
        or "\\" in name
        or any(part in ("", ".", "..") or not _SAFE_PART.match(part) for part in parts)
    )
    if unsafe:
        raise PackError(_("The pack holds a file with an unsafe name ({name}); it was refused.").format(name=name[:80]))
    return name


def _content_files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
            continue  # editor and system leftovers (.DS_Store, .swp) are not content
        if path.is_symlink():
            raise PackError(_("{path} is a link; a pack holds only plain files.").format(path=path))
        if path.is_file():
            yield path
        elif not path.is_dir():
            raise PackError(_("{path} is not a plain file; a pack holds only plain files.").format(path=path))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def describe_folder(root: Path) -> tuple[FileEntry, ...]:
    """Every content file under `root` (hidden files left out), with its size and hash."""
    entries = []
    for path in _content_files(root):
        relative = path.relative_to(root).as_posix()
        try:
            check_relative_path(relative)
        except PackError:
            raise PackError(
                _(
                    "{path}: a content file's name may hold only letters, digits, '.', '_' and '-' (no spaces); "
                    "rename it."
                ).format(path=path)
            ) from None
        entries.append(FileEntry(relative, path.stat().st_size, file_sha256(path)))
    return tuple(entries)


def _damaged(reason: str) -> PackError:
    return PackError(_("The pack's manifest is damaged ({reason}).").format(reason=reason))


def _text(document: dict[str, Any], key: str) -> str:
    value = document.get(key)
    if not isinstance(value, str) or not value:
        raise _damaged(f"'{key}' is missing")
    return value


def parse_manifest(data: bytes) -> Manifest:
    """The manifest in `data`, or PackError. Checks its form only; the signature is checked elsewhere."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _damaged("it is not JSON") from None
    if not isinstance(document, dict):
        raise _damaged("it is not a JSON object")
    form = document.get("format")
    if not isinstance(form, int) or isinstance(form, bool):
        raise _damaged("'format' is missing")
    if form > FORMAT:
        raise PackError(_("This pack was made in a newer format; update desktopguide to read it."))
    entries = document.get("files")
    if not isinstance(entries, list):
        raise _damaged("'files' is missing")
    files: list[FileEntry] = []
    seen: set[str] = set()
    for entry in entries:
        if not isinstance(entry, dict):
            raise _damaged("a file entry is not an object")
        path, size, sha = entry.get("path"), entry.get("size"), entry.get("sha256")
        if not isinstance(path, str) or not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise _damaged("a file entry has no path or size")
        if not isinstance(sha, str) or not _SHA256.match(sha):
            raise _damaged(f"{path} has no SHA-256")
        check_relative_path(path)
        if path.casefold() in seen:
            raise _damaged(f"{path} is listed twice")
        seen.add(path.casefold())
        files.append(FileEntry(path, size, sha))
    manifest = Manifest(
        content_version=_text(document, "content_version"),
        created=_text(document, "created"),
        min_app_version=_text(document, "min_app_version"),
        signer_key=_text(document, "signer_key"),
        built_by=_text(document, "built_by"),
        files=tuple(files),
        format=form,
    )
    version_key(manifest.content_version)
    return manifest
