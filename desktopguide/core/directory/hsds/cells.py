"""What a cell of an HSDS table holds: spreadsheet formulas quoted and unquoted, lists split."""

from __future__ import annotations

import re
from typing import Any

from desktopguide.core.directory.records import FORMULA_STARTS


def escape_formula(cell: str) -> str:
    """The cell with a single quote before a formula's first character (OWASP's rule for CSV
    injection), so that a spreadsheet shows it as text; phone numbers such as +1 703… too."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def unescape_formula(cell: str) -> str:
    """A cell as `escape_formula` found it: export, then import, gives the same records."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def split_list(value: Any) -> list[str]:
    """A list cell: a JSON list, or text separated by semicolons or commas."""
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    if value is None:
        return []
    return [part.strip() for part in re.split(r"[;,]", str(value)) if part.strip()]
