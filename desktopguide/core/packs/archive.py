"""The pack file: a zip archive, read with limits before anything is trusted.

Why zip: the manifest and its signature are read straight from the archive's index,
before a single content byte is unpacked; each member's type, size and name are in
the index to be checked up front; and the format opens with ordinary tools on every
system a maintainer might use. What the index says is not trusted either: the bytes
actually unpacked are counted against the same limits.

Refused on sight: names that climb out of the folder or are absolute, links and other
non-file members, encrypted members, duplicate names (also differing in case only),
and archives past the size, count or compression-ratio limits (decompression bombs).
"""

from __future__ import annotations

import hashlib
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktopguide.core.packs.errors import PackError
from desktopguide.core.packs.manifest import check_relative_path
from desktopguide.i18n import _

CHUNK = 1 << 20


@dataclass(frozen=True)
class Limits:
    """Far above any real content (a few MB in a few hundred files), far below harm."""

    max_pack_bytes: int = 512 * 1024 * 1024
    max_members: int = 20_000
    max_member_bytes: int = 256 * 1024 * 1024
    max_total_bytes: int = 1024 * 1024 * 1024
    max_ratio: int = 200  # text compresses about 5 to 10 times; a bomb a thousand times
    ratio_from_bytes: int = 1024 * 1024  # small members may compress well without harm


def _bomb(path: Path) -> PackError:
    return PackError(
        _("{path} unpacks to far more than a content pack can hold; it was refused.").format(path=path.name)
    )


class PackReader:
    """An open pack whose index has passed the checks; `close()` it when done."""

    def __init__(self, path: Path, limits: Limits | None = None) -> None:
        self.path = Path(path)
        self.limits = limits or Limits()
        not_a_pack = PackError(_("{path} is not a content pack.").format(path=self.path.name))
        try:
            if not self.path.exists():
                raise FileNotFoundError(self.path)
            if not self.path.is_file():
                raise PackError(_("{path} is not a file.").format(path=self.path))
            if self.path.stat().st_size > self.limits.max_pack_bytes:
                raise _bomb(self.path)
            self._zip = zipfile.ZipFile(self.path)
        except PackError:
            raise
        except FileNotFoundError:
            raise PackError(_("{path} does not exist.").format(path=self.path)) from None
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
            raise not_a_pack from None
        except OSError as error:
            raise PackError(
                _("{path} cannot be read ({reason}).").format(path=self.path, reason=error.strerror)
            ) from None
        try:
            self.members = self._check_index()
        except BaseException:
            self._zip.close()
            raise

    def _check_index(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        if len(infos) > self.limits.max_members:
            raise PackError(
                _("{path} holds more files ({count}) than a content pack may; it was refused.").format(
                    path=self.path.name, count=len(infos)
                )
            )
        members: dict[str, zipfile.ZipInfo] = {}
        folded: set[str] = set()
        total = 0
        for info in infos:
            name = info.filename
            mode = info.external_attr >> 16
            file_type = stat.S_IFMT(mode)
            if stat.S_ISLNK(mode) or (file_type and not stat.S_ISREG(file_type)) or info.is_dir():
                raise PackError(
                    _("{path} holds a link or a special file ({name}); a pack holds only plain files.").format(
                        path=self.path.name, name=name[:80]
                    )
                )
            check_relative_path(name)
            if name.casefold() in folded:
                raise PackError(
                    _("{path} holds {name} twice; it was refused.").format(path=self.path.name, name=name[:80])
                )
            folded.add(name.casefold())
            if info.flag_bits & 0x1:
                raise PackError(_("{path} holds an encrypted file; it was refused.").format(path=self.path.name))
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise PackError(_("{path} uses a compression this app does not read.").format(path=self.path.name))
            total += info.file_size
            ratio_too_high = (
                info.file_size > self.limits.ratio_from_bytes
                and info.file_size > self.limits.max_ratio * max(info.compress_size, 1)
            )
            if info.file_size > self.limits.max_member_bytes or total > self.limits.max_total_bytes or ratio_too_high:
                raise _bomb(self.path)
            members[name] = info
        return members

    def close(self) -> None:
        self._zip.close()

    def names(self) -> list[str]:
        return list(self.members)

    def chunks(self, name: str) -> Iterator[bytes]:
        """The member's bytes in pieces; never more than its index entry and the limits allow."""
        info = self.members[name]
        limit = min(info.file_size, self.limits.max_member_bytes)
        read = 0
        try:
            with self._zip.open(info) as stream:
                while True:
                    chunk = stream.read(CHUNK)
                    if not chunk:
                        break
                    read += len(chunk)
                    if read > limit:
                        raise _bomb(self.path)
                    yield chunk
        except (zipfile.BadZipFile, EOFError, ValueError, OSError) as error:
            if isinstance(error, PackError):
                raise
            raise PackError(
                _("{path} is damaged ({name} cannot be read).").format(path=self.path.name, name=name)
            ) from None

    def read_bytes(self, name: str, limit: int) -> bytes:
        if self.members[name].file_size > limit:
            raise _bomb(self.path)
        return b"".join(self.chunks(name))

    def copy_to(self, name: str, stream: BinaryIO) -> tuple[int, str]:
        """Write the member to `stream`; its size and SHA-256."""
        digest = hashlib.sha256()
        size = 0
        for chunk in self.chunks(name):
            digest.update(chunk)
            stream.write(chunk)
            size += len(chunk)
        return size, digest.hexdigest()

    def hash_member(self, name: str) -> tuple[int, str]:
        digest = hashlib.sha256()
        size = 0
        for chunk in self.chunks(name):
            digest.update(chunk)
            size += len(chunk)
        return size, digest.hexdigest()
