"""Reading a list published as one CSV table (UWCHR's county table, DOJ's typed-up list)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from desktopguide.core.data.cleaning import ListFormatError


def read_rows(path: Path, required: Sequence[str], what: str) -> list[dict[str, str]]:
    """The table's rows, keyed by column names folded to lower case; refuses a file that cannot be
    read as CSV or lacks a `required` column (given in lower case)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as stream:
            reader = csv.DictReader(stream)
            columns = [c.strip().casefold() for c in reader.fieldnames or []]
            missing = [c for c in required if c not in columns]
            if missing:
                raise ListFormatError(f"{path.name} is not {what}: it has no {', '.join(missing)} column.")
            reader.fieldnames = columns
            return list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ListFormatError(f"{path.name} cannot be read as a CSV file ({error}).") from None
