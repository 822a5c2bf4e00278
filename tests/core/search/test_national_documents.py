"""Search finds the official lists' organizations, counties and detention facilities in every interface language."""

from __future__ import annotations

import pytest

from desktopguide.core.content.model import Library
from desktopguide.core.directory.legal_help import record_by_id
from desktopguide.core.search.documents import BUILDING_PREFIXES, library_documents, national_documents
from desktopguide.core.search.with_lists import LibrarySearch


@pytest.fixture(scope="module")
def library(bundled_library: Library) -> Library:
    return bundled_library


@pytest.fixture(scope="module")
def index(bundled_search: LibrarySearch) -> LibrarySearch:
    return bundled_search


@pytest.mark.parametrize("lang", ["en", "es", "ar", "zh"])
def test_an_organization_of_the_roster_is_found_by_name_in_any_interface_language(
    index: LibrarySearch, library: Library, lang: str
) -> None:
    results = index.search("Friendly House", lang).results
    assert results and results[0].kind == "org" and results[0].title == "Friendly House"
    record = record_by_id(library, results[0].id)
    assert record is not None and record.phones[0].display == "(602) 257-1870"


def test_counties_are_found_by_name_each_state_apart(index: LibrarySearch) -> None:
    titles = [r.title for r in index.search("Cook County", "es", limit=20).results if r.kind == "place"]
    assert "Cook County, IL" in titles and "Cook County, GA" in titles


def test_facilities_and_organizations_are_found_by_city(index: LibrarySearch) -> None:
    results = index.search("Kenosha", "en", limit=20).results
    ids = [r.id for r in results]
    assert "facility-wi-kenosha-county-detention-center" in ids
    assert any(r.kind == "org" for r in results)


def test_results_stay_one_per_record(index: LibrarySearch) -> None:
    for query in ("Houston", "Chicago", "Catholic Charities", "National Immigrant Justice Center"):
        keys = [(r.kind, r.id) for r in index.search(query, "en", limit=50).results]
        assert len(keys) == len(set(keys))
    names = [r.title for r in index.search("National Immigrant Justice Center", "en", limit=50).results]
    assert names.count("National Immigrant Justice Center") == len(
        {r for r in names if r == "National Immigrant Justice Center"}
    )


def test_the_lists_do_not_change_how_the_librarys_own_records_rank(index: LibrarySearch) -> None:
    for query, kinds in (("ICE detainers", None), ("Alexandria", ["place"])):
        combined = [(r.kind, r.id) for r in index.search(query, "en", kinds=kinds, limit=3)]
        alone = [(r.kind, r.id) for r in index.library_index.search(query, "en", kinds=kinds, limit=3)]
        assert combined[: len(alone)] == alone
    assert "us-va-alexandria" in [r.id for r in index.search("Alexandria", "en", kinds=["place"], limit=3)]


def test_each_record_knows_the_state_it_is_in(library: Library) -> None:
    states = {(d.kind, d.record_id): d.state for d in [*library_documents(library), *national_documents(library)]}
    assert states["org", "alexandria-police-non-emergency"] == "VA"  # by its address (no ZIP code)
    assert states["place", "us-tx"] == "TX"
    assert states["place", "county-48201"] == "TX"  # Harris County, from the 287(g) list
    assert all(states[key] for key in states if key[0] == "place")
    roster = [state for (kind, record_id), state in states.items() if record_id.startswith("roster-tx-")]
    assert roster and set(roster) == {"TX"}


@pytest.mark.parametrize(
    ("query", "lang"), [("адвокат бесплатно", "ru"), ("free lawyer", "en"), ("abogado gratis", "es")]
)
def test_the_guide_a_lawyer_question_calls_for_stays_first_beside_the_lists(
    index: LibrarySearch, query: str, lang: str
) -> None:
    # The Russian guide lacks the word "бесплатно": it matches only some of the words, and
    # still comes before records that match them all.
    assert index.search(query, lang, prefix_last=False)[0].id == "finding-legal-help"


