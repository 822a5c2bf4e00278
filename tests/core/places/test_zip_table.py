"""ZIP and county facts come from a small cached table that agrees with `zipcodes`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import zipcodes

from desktopguide.core.places import geo
from desktopguide.core.places.zip_table import ZipTable, cache_path


def test_zip_lookup_agrees_with_zipcodes() -> None:
    expected = zipcodes.matching("22314")[0]
    info = geo.lookup_zip("22314")
    assert info is not None
    assert (info.city, info.state, info.county) == (expected["city"], expected["state"], expected["county"])
    assert info.latitude == float(expected["lat"]) and info.longitude == float(expected["long"])
    assert geo.lookup_zip("00000") is None


def test_a_zip_code_the_data_puts_at_0_0_has_no_coordinates() -> None:
    unplaced = [e["zip_code"] for e in zipcodes.list_all() if float(e["lat"] or 0) == 0 and float(e["long"] or 0) == 0]
    assert unplaced, "the data has ZIP codes without a place (post office boxes)"
    for code in unplaced[:50]:
        info = geo.lookup_zip(code)
        assert info is not None and not info.has_coordinates, code


def test_county_spellings_are_checked_exactly_and_found_in_any_case() -> None:
    assert geo.county_exists("VA", "Arlington County")
    assert not geo.county_exists("VA", "Arlington county of nowhere")
    assert geo.canonical_county("VA", "alexandria CITY") == "Alexandria city"
    assert "Fairfax County" in geo.county_names("VA")
    assert {info.zip_code for info in geo.zips_of_city("VA", "alexandria")} >= {"22314", "22301"}


def test_a_city_is_in_the_county_most_of_its_zip_codes_are_in() -> None:
    for state, city in [("TX", "Houston"), ("VA", "alexandria"), ("NY", "new  york")]:
        counties = [info.county for info in geo.zips_of_city(state, city) if info.county]
        most = max(counties.count(c) for c in counties)
        assert geo.main_county_of_city(state, city) == next(c for c in counties if counties.count(c) == most)
    assert geo.main_county_of_city("TX", "Houston") == "Harris County"
    assert geo.main_county_of_city("TX", "no such city") == ""


def test_table_is_built_once_then_read_from_the_cache(tmp_path: Path) -> None:
    ZipTable.open(tmp_path)
    path = cache_path(tmp_path)
    assert path.is_file()
    built = path.stat().st_mtime_ns
    table = ZipTable.open(tmp_path)
    assert path.stat().st_mtime_ns == built
    assert table.rows("SELECT county FROM zips WHERE zip = ?", "22201") == [("Arlington County",)]


def test_unwritable_cache_folder_gives_a_table_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    table = ZipTable.open(blocker)
    assert table.rows("SELECT state FROM zips WHERE zip = ?", "22314") == [("VA",)]


def test_a_table_damaged_in_the_middle_is_rebuilt(tmp_path: Path) -> None:
    ZipTable.open(tmp_path)
    path = cache_path(tmp_path)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 16384] = b"\xa5" * 16384
    path.write_bytes(bytes(data))

    table = ZipTable.open(tmp_path)
    assert table.rows("SELECT county FROM zips WHERE zip = ?", "22201") == [("Arlington County",)]
    assert len(table.rows("SELECT zip FROM zips")) > 40_000  # every page readable, not only the first
    assert path.read_bytes() != bytes(data)  # the damaged file was replaced


def test_a_full_cache_disk_gives_a_table_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktopguide.core.places import zip_table

    def disk_full(_path: Path) -> None:
        raise sqlite3.OperationalError("database or disk is full")  # what SQLite says, not an OSError

    monkeypatch.setattr(zip_table, "_build_file", disk_full)
    table = ZipTable.open(tmp_path)
    assert table.rows("SELECT state FROM zips WHERE zip = ?", "22314") == [("VA",)]
