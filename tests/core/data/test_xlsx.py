"""Reading the agencies' workbooks: a row's cells by column name, and the day a workbook was saved."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from desktopguide.core.data.xlsx import row_cells, saved_date


def test_a_cell_is_found_by_its_column_in_any_case_and_is_none_past_the_row_or_the_header() -> None:
    columns = {"name": 0, "state": 1, "zip": 2}  # as header_row gives them: folded to lower case
    cell = row_cells(("OTAY MESA", "CA"), columns)
    assert cell("Name") == "OTAY MESA" and cell("STATE") == "CA"
    assert cell("Zip") is None  # the row stops short of it
    assert cell("AOR") is None  # the sheet has no such column


def test_a_workbook_is_dated_by_its_last_save_or_else_today() -> None:
    today = dt.date(2026, 5, 1)
    saved = SimpleNamespace(properties=SimpleNamespace(modified=dt.datetime(2026, 4, 9, 13, 5)))
    assert saved_date(saved, today) == "2026-04-09"
    assert saved_date(SimpleNamespace(properties=SimpleNamespace(modified=None)), today) == "2026-05-01"
