"""What happens here: ZIP codes and counties to the place profiles that apply, and the fallback."""

from __future__ import annotations

import pytest

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from desktopguide.core.places import geo
from desktopguide.core.places.lookup import fact_heading, facts_by_agency, lookup_place, nearest_help
from tests.core.test_validator import TODAY as DAY
from tests.core.test_validator import replace_in
from tests.directory_content import TODAY, write_directory_content


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return load_library(write_directory_content(tmp_path_factory.mktemp("content") / "resources"))


def profile_ids(answer) -> list[str]:
    return [p.id for p in answer.profiles]


# -- reading what a person typed ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "state", "county", "city", "zip_code"),
    [
        ("22314", "VA", "Alexandria city", "Alexandria", "22314"),
        (" 22314-1234 ", "VA", "Alexandria city", "Alexandria", "22314"),
        ("22313", "VA", "Alexandria city", "Alexandria", "22313"),  # the data spells it "Alexandria City"
        ("Arlington County, VA", "VA", "Arlington County", "", ""),
        ("arlington, va", "VA", "Arlington County", "", ""),
        ("Alexandria city, Virginia", "VA", "Alexandria city", "", ""),
        ("Charlotte, NC", "NC", "Mecklenburg County", "Charlotte", ""),
        ("Los Angeles County", "CA", "Los Angeles County", "", ""),
        ("virginia", "VA", "", "", ""),
        ("TX", "TX", "", "", ""),
    ],
)
def test_zip_county_city_and_state_are_understood(text: str, state: str, county: str, city: str, zip_code: str) -> None:
    location = geo.resolve_location(text)
    assert (location.state, location.county, location.city, location.zip_code) == (state, county, city, zip_code)
    assert location.has_coordinates == bool(zip_code)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("99999", "There is no U.S. ZIP code 99999."),
        ("1234", "a ZIP code has five digits"),
        ("123456", "a ZIP code has five digits"),
        ("abcde", "is not a ZIP code, a county or a state"),
        ("", "Type a ZIP code"),
        ("   ", "Type a ZIP code"),
        ("Fairfax, VA", "Fairfax City, VA / Fairfax County, VA"),
        ("Mecklenburg County", "in more than one state"),
        ("Nowhere, VA", "There is no county or city called Nowhere in Virginia."),
        ("Arlington County, XX", "XX is not a U.S. state"),
    ],
)
def test_bad_places_get_one_plain_sentence(text: str, words: str) -> None:
    with pytest.raises(geo.PlaceQueryError) as caught:
        geo.resolve_location(text)
    message = str(caught.value)
    assert words in message
    assert "\n" not in message and message.endswith(".")


def test_county_names_are_shown_in_one_spelling_per_county() -> None:
    names = geo.county_names("VA")
    assert "Alexandria city" in names and "Alexandria City" not in names
    assert len(names) == len({n.casefold() for n in names})


# -- the profiles that apply --------------------------------------------------------------------------------

def test_alexandria_zip_gets_the_city_profile_and_the_state_profile(library: Library) -> None:
    answer = lookup_place(library, "22314", today=TODAY)
    assert profile_ids(answer) == ["us-va-alexandria", "us-va"]
    assert answer.has_local_profile and answer.missing == ""
    assert [c.id for c in answer.contacts] == ["city-hotline"]


def test_a_fairfax_zip_with_an_alexandria_mailing_address_does_not_get_the_city_profile(library: Library) -> None:
    # 22306 is in Fairfax County although the Postal Service calls its city "Alexandria".
    answer = lookup_place(library, "22306", today=TODAY)
    assert profile_ids(answer) == ["us-va"]
    assert "no profile for Fairfax County, VA" in answer.missing


def test_a_county_without_a_profile_says_so_and_falls_back_to_state_facts_and_national_guides(library: Library) -> None:
    answer = lookup_place(library, "Loudoun County, VA", today=TODAY)
    assert not answer.has_local_profile
    assert answer.missing == (
        "This guide has no profile for Loudoun County, VA yet. "
        "Below are the facts for Virginia as a whole and guides that apply everywhere."
    )
    assert answer.state_profile is not None and answer.state_profile.id == "us-va"
    assert [g.id for g in answer.guides] == ["local-police"]


