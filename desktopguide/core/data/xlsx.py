"""Reading the agencies' workbooks with openpyxl: the sheet, its header row, and its links."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktopguide.core.data.cleaning import ListFormatError, clean_text

DATE_IN_NAME = re.compile(r"(?:(\d{4})-(\d{2})-(\d{2})|(\d{2})(\d{2})(\d{4}))")


def open_workbook(path: Path, read_only: bool = True) -> Any:
    try:
        import openpyxl  # the maintainer's import only; the app never opens a workbook
    except ImportError:
        raise ListFormatError(
            "reading the agencies' workbooks needs openpyxl: pip install 'desktopguide[data]'."
        ) from None
    try:
        return openpyxl.load_workbook(path, read_only=read_only, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError) as error:
        raise ListFormatError(
            f"{path.name} is not an Excel workbook that can be read ({type(error).__name__})."
        ) from None
    except Exception as error:
        raise ListFormatError(
            f"{path.name} is not an Excel workbook that can be read ({type(error).__name__})."
        ) from None


def sheet(workbook: Any, path: Path, names: Sequence[str] | None, what: str) -> Any:
    """The sheet called one of `names` (any case, stray spaces ignored), or the only sheet."""
    if names is None:
        return workbook.worksheets[0]
    wanted = {" ".join(n.split()).casefold() for n in names}
    for candidate in workbook.worksheets:
        if " ".join(candidate.title.split()).casefold() in wanted:
            return candidate
    raise ListFormatError(f"{path.name} is not {what}: it has no sheet called {names[0]!r}.")


def header_row(
    rows: Sequence[Sequence[Any]], required: Sequence[str], path: Path, what: str, search: int = 15
) -> tuple[int, dict[str, int]]:
    """The index of the row naming every `required` column, and column name -> position."""
    best_missing: list[str] = list(required)
    for index, row in enumerate(rows[:search]):
        names = {(clean_text(cell) or "").casefold(): position for position, cell in enumerate(row)}
        missing = [name for name in required if name.casefold() not in names]
        if not missing:
            return index, names  # keys casefolded
        if len(missing) < len(best_missing):
            best_missing = missing
    raise ListFormatError(f"{path.name} is not {what}: it has no {', '.join(best_missing)} column.")


def row_cells(row: Sequence[Any], columns: dict[str, int]) -> Callable[[str], Any]:
    """The row's cell by column name, any case (`columns` as header_row gives them); None for a
    column the sheet lacks or a row that stops short of it."""

    def cell(name: str) -> Any:
        position = columns.get(name.casefold())
        return row[position] if position is not None and position < len(row) else None

    return cell


def saved_date(workbook: Any, today: dt.date) -> str:
    """The day the workbook was last saved (for a list with no date of its own), else today."""
    modified = getattr(workbook.properties, "modified", None)
    return (modified.date() if isinstance(modified, dt.datetime) else today).isoformat()


def date_in_name(path: Path) -> str | None:
    """The list's date from its file name: 2026-05-18 or ICE's 05182026."""
    match = DATE_IN_NAME.search(path.name)
    if not match:
        return None
    try:
        if match.group(1):
            day = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        else:
            day = dt.date(int(match.group(6)), int(match.group(4)), int(match.group(5)))
    except ValueError:
        return None
    return day.isoformat()
