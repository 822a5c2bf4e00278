"""Finding help in the directory: who serves a ZIP or county, each filter, distance order, stale flags."""

from __future__ import annotations

import datetime as dt

import pytest

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from desktopguide.core.directory.query import (
    DirectoryFilter,
    DirectoryIndex,
    result_to_dict,
    verified_over_a_year_ago,
)
from desktopguide.core.places import geo
from tests.directory_content import TODAY, directory_problems, write_directory_content


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    library = load_library(write_directory_content(tmp_path_factory.mktemp("content") / "resources"))
    assert directory_problems(library) == []
    return library


@pytest.fixture(scope="module")
def index(library: Library) -> DirectoryIndex:
    return DirectoryIndex.build(library.directory.values())


def ids(results) -> list[str]:
    return [r.record.id for r in results]


def at(text: str) -> geo.Location:
    return geo.resolve_location(text)


def test_a_zip_finds_national_state_and_county_help_but_not_other_states(index: DirectoryIndex) -> None:
    found = set(ids(index.query(DirectoryFilter(near=at("22314")), today=TODAY)))
    assert found == {"near-help", "city-hotline", "arlington-help", "richmond-help", "national-hotline"}


def test_results_are_nearest_first_and_records_without_an_address_come_last(index: DirectoryIndex) -> None:
    results = index.query(DirectoryFilter(near=at("22314")), today=TODAY)
    assert ids(results) == ["city-hotline", "near-help", "arlington-help", "richmond-help", "national-hotline"]
    distances = [r.distance_km for r in results[:-1]]
    assert distances == sorted(distances)
    assert distances[0] == pytest.approx(0.0, abs=0.01)
    last = results[-1]
    assert last.distance_km is None and last.distance_unknown


def test_distance_is_the_haversine_distance_between_the_zip_codes(index: DirectoryIndex) -> None:
    results = {r.record.id: r for r in index.query(DirectoryFilter(near=at("22314")), today=TODAY)}
    here, richmond = geo.lookup_zip("22314"), geo.lookup_zip("23219")
    expected = geo.haversine_km(here.latitude, here.longitude, richmond.latitude, richmond.longitude)
    assert results["richmond-help"].distance_km == pytest.approx(expected, rel=1e-9)
    assert 140 < expected < 160  # Alexandria to Richmond is about 150 km


def test_a_distance_limit_drops_far_offices_but_keeps_phone_only_help(index: DirectoryIndex) -> None:
    results = index.query(DirectoryFilter(near=at("22314"), max_distance_km=50), today=TODAY)
    assert ids(results) == ["city-hotline", "near-help", "arlington-help", "national-hotline"]
    strict = DirectoryFilter(near=at("22314"), max_distance_km=50, include_unlocated=False)
    assert "national-hotline" not in ids(index.query(strict, today=TODAY))


def test_a_county_finds_help_for_that_county_and_its_state_without_distances(index: DirectoryIndex) -> None:
    results = index.query(DirectoryFilter(near=at("Arlington County, VA")), today=TODAY)
    assert set(ids(results)) == {"arlington-help", "near-help", "richmond-help", "national-hotline"}
    assert all(r.distance_km is None and not r.distance_unknown for r in results)
    names = [r.record.name.casefold() for r in results]
    assert names == sorted(names)


def test_a_state_finds_help_for_any_of_its_counties(index: DirectoryIndex) -> None:
    found = set(ids(index.query(DirectoryFilter(near=at("NC")), today=TODAY)))
    assert found == {"charlotte-help", "national-hotline"}


def test_service_filter_keeps_only_that_service(index: DirectoryIndex) -> None:
    results = index.query(
        DirectoryFilter(near=at("22314"), services=frozenset({"immigration-legal-help"})), today=TODAY
    )
    assert ids(results) == ["near-help", "richmond-help"]


def test_several_services_mean_any_of_them(index: DirectoryIndex) -> None:
    wanted = DirectoryFilter(services=frozenset({"deportation-defense", "know-your-rights"}))
    assert set(ids(index.query(wanted, today=TODAY))) == {"arlington-help", "national-hotline"}


def test_language_filter_counts_languages_of_phone_lines(index: DirectoryIndex) -> None:
    results = index.query(DirectoryFilter(languages=frozenset({"ar"})), today=TODAY)
    assert set(ids(results)) == {"arlington-help", "national-hotline"}


def test_cost_filter_free_or_sliding_scale(index: DirectoryIndex) -> None:
    results = index.query(DirectoryFilter(near=at("22314"), fees=frozenset({"free", "sliding-scale"})), today=TODAY)
    assert ids(results) == ["near-help", "arlington-help"]


