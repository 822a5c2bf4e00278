"""What import reads an HSDS file into: items (rows or objects) with where they came from,
bundled by service; and the problems found, each named by file, row and column."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktopguide.core.directory.hsds.cells import unescape_formula


@dataclass(frozen=True)
class HsdsProblem:
    """One thing wrong with one cell (CSV) or field (JSON), or with a whole file."""

    file: str
    message: str
    row: int | None = None  # spreadsheet row: the header is row 1
    column: str = ""
    path: str = ""  # in JSON: where the object is, e.g. [2].phones[0]

    def format(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.path:
            where += f", {self.path}"
        if self.column:
            where += f", {'field' if self.path else 'column'} {self.column}"
        return f"{where}: {self.message}"


@dataclass
class Item:
    """One CSV row or JSON object, with where it came from."""

    values: dict[str, Any]
    file: str
    row: int | None = None
    path: str = ""

    def text(self, key: str) -> str:
        value = self.values.get(key)
        if value is None or isinstance(value, (dict, list)):
            return ""
        return unescape_formula(str(value).strip())

    def problem(self, column: str, message: str) -> HsdsProblem:
        return HsdsProblem(self.file, message, self.row, column, self.path)


@dataclass
class Bundle:
    """One HSDS service and everything that belongs to it."""

    service: Item
    organization: Item | None = None
    organization_services: int = 1
    phones: list[tuple[Item, list[Item]]] = field(default_factory=list)
    languages: list[Item] = field(default_factory=list)
    areas: list[Item] = field(default_factory=list)
    schedules: list[Item] = field(default_factory=list)
    addresses: list[Item] = field(default_factory=list)
