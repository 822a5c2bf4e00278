"""Reading a list published as a JSON array of objects (the third-party parses of EOIR's lists)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktopguide.core.data.cleaning import ListFormatError

DATE_IN_NAME = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def read_objects(path: Path, required: Sequence[str], what: str) -> list[dict[str, Any]]:
    """The file's objects; refuses a file that is not a JSON array of objects with `required` keys."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as error:
        raise ListFormatError(f"{path.name} cannot be read ({type(error).__name__}).") from None
    except ValueError as error:
        raise ListFormatError(f"{path.name} is not {what}: it is not valid JSON ({error}).") from None
    if not isinstance(data, list) or not data or not all(isinstance(item, dict) for item in data):
        raise ListFormatError(f"{path.name} is not {what}: it is not a list of records.")
    missing = [key for key in required if not any(key in item for item in data[:20])]
    if missing:
        raise ListFormatError(f"{path.name} is not {what}: its records have no {', '.join(missing)} field.")
    return data


def date_in_name(path: Path, example: str, noun: str = "list") -> tuple[str, bool]:
    """(ISO date, whether the day was given) from a name like ...-2026-09-13.json or ...-2026-07.json;
    a name without one is refused with `example`, a name that has it."""
    match = DATE_IN_NAME.search(path.name)
    if match:
        year, month, day = match.group(1), match.group(2), match.group(3)
        if 1 <= int(month) <= 12 and (day is None or 1 <= int(day) <= 31):
            return f"{year}-{month}-{day or '01'}", day is not None
    raise ListFormatError(f"{path.name} does not say the {noun}'s date: name it like {example}.")
