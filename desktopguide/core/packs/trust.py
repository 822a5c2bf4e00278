"""The keys this machine accepts packs from: one JSON file in the app's configuration folder.

A machine with no trusted key installs nothing. Trusting a key is a staff action at the
machine itself (`desktopguide pack trust KEY.pub`); a pack can never add a key.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from desktopguide.core.packs.errors import PackError
from desktopguide.core.storage import StorageError, atomic_write_text, user_config_dir
from desktopguide.i18n import _

TRUST_FILE_NAME = "trusted_keys.json"
MAX_NAME_LENGTH = 80


@dataclass(frozen=True)
class TrustedKey:
    name: str
    public_key: bytes  # raw Ed25519, 32 bytes
    added: str  # ISO date

    @property
    def fingerprint(self) -> str:
        from desktopguide.core.packs.keys import fingerprint

        return fingerprint(self.public_key)


def trust_file() -> Path:
    return user_config_dir() / TRUST_FILE_NAME


def read_trusted_keys(path: Path | None = None) -> list[TrustedKey]:
    """The trusted keys; none when the file does not exist; PackError when it is damaged."""
    import base64
    import binascii

    path = path or trust_file()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError):
        raise PackError(_("The list of trusted keys ({path}) cannot be read.").format(path=path)) from None
    try:
        document = json.loads(text)
        keys = []
        for entry in document["keys"]:
            raw = base64.b64decode(entry["public_key"], validate=True)
            if len(raw) != 32 or not isinstance(entry["name"], str):
                raise ValueError
            keys.append(TrustedKey(entry["name"], raw, str(entry.get("added", ""))))
    except (ValueError, TypeError, KeyError, binascii.Error):
        raise PackError(
            _(
                "The list of trusted keys ({path}) is damaged; trust the keys again with 'desktopguide pack trust'."
            ).format(path=path)
        ) from None
    return keys


def _write(keys: list[TrustedKey], path: Path) -> None:
    import base64

    document = {
        "keys": [
            {"name": key.name, "public_key": base64.b64encode(key.public_key).decode("ascii"), "added": key.added}
            for key in keys
        ]
    }
    try:
        atomic_write_text(path, json.dumps(document, ensure_ascii=False, indent=1) + "\n", make_parents=True)
    except StorageError as error:
        raise PackError(str(error)) from error


def trust_key(public_key: bytes, name: str, path: Path | None = None, today: dt.date | None = None) -> TrustedKey:
    """Add `public_key` under `name` (renaming it when trusted already)."""
    path = path or trust_file()
    name = " ".join(name.split())[:MAX_NAME_LENGTH]
    if not name:
        raise PackError(_("A trusted key needs a name, e.g. the organisation that builds the packs."))
    keys = [key for key in read_trusted_keys(path) if key.public_key != public_key]
    added = TrustedKey(name, public_key, (today or dt.date.today()).isoformat())
    _write([*keys, added], path)
    return added


def untrust_key(fingerprint_or_name: str, path: Path | None = None) -> TrustedKey:
    """Remove the one key whose fingerprint starts with, or whose name is, the given text."""
    path = path or trust_file()
    keys = read_trusted_keys(path)
    wanted = fingerprint_or_name.replace(" ", "").lower()
    matches = [
        key
        for key in keys
        if key.name == fingerprint_or_name or (wanted and key.fingerprint.replace(" ", "").startswith(wanted))
    ]
    if len(matches) != 1:
        raise PackError(
            _("No single trusted key matches '{text}'; 'desktopguide pack keys' lists them.").format(
                text=fingerprint_or_name
            )
        )
    _write([key for key in keys if key is not matches[0]], path)
    return matches[0]


def find_trusted(keys: list[TrustedKey], public_key: bytes) -> TrustedKey | None:
    return next((key for key in keys if key.public_key == public_key), None)