@pytest.mark.parametrize(
    ("query", "lang", "office"),
    [
        ("ice office in houston", "en", "office-tx-houston-field-office-77060"),
        ("where do I report to ICE in chicago", "en", "office-il-chicago-field-office-60605"),
        ("ice check-in anchorage", "en", "office-ak-anchorage-ak-99501"),
        ("oficina de ICE en Houston", "es", "office-tx-houston-field-office-77060"),
        ("bureau ICE à Chicago", "fr", "office-il-chicago-field-office-60605"),
        ("văn phòng ICE ở Houston", "vi", "office-tx-houston-field-office-77060"),
        # The city named in a script the lists lack: the office in its state still comes up.
        ("مكتب ICE في شيكاغو", "ar", "office-il-chicago-field-office-60605"),
        ("دفتر ICE در شیکاگو", "fa", "office-il-chicago-field-office-60605"),
        ("офис ICE в Чикаго", "ru", "office-il-chicago-field-office-60605"),
        ("ቢሮ ICE ቺካጎ", "am", "office-il-chicago-field-office-60605"),
        # ... and inside a run of Chinese characters, or beside Korean ones.
        ("芝加哥ICE办公室", "zh", "office-il-chicago-field-office-60605"),
        # Cities CLDR does not name, from GeoNames.
        ("休斯顿ICE办公室", "zh", "office-tx-houston-field-office-77060"),
        ("مكتب ICE في دالاس", "ar", "office-tx-dallas-field-office-75247"),
        ("시카고 ICE 사무소", "ko", "office-il-chicago-field-office-60605"),
    ],
)
def test_an_ice_office_is_found_by_the_city_it_is_in_in_any_language(
    index: LibrarySearch, query: str, lang: str, office: str
) -> None:
    top = [r.id for r in index.search(query, lang).results[:3]]
    assert office in top


def test_an_ice_office_is_found_when_the_question_is_in_another_language_than_the_screen(
    index: LibrarySearch,
) -> None:
    # Its "de" and "en" are Spanish stop words: at an English screen they were searched
    # for, and the offices, whose records lack them, fell below the guides.
    top = [r.id for r in index.search("oficina de ICE en Houston", "en").results[:3]]
    assert "office-tx-houston-field-office-77060" in top


@pytest.mark.parametrize(
    ("query", "lang"),
    [
        ("does the sheriff in harris county work with ICE", "en"),  # listed Osceola County, Iowa (Harris, IA)
        ("el sheriff del condado de harris trabaja con ICE", "es"),
        ("harris county", "en"),
        # A word corrected in the question ("coopera"): the lists' county page had been dropped.
        ("el sheriff del condado de Harris coopera con ICE", "es"),
    ],
)
def test_a_county_named_lists_its_page(index: LibrarySearch, query: str, lang: str) -> None:
    top = [r.id for r in index.search(query, lang).results[:3]]
    assert "county-48201" in top and not any(t.startswith("county-19") for t in top)


@pytest.mark.parametrize(
    ("query", "lang"),
    [
        ("centro de detención cerca de houston", "es"),  # listed no detention facility
        ("centre de détention à Houston", "fr"),
        ("مركز احتجاز في تكساس", "ar"),
        ("тюрьма ICE в Техасе", "ru"),
        # In the plural: none was listed.
        ("detention centers in texas", "en"),
        ("centros de detención en texas", "es"),
        ("тюрьмы ICE в Техасе", "ru"),
    ],
)
def test_a_detention_center_is_found_by_its_name_in_other_languages(
    index: LibrarySearch, query: str, lang: str
) -> None:
    top = index.search(query, lang).results[:4]
    assert any(r.id.startswith("facility-tx-") for r in top)


def test_an_ice_office_result_shows_its_address(index: LibrarySearch) -> None:
    result = next(r for r in index.search("ice office in houston", "en").results if r.id.startswith("office-"))
    assert result.kind == "place" and result.title == "ICE Houston Field Office"
    assert "126 Northpoint Drive" in result.snippet


