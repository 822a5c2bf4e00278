"""Whether a pack may be believed: signed, by a trusted key, unchanged, readable by this app.

The checks go from cheap to costly and stop at the first failure, each with its own
sentence: not a pack; unsigned; damaged manifest; a signature that does not match;
an untrusted key; a pack for a newer app; files that are not listed, or listed and
missing; and (reading every byte) a file changed after signing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktopguide import __version__
from desktopguide.core.packs.archive import Limits, PackReader
from desktopguide.core.packs.errors import PackError
from desktopguide.core.packs.keys import fingerprint, public_key_from_text, signature_is_valid
from desktopguide.core.packs.manifest import (
    CONTENT_PREFIX,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Manifest,
    app_version_key,
    parse_manifest,
)
from desktopguide.core.packs.trust import TrustedKey, find_trusted
from desktopguide.i18n import _

MAX_MANIFEST_BYTES = 32 * 1024 * 1024
MAX_SIGNATURE_BYTES = 1024

Progress = Callable[[str, int, int], None]


@dataclass
class VerifiedPack:
    """A pack whose signature, signer and index are good; `reader` is still open."""

    reader: PackReader
    manifest: Manifest
    signer: TrustedKey
    manifest_bytes: bytes  # exactly as signed
    signature: bytes

    def close(self) -> None:
        self.reader.close()

    def read_content(self, path: str, limit: int = MAX_MANIFEST_BYTES) -> bytes:
        return self.reader.read_bytes(CONTENT_PREFIX + path, limit)


def check_signed_manifest(
    manifest_bytes: bytes, signature: bytes, trusted: list[TrustedKey]
) -> tuple[Manifest, TrustedKey]:
    """The manifest and its trusted signer, or PackError: used for packs and for installed content alike."""
    manifest = parse_manifest(manifest_bytes)
    signer_raw = public_key_from_text(manifest.signer_key)
    if not signature_is_valid(signer_raw, signature, manifest_bytes):
        raise PackError(_("The pack's signature does not match: it was changed after it was signed, or it is damaged."))
    signer = find_trusted(trusted, signer_raw)
    if signer is None:
        raise PackError(
            _("The pack is signed by a key this machine does not trust (fingerprint {fingerprint}).").format(
                fingerprint=fingerprint(signer_raw)
            )
        )
    if app_version_key(manifest.min_app_version) > app_version_key(__version__):
        raise PackError(
            _("The pack needs desktopguide {needed} or newer; this is version {version}.").format(
                needed=manifest.min_app_version, version=__version__
            )
        )
    return manifest, signer


def open_verified_pack(
    path: Path,
    trusted: list[TrustedKey],
    *,
    check_hashes: bool = True,
    limits: Limits | None = None,
    progress: Progress | None = None,
) -> VerifiedPack:
    """Open and check the pack at `path`; without `check_hashes` the file bytes are left for
    the caller to check as it unpacks them."""
    reader = PackReader(path, limits)
    try:
        members = reader.members
        if MANIFEST_NAME not in members:
            raise PackError(_("{path} is not a content pack: it has no manifest.").format(path=reader.path.name))
        if SIGNATURE_NAME not in members:
            raise PackError(_("The pack is not signed, so it cannot be trusted."))
        manifest_bytes = reader.read_bytes(MANIFEST_NAME, MAX_MANIFEST_BYTES)
        signature = reader.read_bytes(SIGNATURE_NAME, MAX_SIGNATURE_BYTES)
        if not trusted:
            raise PackError(
                _(
                    "No signing key is trusted on this machine, so no pack can be accepted; "
                    "staff can trust one with 'desktopguide pack trust KEY.pub'."
                )
            )
        manifest, signer = check_signed_manifest(manifest_bytes, signature, trusted)
        listed = {CONTENT_PREFIX + entry.path: entry for entry in manifest.files}
        for name in members:
            if name not in listed and name not in (MANIFEST_NAME, SIGNATURE_NAME):
                raise PackError(
                    _("The pack holds a file its signed manifest does not list ({name}).").format(name=name)
                )
        for name, entry in listed.items():
            if name not in members:
                raise PackError(_("The pack lacks a file its signed manifest lists ({name}).").format(name=name))
            if members[name].file_size != entry.size:
                raise changed_after_signing(entry.path)
        if check_hashes:
            for number, (name, entry) in enumerate(listed.items(), 1):
                if reader.hash_member(name) != (entry.size, entry.sha256):
                    raise changed_after_signing(entry.path)
                if progress is not None:
                    progress("verify", number, len(listed))
    except BaseException:
        reader.close()
        raise
    return VerifiedPack(reader, manifest, signer, manifest_bytes, signature)


def changed_after_signing(path: str) -> PackError:
    return PackError(
        _("{path} in the pack was changed after the pack was signed; the pack was refused.").format(path=path)
    )
