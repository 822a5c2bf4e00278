"""What the official lists say about a place: 287(g) by county FIPS, statewide agencies, DOJ's listings."""

from __future__ import annotations

import pytest

from desktopguide.core.content.resources import content_dir
from desktopguide.core.data.national import NationalData
from desktopguide.core.places import geo
from desktopguide.core.places.national import national_place, place_sections


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> NationalData:
    return NationalData.load(content_dir(), tmp_path_factory.mktemp("cache"))


def words(data: NationalData, where: str) -> str:
    place = national_place(data, geo.resolve_location(where))
    return "\n".join(
        " | ".join([s.title, i.title, *i.lines, i.source, i.url or ""]) for s in place_sections(place) for i in s.items
    )


def test_harris_county_texas_and_georgia_answer_each_for_their_own_agencies(data: NationalData) -> None:
    texas, georgia = words(data, "Harris County, TX"), words(data, "Harris County GA")
    assert "Southside Place Police Department" in texas and "Southside Place" not in georgia
    assert "287(g) agreements in Harris County, GA" in georgia


def test_mecklenburg_north_carolina_is_not_mecklenburg_virginia(data: NationalData) -> None:
    carolina = words(data, "28202")
    assert "287(g) agreements in Mecklenburg County, NC" in carolina
    assert "Mecklenburg County, VA" not in carolina


def test_an_agreement_says_its_model_in_plain_words_with_list_date_and_address(data: NationalData) -> None:
    text = words(data, "85003")
    line = next(line for line in text.splitlines() if "Mesa Police Department" in line)
    assert "Jail Enforcement Model — signed June 8, 2020" in line
    assert "start deportation cases" in line
    assert "Source: ICE's list of May 18, 2026." in line
    assert "https://www.ice.gov/doclib/287gMOA/" in line


def test_no_agreement_is_said_true_to_the_list_and_its_date(data: NationalData) -> None:
    text = words(data, "60601")
    assert "ICE's list of May 18, 2026 shows no 287(g) agreement for an agency in Cook County, IL." in text
    assert "ICE's list of May 18, 2026 shows no 287(g) agreement for a state agency of Illinois." in text


def test_doj_listings_are_said_as_what_doj_listed_and_when(data: NationalData) -> None:
    chicago, houston = words(data, "60601"), words(data, "77002")
    assert "DOJ's sanctuary jurisdiction list of August 5, 2025 names Cook County (county)." in chicago
    assert "names Chicago (city)" in chicago and "names Illinois (state)" in chicago
    assert (
        "DOJ's sanctuary jurisdiction list of August 5, 2025 names none of these: Texas; Harris County, TX; Houston."
        in houston
    )


def test_statewide_agencies_appear_for_their_own_state(data: NationalData) -> None:
    assert "Texas Department of Public Safety" in words(data, "77002")
    assert "Texas Department of Public Safety" not in words(data, "60601")


def test_a_zip_spanning_counties_shows_each_largest_share_first(data: NationalData) -> None:
    spanning = next(z for z in ("20002", "22030", "60010", "30004") if len(data.counties_for_zip(z)) > 1)
    place = national_place(data, geo.resolve_location(spanning))
    assert len(place.counties) > 1
    shares = [c.share for c in place.counties]
    assert shares == sorted(shares, reverse=True)
    titles = [s.title for s in place_sections(place)]
    assert "% of this ZIP code's addresses)" in titles[0]


def test_agreements_without_a_county_are_never_hidden_behind_a_no_agreement_sentence(data: NationalData) -> None:
    florida = national_place(data, geo.resolve_location("32114"))  # Daytona Beach, Volusia County
    assert florida.unplaced
    text = words(data, "32114")
    assert "shows no 287(g) agreement for an agency in" not in text
    assert "Agreements in Florida that ICE's list gives without a county" in text
    assert "Holly Hill Police Department" in text


def test_county_names_are_spelled_as_the_postal_service_does(data: NationalData) -> None:
    assert "287(g) agreements in Miami-Dade County, FL" in words(data, "33125")
