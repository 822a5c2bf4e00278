"""Where desktopguide keeps its files, and the one way it writes them.

Every file the project writes goes through `atomic_path` (or the two helpers on top of
it): the data goes to a temporary file in the target's folder, is flushed and fsynced,
and only then renamed over the target. A full disk, a read-only folder or a power cut
leaves the old file as it was, never a half-written or empty one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path

APP_NAME = "desktopguide"


class StorageError(OSError):
    """A file could not be written; the message is one sentence for a person."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "a file could not be written."


def user_cache_dir() -> Path:
    """The per-user cache folder (search index, ZIP table, language list)."""
    import platformdirs  # imported here: the app's start does not need it on every path

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def user_config_dir() -> Path:
    """The per-user configuration folder (kiosk settings, trusted keys)."""
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def user_data_dir() -> Path:
    """The per-user data folder (installed content packs)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _reason(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "it is not writable"
    if error.errno == errno.ENAMETOOLONG:
        return "its name is too long"
    if error.errno == errno.ENOENT:
        return "its folder does not exist"
    if error.errno == errno.EISDIR:
        return "it is a folder"
    if error.errno in (errno.EEXIST, errno.ENOTDIR):
        return "a file stands where a folder of its path should be"
    return error.strerror or type(error).__name__


def check_writable_target(target: Path) -> None:
    """Refuse a target that is not a place for a regular file (a folder, a device, /proc)."""
    if not str(target) or str(target) in (".", ""):
        raise StorageError("no file name was given.")
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise StorageError(f"{target} cannot be written: {_reason(error)}.") from error
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise StorageError(f"{target} is a folder, not a file.")
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise StorageError(f"{target} is not a regular file; nothing was written.")
    parent = target.parent
    resolved = str(parent.resolve()) if parent.exists() else str(parent)
    if resolved == "/proc" or resolved.startswith(("/proc/", "/sys/", "/dev/")) or resolved in ("/sys", "/dev"):
        raise StorageError(f"{target} is in a system folder; nothing was written.")
    if not parent.is_dir():
        raise StorageError(f"the folder {parent} does not exist.")


@contextlib.contextmanager
def atomic_path(
    target: str | os.PathLike[str],
    *,
    mode: int | None = None,
    make_parents: bool = False,
    allow_empty: bool = False,
) -> Iterator[Path]:
    """Yield a temporary path beside `target`; when the block ends well it replaces `target`.

    For writers that need a file name (QPdfWriter, SQLite). On any error the temporary
    file is removed and `target` is untouched; an OSError becomes a StorageError.
    """
    target = Path(target)
    # Before any folder is made: a name no file system takes must leave nothing behind.
    if any(len(os.fsencode(part)) > 255 for part in target.parts):
        raise StorageError(f"{target} cannot be written: {_reason(OSError(errno.ENAMETOOLONG, ''))}.")
    if make_parents:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError(f"the folder {target.parent} cannot be made: {_reason(error)}.") from error
    check_writable_target(target)
    try:
        handle, name = tempfile.mkstemp(prefix="." + target.name[:100] + ".", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise StorageError(f"{target} cannot be written: {_reason(error)}.") from error
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        if not allow_empty and temporary.stat().st_size == 0 and target.exists() and target.stat().st_size > 0:
            # A writer that failed quietly (Qt's do) must not replace a good file with nothing.
            raise StorageError(f"{target} could not be written (nothing was produced); the old file is kept.")
        with open(temporary, "rb+") as stream:
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
        _fsync_folder(target.parent)
    except StorageError:
        raise
    except OSError as error:
        raise StorageError(f"{target} could not be written: {_reason(error)}; the old file is kept.") from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()  # gone already when the rename worked


@contextlib.contextmanager
def atomic_folder(target: str | os.PathLike[str], *, make_parents: bool = False) -> Iterator[Path]:
    """Yield an empty temporary folder beside `target`; when the block ends well it replaces
    `target` (a folder, or a file standing where it should be) whole.

    For writers that make several files (a search index). Its files are fsynced before the
    rename. Replacing a folder takes two renames: a reader in between finds none (and, for
    a cache, builds its own), never a mix of old and new files. On any error the temporary
    folder is removed and `target` is untouched; an OSError becomes a StorageError.
    """
    target = Path(target)
    try:
        if make_parents:
            target.parent.mkdir(parents=True, exist_ok=True)
        temporary = Path(tempfile.mkdtemp(prefix="." + target.name[:100] + ".", suffix=".tmp", dir=target.parent))
    except OSError as error:
        raise StorageError(f"{target} cannot be written: {_reason(error)}.") from error
    try:
        yield temporary
        for written in temporary.rglob("*"):
            if written.is_file():
                with open(written, "rb+") as stream:
                    os.fsync(stream.fileno())
        old = temporary.with_name(temporary.name + ".old")
        if target.is_dir() and not target.is_symlink():
            os.replace(target, old)
        elif target.exists() or target.is_symlink():
            target.unlink()
        os.replace(temporary, target)
        _fsync_folder(target.parent)
        shutil.rmtree(old, ignore_errors=True)
    except StorageError:
        raise
    except OSError as error:
        raise StorageError(f"{target} could not be written: {_reason(error)}; the old one is kept.") from error
    finally:
        shutil.rmtree(temporary, ignore_errors=True)  # gone already when the rename worked


def _fsync_folder(folder: Path) -> None:
    # The rename itself survives a power cut only once the folder is synced.
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def atomic_write_bytes(
    target: str | os.PathLike[str], data: bytes, *, mode: int | None = None, make_parents: bool = False
) -> Path:
    """Write `data` to `target` whole, or leave `target` as it was and raise StorageError."""
    target = Path(target)
    with atomic_path(target, mode=mode, make_parents=make_parents, allow_empty=True) as temporary:
        try:
            with open(temporary, "wb") as stream:
                stream.write(data)
                stream.flush()
        except OSError as error:
            raise StorageError(f"{target} could not be written: {_reason(error)}; the old file is kept.") from error
    return target


def atomic_write_text(
    target: str | os.PathLike[str], text: str, *, mode: int | None = None, make_parents: bool = False
) -> Path:
    """Write `text` as UTF-8 to `target` whole, or leave `target` as it was and raise StorageError."""
    return atomic_write_bytes(target, text.encode("utf-8"), mode=mode, make_parents=make_parents)


# -- caches that check themselves ------------------------------------------------------------------
# A cache file (the search index, the ZIP table) is trusted only while its bytes match the
# checksum written beside it when it was built: a file damaged by a crash, a bad disk or a
# half-copied profile is then rebuilt instead of failing on every run. CRC-32 finds
# accidental damage, which is the point, at several GB/s (a 5 MB index: a few milliseconds).
CHECKSUM_SUFFIX = ".crc32"
_CHECKSUM_CHUNK = 1024 * 1024
# Lock files a reader of a cache folder may make (Tantivy's): empty, and not part of what was built.
LOCK_SUFFIX = ".lock"


def checksum_path(path: Path) -> Path:
    return path.with_name(path.name + CHECKSUM_SUFFIX)


def _file_checksum(path: Path) -> str:
    crc = 0
    size = 0
    with open(path, "rb") as stream:
        while chunk := stream.read(_CHECKSUM_CHUNK):
            crc = zlib.crc32(chunk, crc)
            size += len(chunk)
    return f"{size} {crc:08x}"


def _checksum(path: Path) -> str:
    """A file's checksum; a folder's is one line for each file in it, by its path there."""
    if not path.is_dir():
        return _file_checksum(path)
    return "\n".join(
        f"{file.relative_to(path).as_posix()} {_file_checksum(file)}"
        for file in sorted(path.rglob("*"))
        if file.is_file() and not file.name.endswith(LOCK_SUFFIX)
    )


def write_checksum(path: str | os.PathLike[str]) -> None:
    """Record the checksum of the cache file or folder `path` beside it; StorageError when it cannot be."""
    path = Path(path)
    try:
        checksum = _checksum(path)
    except OSError as error:
        raise StorageError(f"{path} cannot be read back: {_reason(error)}.") from error
    atomic_write_text(checksum_path(path), checksum + "\n")


def checksum_matches(path: str | os.PathLike[str]) -> bool:
    """Whether the cache file or folder `path` is exactly as it was built (False when anything is missing)."""
    path = Path(path)
    try:
        recorded = checksum_path(path).read_text(encoding="utf-8").strip()
        return recorded == _checksum(path)
    except (OSError, UnicodeDecodeError):
        return False