def test_buildings_in_the_place_named_come_before_records_that_are_nowhere(index: LibrarySearch) -> None:
    # Detention facilities and ICE offices are "place" records, but not places the question
    # could name: they are not put after the other places, and, being in the place named
    # with the other words, they come before guides that have the words anywhere.
    results = index.search("jail in dallas", "en").results
    facilities = [r for r in results if r.id.startswith("facility-")]
    assert facilities[0].id == "facility-tx-prairieland-detention-center"  # Alvarado, the nearest to Dallas
    assert facilities[0] in results[:3] and facilities[0].in_place
    assert all(f in results[:8] for f in facilities[:5])


def test_the_place_named_keeps_its_place_beside_the_librarys_records(index: LibrarySearch) -> None:
    ids = [r.id for r in index.search("police houston", "en").results[:3]]
    assert ids[1:] == ["county-48201", "us-tx"]  # Houston's county (the lists'), then its state (the library's)


@pytest.mark.parametrize("query", ["does harris county have 287g", "sheriff harris county"])
def test_a_county_named_comes_before_its_states_page(index: LibrarySearch, query: str) -> None:
    ids = [r.id for r in index.search(query, "en").results]
    assert ids.index("county-48201") < ids.index("us-tx") < 5


def test_a_state_named_alone_keeps_its_page_before_the_records_in_it(index: LibrarySearch) -> None:
    ids = [r.id for r in index.search("detention center in texas", "en").results]
    assert ids[0] == "us-tx" and ids[1].startswith(BUILDING_PREFIXES)


def test_naming_the_home_states_lists_legal_help_near_home_not_near_the_states_middle(index: LibrarySearch) -> None:
    def first_help(home_zip: str | None) -> str:
        return next(r.snippet for r in index.search("lawyer in texas", "en", home_zip=home_zip) if r.kind == "org")

    assert "El Paso" in first_help("79901")
    assert "El Paso" not in first_help(None)
    assert "El Paso" not in first_help("60601")  # a home in another state changes nothing


@pytest.mark.parametrize(
    ("query", "lang", "city"),
    [
        ("lawyer in texas", "en", "Houston, TX"),  # not Georgetown and Waco, near the middle
        ("abogado en california", "es", "Los Angeles, CA"),  # not Visalia and Fresno
    ],
)
def test_naming_a_state_alone_lists_legal_help_where_most_of_its_people_live(
    index: LibrarySearch, query: str, lang: str, city: str
) -> None:
    helps = [r.snippet for r in index.search(query, lang).results if r.kind == "org"][:3]
    assert len(helps) == 3 and all(city in snippet for snippet in helps)


def test_an_organization_named_comes_before_the_legal_help_any_lawyer_question_gets(index: LibrarySearch) -> None:
    # "legal" asks for legal help: the library's national organizations had come first, and
    # The Legal Aid Society (the lists') after them.
    results = index.search("legal aid society", "en").results
    assert [r.id for r in results[:2]] == ["finding-legal-help", "roster-ny-10013-the-legal-aid-society-principal"]


@pytest.mark.parametrize(
    ("query", "page"),
    [("sheriff in fairfax and ICE", "us-va-fairfax"), ("police in alexandria", "us-va-alexandria")],
)
def test_a_county_the_library_has_a_page_for_is_listed_once(index: LibrarySearch, query: str, page: str) -> None:
    # The lists' county and the library's page open the same answer: two results with one title had shown.
    places = [r for r in index.search(query, "en").results if r.kind == "place"]
    titles = [r.title for r in places]
    assert page in [r.id for r in places]
    assert len(titles) == len(set(titles)) and not any(t.startswith("Alexandria city") for t in titles)


def test_a_check_in_named_in_spanish_lists_the_ice_office_in_the_place_named(index: LibrarySearch) -> None:
    ids = [r.id for r in index.search("tengo cita con ICE en la oficina de san antonio", "es").results[:3]]
    assert any(i.startswith("office-tx-san-antonio") for i in ids)
