"""The national query API over the bundled snapshots: places by FIPS, 287(g), DOJ listings, ICE, legal help."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktopguide.core.content.resources import content_dir
from desktopguide.core.data.national import NationalData, bundled_headers, cache_path, national_data


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> NationalData:
    return NationalData.load(content_dir(), tmp_path_factory.mktemp("cache"))


def test_zip_answers_with_its_county_by_fips(data: NationalData) -> None:
    assert [(c.county_fips, c.county_name, c.state) for c in data.counties_for_zip("77002")] == [
        ("48201", "Harris County", "TX")
    ]
    assert data.counties_for_zip("22314")[0].county_fips == "51510"
    assert data.counties_for_zip("28202")[0].county_fips == "37119"


def test_a_zip_spanning_counties_lists_each_largest_share_first(data: NationalData) -> None:
    shares = data.counties_for_zip("31822")
    assert shares[0].county_fips == "13145" and len(shares) >= 2
    assert [s.share for s in shares] == sorted((s.share for s in shares), reverse=True)
    assert all(s.county_fips != "99999" for s in shares)


def test_find_counties_names_each_state_apart(data: NationalData) -> None:
    assert [(c.fips, c.state) for c in data.find_counties("Harris County")] == [("13145", "GA"), ("48201", "TX")]
    assert [c.fips for c in data.find_counties("Mecklenburg", "VA")] == ["51117"]
    assert [c.fips for c in data.find_counties("Alexandria", "VA")] == ["51510"]
    assert data.county("51510").aor == "WAS"  # type: ignore[union-attr]


def test_agreements_follow_the_county_fips_not_the_name(data: NationalData) -> None:
    texas_county = {r["agency"] for r in data.agreements_in_county("29215")}  # Texas County, Missouri
    assert "Houston Police Department" in texas_county
    harris_tx = {r["agency"] for r in data.agreements_in_county("48201")}
    assert "Houston Police Department" not in harris_tx
    harris_ga = data.agreements_in_county("13145")
    assert harris_ga and {r["state"] for r in harris_ga} == {"GA"}


def test_statewide_agencies_answer_for_their_state_only(data: NationalData) -> None:
    florida = data.statewide_agreements("FL")
    assert florida and all(r["state"] == "FL" and r["county_fips"] is None for r in florida)
    assert all(r["agency_type"] == "State Agency" for r in florida)


def test_sanctuary_listings_for_state_county_and_city(data: NationalData) -> None:
    chicago = {r["jurisdiction"] for r in data.sanctuary_listings("IL", "17031", "Chicago")}
    assert chicago == {"Illinois", "Cook County", "Chicago"}
    assert {r["jurisdiction"] for r in data.sanctuary_listings("MD", "24510", "Baltimore")} == set()
    assert {r["jurisdiction"] for r in data.sanctuary_listings("MD", "24005")} == {"Baltimore County"}


def test_new_york_citys_listing_reaches_every_borough(data: NationalData) -> None:
    brooklyn = data.counties_for_zip("11216")[0].county_fips  # Kings County; the Postal Service says "Brooklyn"
    assert "New York City" in {r["jurisdiction"] for r in data.sanctuary_listings("NY", brooklyn, "Brooklyn")}
    assert "New York City" not in {r["jurisdiction"] for r in data.sanctuary_listings("NY", "36055", "Rochester")}


def test_field_office_and_nearest_facilities(data: NationalData) -> None:
    office = data.field_office_for_aor("HOU")
    assert office is not None and office["name"] == "Houston Field Office" and office["zip"] == "77060"
    near = data.facilities_near(29.75, -95.36, 3)  # downtown Houston
    assert len(near) == 3 and near[0].distance_km <= near[1].distance_km <= near[2].distance_km
    assert near[0].record["state"] == "TX"


def test_ero_offices_are_the_field_and_sub_offices_found_by_id(data: NationalData) -> None:
    offices = data.ero_offices()
    assert {o["office_type"] for o in offices} == {"ERO field office", "ERO sub-office"}
    assert len(offices) == 146  # 25 field offices and 121 sub-offices; HSI, OPLA and the rest left out
    office = data.office("ak-anchorage-ak-99501")
    assert office is not None and office["street"] == "620 East 10th Avenue" and office["aor"] == "SEA"
    assert data.office("no-such-office") is None


def test_legal_help_near_is_sorted_within_the_radius_from_every_list(data: NationalData) -> None:
    near = data.legal_help_near(41.8857, -87.6181, 50)  # Chicago, 60601
    assert near and all(n.distance_miles <= 50 for n in near)
    assert [n.distance_km for n in near] == sorted(n.distance_km for n in near)
    assert {n.record["source"] for n in near} >= {"eoir-roster", "eoir-pro-bono"}
    assert any(n.record.get("phone", "").startswith(("(312)", "(773)", "(847)", "(630)")) for n in near)
    assert not any((n.record.get("phone") or "").startswith("(703)") for n in near)


def test_pro_bono_providers_appear_once_with_every_court_that_lists_them(data: NationalData) -> None:
    near = data.legal_help_near(38.9, -77.04, 5)
    aba = [n.record for n in near if n.record["organization"] == "ABA Commission on Immigration Detention"]
    assert len(aba) == 1 and len(aba[0]["courts"]) > 20


def test_roster_offices_say_whether_the_newer_roster_still_lists_them(data: NationalData) -> None:
    near = data.legal_help_near(41.8857, -87.6181, 50)
    roster = [n.record for n in near if n.record["source"] == "eoir-roster"]
    assert {r["on_newer_roster"] for r in roster} == {True, False}


def test_place_for_zip_gathers_every_fact_with_the_lists_headers(data: NationalData) -> None:
    place = data.place_for_zip("85004")
    assert place is not None
    assert place.counties[0].county_fips == "04013"
    assert place.field_office is not None and place.field_office["aor"] == "PHO"
    assert place.headers["ice-287g"].date == "2026-05-18"
    assert place.legal_help and place.facilities
    assert data.place_for_zip("00000") is None


def test_a_corrupt_cache_file_is_rebuilt(tmp_path: Path) -> None:
    path = cache_path(content_dir(), tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database" * 100)
    data = NationalData.load(content_dir(), tmp_path)
    assert data.counties_for_zip("22314")[0].county_fips == "51510"
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone() is not None


def test_an_unwritable_cache_folder_falls_back_to_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    data = NationalData.load(content_dir(), blocker)
    assert data.counties_for_zip("77002")[0].county_fips == "48201"


def test_importing_the_query_api_reads_nothing() -> None:
    code = (
        "import sys; import desktopguide.core.data.national as n; "
        "print('sqlite3' in sys.modules and hasattr(n, 'NationalData'), 'openpyxl' in sys.modules, 'zipcodes' in "
        "sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.split() == ["True", "False", "False"]


def test_one_national_data_per_content_folder() -> None:
    assert national_data(content_dir()) is national_data(content_dir())


def test_bundled_headers_read_only_the_first_lines() -> None:
    headers = bundled_headers(content_dir())
    assert headers["eoir-roster"].date == "2025-04-21"
    assert headers["doj-sanctuary"].records == 35


def test_pro_bono_lists_by_immigration_court(data: NationalData) -> None:
    texas = data.pro_bono_courts("TX")
    assert "Houston Immigration Courts" in texas and all(isinstance(c, str) for c in texas)
    houston = data.pro_bono_for_court("Houston Immigration Courts")
    assert houston and all(any(c["court"] == "Houston Immigration Courts" for c in r["courts"]) for r in houston)
    assert len(data.pro_bono_courts()) > 60
