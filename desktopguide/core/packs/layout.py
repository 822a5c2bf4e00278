"""Where installed content lives, and the pointer file that says which one is in use.

    <user data>/content/
        current.json                 {"active": "2026.12.06.1130-1a2b3c4d", "previous": "bundled"}
        2026.12.06.1130-1a2b3c4d/    one installed pack:
            manifest.json            its signed manifest, as it came in the pack
            manifest.sig
            content/                 the content folder the app reads
        .staging-*/ .trash-*/        an install or a clean-up under way (or cut short); never used

Switching content is one atomic write of current.json (core.storage); a folder is
renamed into place whole before the pointer names it. Kept light: the app reads this
at every start.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktopguide.core.storage import atomic_write_text, user_data_dir

POINTER_NAME = "current.json"
BUNDLED = "bundled"  # the pointer's name for the content that comes with the app
CONTENT_FOLDER = "content"
STAGING_PREFIX = ".staging-"
TRASH_PREFIX = ".trash-"


@dataclass(frozen=True)
class Pointer:
    active: str  # an installed folder's name, or BUNDLED
    previous: str | None  # what `pack rollback` returns to


def packs_root() -> Path:
    return user_data_dir() / "content"


def read_pointer(root: Path) -> Pointer | None:
    """The pointer, or None when there is none or it cannot be read (then every install is a candidate)."""
    try:
        document = json.loads((root / POINTER_NAME).read_text(encoding="utf-8"))
        active, previous = document["active"], document.get("previous")
    except (OSError, ValueError, TypeError, KeyError, UnicodeDecodeError):
        return None
    if not isinstance(active, str) or not (previous is None or isinstance(previous, str)):
        return None
    return Pointer(active, previous)


def write_pointer(root: Path, pointer: Pointer) -> None:
    """Atomically: after a power cut the file is the old pointer or the new one, never a mix."""
    text = json.dumps({"active": pointer.active, "previous": pointer.previous}, indent=1) + "\n"
    atomic_write_text(root / POINTER_NAME, text, make_parents=True)


def installed_folders(root: Path) -> list[Path]:
    """Every installed pack folder (not the ones being made or removed)."""
    try:
        return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".") and not p.is_symlink())
    except OSError:
        return []
