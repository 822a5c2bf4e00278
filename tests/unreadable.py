"""Make one file unreadable, also for root (the tests run as root in CI, where mode 000 blocks nothing)."""

from __future__ import annotations

import builtins
import errno
import io
import os
from pathlib import Path

import pytest


def make_unreadable(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Mode 000, and every open of `path` for reading fails as it does for an ordinary user."""
    os.chmod(path, 0)
    real_open = builtins.open
    blocked = os.path.realpath(path)

    def guarded_open(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        if isinstance(file, (str, os.PathLike)) and os.path.realpath(file) == blocked:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(file, mode, *args, **kwargs)

    # builtins.open for open(); io.open for Path.read_bytes and Path.open.
    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(io, "open", guarded_open)
