"""Load a resources folder into one validated `Library`, with every problem found on the way."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from desktopguide.core.content.glossary import read_term
from desktopguide.core.content.guides import read_guides
from desktopguide.core.content.model import Language, Library
from desktopguide.core.content.problems import ContentError, ProblemLog
from desktopguide.core.content.recordfiles import read_record_folder, read_yaml_file
from desktopguide.core.content.references import check_references
from desktopguide.core.content.resources import content_dir
from desktopguide.core.content.sources import read_sources
from desktopguide.core.content.translation_status import Record, check_record_translations
from desktopguide.core.directory.records import read_directory_record
from desktopguide.core.language.languages_file import read_languages
from desktopguide.core.places.profiles import read_place


def load_library(root: Path | None = None, today: dt.date | None = None) -> Library:
    """Read every content file under `root` (default: the bundled content).

    Broken files and records are reported in `library.problems` and left out; everything
    valid is loaded. Raises ContentError only when `root` is not a content folder at all.
    """
    root = Path(root) if root is not None else content_dir()
    if not root.is_dir():
        raise ContentError(f"the content folder {root} does not exist")
    today = today or dt.date.today()
    log = ProblemLog()
    library = Library(root=root)

    languages_file = root / "languages.yaml"
    if not languages_file.is_file():
        raise ContentError(f"{root} is not a content folder: it has no languages.yaml")
    doc = read_yaml_file(languages_file, log)
    if doc is not None:
        library.languages = read_languages(languages_file, doc, log)
    codes = list(library.languages)

    sources_file = root / "sources.yaml"
    doc = read_yaml_file(sources_file, log) if sources_file.is_file() else None
    if sources_file.is_file() and doc is not None:
        library.sources = read_sources(sources_file, doc, log)
    elif not sources_file.is_file():
        log.error(sources_file, 1, "sources.yaml is missing: every fact must cite a source")

    library.guides = read_guides(root / "guides", set(codes), log, today)
    library.directory = read_record_folder(root / "directory", log, today, lambda r: read_directory_record(r, codes))
    library.places = read_record_folder(root / "places", log, today, lambda r: read_place(r, codes))
    library.glossary = read_record_folder(root / "glossary", log, today, lambda r: read_term(r, codes))
    records: list[Record] = [*library.directory.values(), *library.places.values(), *library.glossary.values()]
    for record in records:
        check_record_translations(record, log)
    check_references(library, log)

    library.problems = sorted(log.problems, key=lambda p: (str(p.path), p.line))
    library.content_hash = content_hash(root)
    return library


def load_languages(root: Path | None = None) -> dict[str, Language]:
    """Only the language list: enough for the first screen while the rest loads."""
    root = Path(root) if root is not None else content_dir()
    path = root / "languages.yaml"
    if not path.is_file():
        raise ContentError(f"{root} is not a content folder: it has no languages.yaml")
    doc = read_yaml_file(path, ProblemLog())
    return read_languages(path, doc, ProblemLog()) if doc is not None else {}


def content_hash(root: Path) -> str:
    """A hash of every content file's name and bytes: it changes whenever content does.

    Files are hashed in chunks, so a large one (a data snapshot, or an oversized file the
    loader refuses) costs no memory. A file that cannot be read (reported by the loader, by
    file) counts by its size and time instead, so one such file never stops the load.
    """
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(root)).encode("utf-8", "surrogateescape"))
        digest.update(b"\0")
        file_digest = hashlib.sha256()
        try:
            with open(path, "rb") as stream:
                for chunk in iter(lambda: stream.read(1 << 20), b""):
                    file_digest.update(chunk)
        except OSError:
            file_digest = hashlib.sha256(_file_stamp(path))
        digest.update(file_digest.digest())
    return digest.hexdigest()[:16]


def _file_stamp(path: Path) -> bytes:
    try:
        info = path.stat()
    except OSError:
        return b"unreadable"
    return f"unreadable {info.st_size} {info.st_mtime_ns}".encode()
