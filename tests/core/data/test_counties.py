"""County names to FIPS within one state, and ZIP codes to counties: the traps of issue 17."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktopguide.core.data.counties import CountyIndex, ZipCounties, one_edit_apart
from desktopguide.core.data.importer import ImportContext


@pytest.fixture(scope="module")
def context(places_content: Path) -> ImportContext:
    return ImportContext(places_content)


@pytest.fixture(scope="module")
def counties(context: ImportContext) -> CountyIndex:
    return context.counties


def test_harris_county_georgia_is_not_harris_county_texas(counties: CountyIndex) -> None:
    assert counties.resolve("GA", "Harris County") == "13145"
    assert counties.resolve("TX", "Harris County") == "48201"


def test_mecklenburg_county_virginia_is_not_mecklenburg_county_north_carolina(counties: CountyIndex) -> None:
    assert counties.resolve("VA", "Mecklenburg County") == "51117"
    assert counties.resolve("NC", "Mecklenburg County") == "37119"


def test_alexandria_virginia_is_an_independent_city_and_a_county_of_its_own(counties: CountyIndex) -> None:
    assert counties.resolve("VA", "Alexandria city") == "51510"
    assert counties.resolve("VA", "Alexandria") == "51510"  # no Alexandria County: the bare name is the city
    assert counties.resolve("VA", "Alexandria City") == "51510"


def test_baltimore_city_is_not_baltimore_county(counties: CountyIndex) -> None:
    assert counties.resolve("MD", "Baltimore County") == "24005"
    assert counties.resolve("MD", "Baltimore city") == "24510"
    assert counties.resolve("MD", "Baltimore") == "24005"  # a bare name means the county when both exist


def test_parish_borough_and_census_area_suffixes_resolve(counties: CountyIndex) -> None:
    assert counties.resolve("LA", "Orleans Parish") == "22071"
    assert counties.resolve("LA", "Orleans") == "22071"
    assert counties.resolve("AK", "Anchorage Municipality") == "02020"
    assert counties.resolve("AK", "Anchorage") == "02020"


def test_stray_spaces_case_and_saint_spellings_do_not_matter(counties: CountyIndex) -> None:
    assert counties.resolve("TX", "  harris   COUNTY ") == "48201"
    assert counties.resolve("MO", "Saint Louis County") == "29189"
    assert counties.resolve("MO", "St. Louis city") == "29510"
    assert counties.resolve("NM", "Dona Ana County") == "35013"


def test_a_county_written_as_a_county_that_is_an_independent_city_resolves_to_the_city(counties: CountyIndex) -> None:
    fips, how = counties.resolve_how("VA", "Hopewell County")
    assert (fips, how) == ("51670", "suffix")


def test_misspelled_county_resolves_only_when_asked_and_only_within_its_state(counties: CountyIndex) -> None:
    assert counties.resolve("AL", "Frankin County") is None
    assert counties.resolve_how("AL", "Frankin County", spelling=True) == ("01059", "spelling")
    # No county of Texas is one letter from "Overton": no guess.
    assert counties.resolve_how("TX", "Overton County", spelling=True) == (None, "")
    # "North County" (a police cooperative near St. Louis) is one letter from Worth County: not a slip.
    assert counties.resolve_how("MO", "North County", spelling=True) == (None, "")


def test_a_name_in_another_state_is_not_found(counties: CountyIndex) -> None:
    assert counties.resolve("GA", "Cook County") == "13075"
    assert counties.resolve("DE", "Cook County") is None


def test_one_edit_apart_counts_swaps_insertions_and_substitutions() -> None:
    assert one_edit_apart("lexignton", "lexington")
    assert one_edit_apart("frankin", "franklin")
    assert one_edit_apart("berrian", "berrien")
    assert not one_edit_apart("harris", "harrison")
    assert not one_edit_apart("same", "same")


def test_a_zip_spanning_counties_answers_for_each_largest_share_first(context: ImportContext) -> None:
    shares = context.zip_counties.counties("31822")  # Pine Mountain, GA
    assert shares[0][0] == "13145"
    assert len(shares) > 1
    assert [share for _fips, share in shares] == sorted((share for _fips, share in shares), reverse=True)


def test_zip_counties_orders_by_share_whatever_the_input_order() -> None:
    table = ZipCounties([("99999", "00002", 0.25), ("99999", "00001", 0.75)])
    assert table.counties("99999") == [("00001", 0.75), ("00002", 0.25)]
    assert table.main_county("99999") == "00001"
    assert table.main_county("12345") is None


def test_alexandria_zip_is_in_alexandria_city(context: ImportContext) -> None:
    assert context.county_of_zip("22314") == "51510"
