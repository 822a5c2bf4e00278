"""The language list for the first screen, from a small cache when languages.yaml is unchanged.

Reading the list needs Babel's locale data for every language (names in their own script,
text direction): about 80 ms and 35 MB. The result is kept as JSON in the user's cache
folder, keyed by the file's bytes and the installed Babel, so later starts skip it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib.util
import json
import os
import zlib
from pathlib import Path

from desktopguide import __version__
from desktopguide.core.content.problems import ContentError
from desktopguide.core.content.resources import content_dir
from desktopguide.core.language.language import Language
from desktopguide.core.storage import atomic_write_text, user_cache_dir

FORMAT_VERSION = 2


def _babel_stamp() -> str:
    # Without importing Babel: its files change when it is upgraded.
    spec = importlib.util.find_spec("babel")
    origin = spec.origin if spec is not None else None
    return str(os.stat(origin).st_mtime_ns) if origin else "none"


def _key(languages_yaml: bytes) -> list[str]:
    """What the cached list was made from; the cache is used only when all of it is unchanged."""
    return [languages_yaml.decode("utf-8", "replace"), _babel_stamp(), __version__, str(FORMAT_VERSION)]


def cache_file(languages_yaml: bytes, cache_dir: Path | None = None) -> Path:
    # A CRC names the file (no hashing library to load at start); the key inside decides.
    name = zlib.crc32("\0".join(_key(languages_yaml)).encode("utf-8"))
    folder = cache_dir or user_cache_dir()
    return folder / "languages" / f"languages-{name:08x}.json"


def load_languages_cached(root: Path | None = None, cache_dir: Path | None = None) -> dict[str, Language]:
    """What `loader.load_languages` returns, from the cache when it can be."""
    root = Path(root) if root is not None else content_dir()
    path = root / "languages.yaml"
    try:
        data = path.read_bytes()
    except OSError:
        raise ContentError(f"{root} is not a content folder: it has no languages.yaml") from None
    cached = cache_file(data, cache_dir)
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError, AttributeError):
        saved = json.loads(cached.read_text(encoding="utf-8"))
        if saved["key"] == _key(data):
            return {entry["code"]: Language(**entry) for entry in saved["languages"]}
    from desktopguide.core.content.loader import load_languages

    languages = load_languages(root)
    listed = [dataclasses.asdict(language) for language in languages.values()]
    with contextlib.suppress(OSError):
        atomic_write_text(
            cached, json.dumps({"key": _key(data), "languages": listed}, ensure_ascii=False), make_parents=True
        )
    return languages
