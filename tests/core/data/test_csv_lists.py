"""A list published as one CSV table: rows by lower-case column, refused when a column is missing or unreadable."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktopguide.core.data.cleaning import ListFormatError
from desktopguide.core.data.csv_lists import read_rows


def test_rows_are_keyed_by_column_names_folded_to_lower_case(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text("\ufeffGEOID , Name,AOR\n51013,\"Arlington County, Virginia\",WAS\n", encoding="utf-8")
    assert read_rows(path, ("geoid", "aor"), "the table") == [
        {"geoid": "51013", "name": "Arlington County, Virginia", "aor": "WAS"}
    ]


def test_a_table_without_a_required_column_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text("geoid,name\n51013,Arlington\n", encoding="utf-8")
    with pytest.raises(ListFormatError, match=r"^table.csv is not the table: it has no aor column\.$"):
        read_rows(path, ("geoid", "aor"), "the table")


def test_a_file_that_is_not_utf8_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_bytes("geoid,aor\n51013,Caf\u00e9\n".encode("latin-1"))
    with pytest.raises(ListFormatError, match=r"^table.csv cannot be read as a CSV file"):
        read_rows(path, ("geoid", "aor"), "the table")
