"""Ed25519 key pairs for signing packs, with the `cryptography` library.

The secret key (NAME.key, PKCS#8 PEM, readable by its owner only) stays with the
maintainer who builds packs; the public key (NAME.pub, PEM) goes to every machine that
should accept their packs. A key is named to people by its fingerprint: the first 128
bits of the SHA-256 of its raw 32 bytes, in groups of four hex digits.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktopguide.core.packs.errors import PackError
from desktopguide.core.storage import StorageError, atomic_write_bytes
from desktopguide.i18n import _

SECRET_SUFFIX = ".key"
PUBLIC_SUFFIX = ".pub"
MAX_KEY_FILE = 64 * 1024


def fingerprint(public_raw: bytes) -> str:
    digest = hashlib.sha256(public_raw).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def public_raw(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key_text(public: bytes) -> str:
    return base64.b64encode(public).decode("ascii")


def public_key_from_text(text: str) -> bytes:
    """The raw 32 bytes of a base64 public key, or PackError."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raw = b""
    if len(raw) != 32:
        raise PackError(_("The pack names its signing key in a form that cannot be read."))
    return raw


def key_pair_paths(base: Path) -> tuple[Path, Path]:
    """NAME -> (NAME.key, NAME.pub); a NAME given with either suffix counts as NAME."""
    if base.suffix in (SECRET_SUFFIX, PUBLIC_SUFFIX):
        base = base.with_suffix("")
    return base.with_name(base.name + SECRET_SUFFIX), base.with_name(base.name + PUBLIC_SUFFIX)


def generate_key_pair(base: Path) -> tuple[Path, Path]:
    """Write NAME.key (mode 0600) and NAME.pub; an existing key is never overwritten."""
    secret_path, public_path = key_pair_paths(base)
    for path in (secret_path, public_path):
        if path.exists():
            raise PackError(
                _("{path} exists already; a key is never overwritten. Choose another name.").format(path=path)
            )
    secret = Ed25519PrivateKey.generate()
    secret_pem = secret.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    public_pem = secret.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    try:
        # The temporary file is made 0600 and stays so: the secret is never readable by others.
        atomic_write_bytes(secret_path, secret_pem, mode=0o600)
        atomic_write_bytes(public_path, public_pem, mode=0o644)
    except StorageError as error:
        raise PackError(str(error)) from error
    return secret_path, public_path


def _read_key_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_KEY_FILE:
            raise PackError(_("{path} is not a key file.").format(path=path))
        return path.read_bytes()
    except OSError as error:
        raise PackError(
            _("{path} cannot be read ({reason}).").format(path=path, reason=error.strerror or error)
        ) from None


def load_secret_key(path: Path) -> Ed25519PrivateKey:
    data = _read_key_file(path)
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        key = None
    if not isinstance(key, Ed25519PrivateKey):
        raise PackError(_("{path} is not a secret key made by 'desktopguide pack keygen'.").format(path=path))
    return key


def load_public_key(path: Path) -> bytes:
    """The raw 32 bytes of the public key in `path`, or PackError (a secret key is refused)."""
    data = _read_key_file(path)
    if b"PRIVATE KEY" in data:
        raise PackError(_("{path} is a secret key; give the public key (the .pub file) instead.").format(path=path))
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError):
        key = None
    if not isinstance(key, Ed25519PublicKey):
        raise PackError(_("{path} is not a public key made by 'desktopguide pack keygen'.").format(path=path))
    return public_raw(key)


def sign(secret: Ed25519PrivateKey, data: bytes) -> bytes:
    return secret.sign(data)


def signature_is_valid(public: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
