"""`pack build`: a content folder, its signed manifest, one zip file."""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktopguide import __version__
from desktopguide.core.packs.errors import PackError
from desktopguide.core.packs.keys import fingerprint, load_secret_key, public_key_text, public_raw, sign
from desktopguide.core.packs.manifest import (
    CONTENT_PREFIX,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Manifest,
    describe_folder,
    version_key,
)
from desktopguide.core.storage import StorageError, atomic_path
from desktopguide.i18n import _

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BuiltPack:
    path: Path
    manifest: Manifest
    signer_fingerprint: str
    size: int


def default_content_version(now: dt.datetime) -> str:
    """Year.month.day.hourminute in UTC: a later build has a higher version."""
    return now.strftime("%Y.%m.%d.%H%M")


def build_pack(
    content_root: Path,
    secret_key_path: Path,
    output: Path,
    *,
    content_version: str | None = None,
    min_app_version: str | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> BuiltPack:
    """Sign every file under `content_root` into the pack `output` (written whole or not at all)."""
    content_root = Path(content_root)
    if not (content_root / "languages.yaml").is_file():
        raise PackError(_("{path} is not a content folder: it has no languages.yaml.").format(path=content_root))
    secret = load_secret_key(Path(secret_key_path))
    now = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc).replace(microsecond=0)
    version = content_version or default_content_version(now)
    version_key(version)
    app_version = min_app_version or __version__
    files = describe_folder(content_root)
    if not files:
        raise PackError(_("{path} holds no content files.").format(path=content_root))
    signer = public_raw(secret.public_key())
    manifest = Manifest(
        content_version=version,
        created=now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        min_app_version=app_version,
        signer_key=public_key_text(signer),
        built_by=__version__,
        files=files,
    )
    manifest_bytes = manifest.to_bytes()
    signature = sign(secret, manifest_bytes)
    stamp = now.timetuple()[:6]
    try:
        with (
            atomic_path(output) as temporary,
            zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as pack,
        ):
            # Manifest and signature first: a reader finds them without scanning the content.
            for name, data in ((MANIFEST_NAME, manifest_bytes), (SIGNATURE_NAME, signature)):
                pack.writestr(_member(name, stamp), data)
            for number, entry in enumerate(files, 1):
                digest = hashlib.sha256()
                with (
                    open(content_root / entry.path, "rb") as source,
                    pack.open(_member(CONTENT_PREFIX + entry.path, stamp), "w") as target,
                ):
                    for chunk in iter(lambda: source.read(1 << 20), b""):
                        target.write(chunk)
                        digest.update(chunk)
                if digest.hexdigest() != entry.sha256:  # changed while the pack was being built
                    raise PackError(
                        _("{path} changed while the pack was built; build it again.").format(path=entry.path)
                    )
                if progress is not None:
                    progress("build", number, len(files))
    except StorageError as error:
        raise PackError(str(error)) from error
    except OSError as error:
        raise PackError(
            _("The pack could not be written ({reason}).").format(reason=error.strerror or error)
        ) from error
    return BuiltPack(Path(output), manifest, fingerprint(signer), Path(output).stat().st_size)


def _member(name: str, stamp: tuple[int, ...]) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)  # type: ignore[arg-type]
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o100644 << 16  # a plain file, on every system
    return info
