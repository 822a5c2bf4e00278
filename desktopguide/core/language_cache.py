"""The language list for the first screen, from a small cache when languages.yaml is unchanged.

Reading the list needs Babel's locale data for every language (names in their own script,
text direction): about 80 ms and 35 MB. The result is kept as JSON in the user's cache
folder, keyed by the file's bytes and the installed Babel, so later starts skip it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib.util
import json
import os
import tempfile
from pathlib import Path

import platformdirs

from desktopguide import __version__
from desktopguide.core.model import Language
from desktopguide.core.problems import ContentError
from desktopguide.core.resources import content_dir

FORMAT_VERSION = 1


def _babel_stamp() -> str:
    # Without importing Babel: its files change when it is upgraded.
    spec = importlib.util.find_spec("babel")
    origin = spec.origin if spec is not None else None
    return str(os.stat(origin).st_mtime_ns) if origin else "none"


def cache_file(languages_yaml: bytes, cache_dir: Path | None = None) -> Path:
    digest = hashlib.sha256()
    for part in (languages_yaml, _babel_stamp().encode(), __version__.encode(), str(FORMAT_VERSION).encode()):
        digest.update(part)
        digest.update(b"\0")
    folder = cache_dir or Path(platformdirs.user_cache_dir("desktopguide", appauthor=False))
    return folder / "languages" / f"languages-{digest.hexdigest()[:16]}.json"


def load_languages_cached(root: Path | None = None, cache_dir: Path | None = None) -> dict[str, Language]:
    """What `loader.load_languages` returns, from the cache when it can be."""
    root = Path(root) if root is not None else content_dir()
    path = root / "languages.yaml"
    try:
        data = path.read_bytes()
    except OSError:
        raise ContentError(f"{root} is not a content folder: it has no languages.yaml") from None
    cached = cache_file(data, cache_dir)
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError):
        return {entry["code"]: Language(**entry) for entry in json.loads(cached.read_text(encoding="utf-8"))}
    from desktopguide.core.loader import load_languages

    languages = load_languages(root)
    with contextlib.suppress(OSError):
        _write(cached, json.dumps([dataclasses.asdict(language) for language in languages.values()], ensure_ascii=False))
    return languages


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)  # gone already when the rename worked
