"""Search finds the official lists' organizations, counties and detention facilities in every interface language."""

from __future__ import annotations

import pytest

from desktopguide.core.content.model import Library
from desktopguide.core.directory.legal_help import record_by_id
from desktopguide.core.search.documents import library_documents, national_documents
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
