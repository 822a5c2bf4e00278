"""Tooling for translators of guides: what is left to do in a language, and the
`translation:` block written for them, so nobody computes a content hash by hand."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from desktopguide.core.content.guides import guide_source_hash, read_guide_file
from desktopguide.core.content.model import SOURCE_LANGUAGE, Library
from desktopguide.core.content.problems import ContentError, ProblemLog

# Why a guide is on a language's to-do list, most work first.
MISSING = "missing"  # no file in this language
CARD_ONLY = "card only"  # a file with the card but no guide text (the reader shows English)
OUT_OF_DATE = "out of date"  # made from an older English text
STATES = (MISSING, CARD_ONLY, OUT_OF_DATE)


@dataclass(frozen=True)
class GuideTodo:
    guide_id: str
    state: str
    path: Path  # the file to write: guides/<id>/<lang>.md
    english_hash: str  # the from_hash a translation of today's English records


def guide_todo(library: Library, lang: str) -> list[GuideTodo]:
    """Every guide whose `lang` text is missing, has only its card, or is out of date."""
    todo: list[GuideTodo] = []
    for guide_id, guide in sorted(library.guides.items()):
        source = guide.source_text
        english_hash = guide_source_hash(source)
        path = source.path.with_name(f"{lang}.md")
        text = guide.texts.get(lang)
        if text is None:
            state = MISSING
        elif not text.has_body:
            state = CARD_ONLY
        elif text.translation.out_of_date or text.translation.from_hash != english_hash:
            state = OUT_OF_DATE
        else:
            continue
        todo.append(GuideTodo(guide_id, state, path, english_hash))
    return todo


def english_hash_for(path: Path, today: dt.date | None = None) -> str:
    """The hash of the English text next to a translated file (guides/<id>/en.md)."""
    english = path.with_name(f"{SOURCE_LANGUAGE}.md")
    if not english.is_file():
        raise ContentError(f"{english} does not exist: a translation needs the English guide next to it")
    log = ProblemLog()
    text = read_guide_file(english, log, today or dt.date.today())
    if text is None:
        first = log.problems[0] if log.problems else None
        where = f" ({first.format()})" if first else ""
        raise ContentError(f"{english} cannot be read, so its hash is unknown{where}")
    return guide_source_hash(text)


_HEADER_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


def stamp_translation(text: str, from_hash: str, today: dt.date | None = None) -> str:
    """`text` (a translated guide file) with its `translation:` block set to
    `status: machine` and `from_hash`, and its `updated:` (when present) set to today.

    Only those lines change, so a diff shows exactly what was stamped. The status is always
    `machine`: a file changed by the project is not one a person has reviewed.
    """
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise ContentError("the file does not start with a '---' header line")
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip("\r\n") == "---"), None)
    if end is None:
        raise ContentError("the header has no closing '---' line")
    newline = "\r\n" if lines[0].endswith("\r\n") else "\n"
    block = [f"translation:{newline}", f"  status: machine{newline}", f'  from_hash: "{from_hash}"{newline}']
    header = lines[1:end]
    start = next((i for i, line in enumerate(header) if _key(line) == "translation"), None)
    if start is None:
        # After the card when there is one (where the other languages keep it), else at the end.
        card = next((i for i, line in enumerate(header) if _key(line) == "card"), None)
        start = stop = len(header) if card is None else card
    else:
        stop = start + 1
        while stop < len(header) and (header[stop][:1] in (" ", "\t") or not header[stop].strip()):
            stop += 1
    header[start:stop] = block
    if today is not None:
        header = [f"updated: {today.isoformat()}{newline}" if _key(line) == "updated" else line for line in header]
    return "".join([lines[0], *header, *lines[end:]])


def _key(line: str) -> str | None:
    match = _HEADER_KEY.match(line)
    return match.group(1) if match else None