def test_a_state_without_any_profile_says_so_and_offers_national_guides(library: Library) -> None:
    answer = lookup_place(library, "90012", today=TODAY)
    assert answer.profiles == []
    assert "no profile for Los Angeles County, CA yet" in answer.missing
    assert "no profile for California either" in answer.missing
    assert [g.id for g in answer.guides] == ["local-police"]


def test_asking_about_a_state_shows_its_profile(library: Library) -> None:
    answer = lookup_place(library, "VA", today=TODAY)
    assert profile_ids(answer) == ["us-va"] and answer.missing == ""
    texas = lookup_place(library, "Texas", today=TODAY)
    assert texas.missing == "This guide has no profile for Texas yet. Below are guides that apply everywhere."


def test_a_city_profile_applies_to_its_own_zip_codes_not_the_whole_county(library: Library) -> None:
    assert profile_ids(lookup_place(library, "28202", today=TODAY)) == ["us-nc-charlotte"]
    assert profile_ids(lookup_place(library, "Charlotte, NC", today=TODAY)) == ["us-nc-charlotte"]
    huntersville = lookup_place(library, "28078", today=TODAY)  # Mecklenburg County, outside Charlotte
    assert profile_ids(huntersville) == [] and "Mecklenburg County, NC" in huntersville.missing
    county = lookup_place(library, "Mecklenburg County, NC", today=TODAY)
    assert [p.id for p in county.nearby_profiles] == ["us-nc-charlotte"]
    assert "no profile for Mecklenburg County, NC" in county.missing


def test_facts_are_grouped_by_agency_and_advocacy_only_facts_are_claims(library: Library) -> None:
    place = library.places["us-va-arlington"]
    groups = facts_by_agency(library, place)
    assert [agency for agency, _views in groups] == ["sheriff"]
    detainers, release = groups[0][1]
    assert not detainers.is_claim and fact_heading(detainers).endswith("? No")
    assert release.is_claim  # answer "yes", but only a campaign page says so
    assert (
        fact_heading(release) == "Tells ICE when someone will be released? Claim by A community group, not confirmed."
    )
    assert [s.id for s in release.sources] == ["advocacy-page"]


def test_claimed_answers_are_claims_whoever_cites_them(library: Library) -> None:
    from dataclasses import replace

    from desktopguide.core.places.lookup import fact_view

    fact = replace(library.places["us-va-alexandria"].facts[0], answer="claimed", claim_by="a union")
    view = fact_view(library, fact)
    assert view.is_claim and "Claim by a union" in fact_heading(view)


def test_old_profiles_are_flagged(library: Library) -> None:
    answer = lookup_place(library, "Arlington County, VA", today=TODAY)
    arlington = answer.profiles[0]
    assert arlington.id == "us-va-arlington" and answer.profile_is_stale(arlington)
    assert not answer.profile_is_stale(answer.state_profile)


def test_nearest_legal_help_is_legal_services_nearest_first(library: Library) -> None:
    help_ = nearest_help(library, geo.resolve_location("22314"), today=TODAY)
    assert [r.record.id for r in help_] == ["near-help", "arlington-help", "richmond-help", "national-hotline"]
    assert "city-hotline" not in [r.record.id for r in help_]  # city information is not legal help


# -- the date under a fact ---------------------------------------------------------------------

def test_fact_from_a_dated_document_shows_as_of_its_date(content) -> None:
    library = load_library(content, today=DAY)
    (_agency, views), = facts_by_agency(library, library.places["us-va-alexandria"])
    assert views[0].source_line(lambda d: d.isoformat()) == (
        "Source: Status of ICE Operations, City of Alexandria, Virginia. As of 2026-02-19."
    )


def test_fact_from_an_undated_document_says_its_date_is_the_day_it_was_read(content) -> None:
    replace_in(
        content / "places/us-va-alexandria.yaml",
        "    sources: [city-page]\n    as_of: 2026-02-19",
        "    sources: [legal-article]\n    as_of: 2026-02-20",
    )
    library = load_library(content, today=DAY)
    ((_agency, views),) = facts_by_agency(library, library.places["us-va-alexandria"])
    line = views[0].source_line(lambda d: d.isoformat())
    assert (
        line
        == "Source: Do Local Police Work With ICE?, A legal information site. "
        "The source is undated; read on 2026-02-20."
    )