def test_accreditation_filter(index: DirectoryIndex) -> None:
    recognized = index.query(DirectoryFilter(accreditations=frozenset({"doj-recognized-organization"})), today=TODAY)
    assert ids(recognized) == ["near-help"]
    lawyers = index.query(DirectoryFilter(accreditations=frozenset({"attorneys"})), today=TODAY)
    assert ids(lawyers) == ["arlington-help"]


def test_kind_filter(index: DirectoryIndex) -> None:
    assert ids(index.query(DirectoryFilter(kinds=frozenset({"public-office"})), today=TODAY)) == ["city-hotline"]


def test_filters_combine(index: DirectoryIndex) -> None:
    wanted = DirectoryFilter(
        near=at("22314"),
        services=frozenset({"immigration-legal-help"}),
        languages=frozenset({"es"}),
        fees=frozenset({"low-cost"}),
        max_distance_km=500,
    )
    assert ids(index.query(wanted, today=TODAY)) == ["richmond-help"]


def test_a_filter_nothing_matches_gives_no_results(index: DirectoryIndex) -> None:
    wanted = DirectoryFilter(near=at("28202"), accreditations=frozenset({"attorneys"}))
    assert index.query(wanted, today=TODAY) == []


def test_limit_keeps_the_nearest(index: DirectoryIndex) -> None:
    assert ids(index.query(DirectoryFilter(near=at("22314")), today=TODAY, limit=3)) == [
        "city-hotline",
        "near-help",
        "arlington-help",
    ]


def test_without_a_place_results_are_in_name_order(index: DirectoryIndex, library: Library) -> None:
    results = index.query(DirectoryFilter(), today=TODAY)
    names = [r.record.name.casefold() for r in results]
    assert names == sorted(names) and len(results) == len(library.directory)


def test_records_not_verified_for_over_12_months_are_flagged(index: DirectoryIndex) -> None:
    flags = {r.record.id: r.stale for r in index.query(DirectoryFilter(), today=TODAY)}
    assert flags["arlington-help"] is True
    assert flags["near-help"] is False


@pytest.mark.parametrize(
    ("verified", "today", "stale"),
    [
        (dt.date(2025, 11, 21), dt.date(2026, 11, 21), False),  # exactly 12 months
        (dt.date(2025, 11, 20), dt.date(2026, 11, 21), True),
        (dt.date(2023, 2, 28), dt.date(2024, 2, 29), False),  # a leap day
        (dt.date(2023, 2, 27), dt.date(2024, 2, 29), True),
    ],
)
def test_over_12_months_boundary(verified: dt.date, today: dt.date, stale: bool) -> None:
    assert verified_over_a_year_ago(verified, today) is stale


def test_json_of_a_result_has_distance_only_when_a_zip_was_given(index: DirectoryIndex) -> None:
    measured = index.query(DirectoryFilter(near=at("22314")), today=TODAY)
    data = {d["id"]: d for d in (result_to_dict(r, "es") for r in measured)}
    assert data["national-hotline"]["distance_km"] is None
    assert data["near-help"]["distance_km"] == 0.0
    assert data["near-help"]["description"].startswith("Ayuda legal")
    assert data["near-help"]["phones"][0]["display"] == "(703) 555-0100"
    assert data["arlington-help"]["not_verified_for_over_12_months"] is True
    unmeasured = result_to_dict(index.query(DirectoryFilter(near=at("Arlington County, VA")), today=TODAY)[0])
    assert "distance_km" not in unmeasured


def test_records_with_a_foreign_address_are_simply_unmeasured(library: Library) -> None:
    # A foreign address has no coordinates: it sorts after the measured ones instead of failing.
    from dataclasses import replace

    from desktopguide.core.content.model import Address

    record = replace(
        library.directory["richmond-help"],
        id="abroad",
        physical_address=Address(city="Toronto", country="CA", postal_code="M5V"),
    )
    index = DirectoryIndex.build([*library.directory.values(), record])
    results = index.query(DirectoryFilter(near=at("22314")), today=TODAY)
    assert ids(results)[-2:] == ["national-hotline", "abroad"]  # by name: National... before Richmond...
    assert all(r.distance_km is None for r in results[-2:])


@pytest.mark.parametrize(
    ("km", "locale", "phrase"),
    [
        (5.0, "en", "About 3.1 mi (5 km) away"),
        (48.3, "en", "About 30 mi (48 km) away"),
        (0.8, "en", "Less than 1 mi (1.6 km) away"),
        (5.0, "es", "About 3,1 mi (5 km) away"),  # Babel's decimal comma (the English words: no catalog here)
    ],
)
def test_distances_lead_with_miles_and_give_kilometres_beside(
    library: Library, km: float, locale: str, phrase: str
) -> None:
    from desktopguide.core.directory.query import DirectoryResult, distance_phrase

    record = next(iter(library.directory.values()))
    assert distance_phrase(DirectoryResult(record, km, False, True), locale) == phrase
