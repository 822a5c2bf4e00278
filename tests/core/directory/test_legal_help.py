"""Legal help from the official lists in the directory: merged, filtered on real fields, near a ZIP."""

from __future__ import annotations

import pytest

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from desktopguide.core.directory.legal_help import full_index, listing_flags, listing_notes, merged_records
from desktopguide.core.directory.query import DirectoryFilter, DirectoryIndex
from desktopguide.core.places import geo

MILES_50_KM = 50 * 1.609344


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


@pytest.fixture(scope="module")
def index(library: Library) -> DirectoryIndex:
    return full_index(library)


def near(index: DirectoryIndex, where: str, **wanted) -> list:
    return index.query(DirectoryFilter(near=geo.resolve_location(where), max_distance_km=MILES_50_KM, **wanted))


@pytest.mark.parametrize(
    ("zip_code", "areas"),
    [
        ("60601", ("312", "773", "847", "630", "708")),
        ("77002", ("713", "832", "281")),
        ("28202", ("704", "980")),
        ("85003", ("602", "480", "623")),
    ],
)
def test_every_tested_zip_gets_local_help_with_a_local_phone_nearest_first(index, zip_code, areas) -> None:
    results = near(index, zip_code)
    assert len(results) >= 5
    distances = [r.distance_km for r in results if r.distance_km is not None]
    assert distances == sorted(distances)
    nearest_phones = [r.record.phones[0].display for r in results[:3] if r.record.phones]
    assert any(phone[1:4] in areas for phone in nearest_phones)


def test_a_hand_written_record_merges_with_its_list_office_rather_than_repeating(index, library) -> None:
    nijc = [r for r in index.records if r.name == "National Immigrant Justice Center"]
    assert nijc[0].id == "national-immigrant-justice-center"
    assert nijc[0].listing is not None and "eoir-roster" in dict(nijc[0].listing.lists)
    assert all(r.phones[0].e164 != nijc[0].phones[0].e164 for r in nijc[1:])


def test_filters_work_on_the_lists_fields(index) -> None:
    court = near(index, "60601", courts=frozenset({"Chicago Immigration Court"}))
    assert court and all("Chicago Immigration Court" in r.record.listing.courts for r in court)
    detained = near(index, "60601", services=frozenset({"detention-help"}))
    assert detained and all(
        r.record.listing is None or r.record.listing.detained or "detention-help" in r.record.services for r in detained
    )
    full = near(index, "60601", accreditations=frozenset({"fully-accredited-representative"}))
    assert full and all(
        r.record.listing.fully_accredited for r in full if r.record.listing and r.record.listing.recognized
    )
    free = near(index, "77002", fees=frozenset({"free"}))
    assert free and all(r.record.fees == "free" for r in free)
    spanish = near(index, "77002", languages=frozenset({"es"}))
    assert any(r.record.listing is not None for r in spanish)


def test_pending_renewal_and_absence_from_the_newer_roster_are_said(index) -> None:
    pending = next(r for r in index.records if r.listing and r.listing.pending_renewal)
    assert "recognition pending renewal" in listing_flags(pending.listing)
    gone = next(r for r in index.records if r.listing and r.listing.on_newer_roster is False)
    assert "not on the September 2026 list" in listing_flags(gone.listing)
    assert "Not on EOIR's roster of September 13, 2026." in listing_notes(gone.listing)


def test_two_list_entries_with_the_same_name_and_phone_are_one_record(library) -> None:
    office = {
        "id": "x",
        "source": "eoir-roster",
        "organization": "Example Aid, Inc.",
        "phone": "(312) 660-1370",
        "street": "1 Main",
        "city": "Chicago",
        "state": "IL",
        "zip": "60601",
        "office_type": "principal",
    }
    provider = {
        "id": "y",
        "source": "eoir-pro-bono",
        "organization": "The Example Aid",
        "phone": "312-660-1370",
        "street": "1 Main",
        "city": "Chicago",
        "state": "IL",
        "zip": "60601",
        "courts": [{"court": "Chicago Immigration Court"}],
        "detained": True,
        "languages": ["Spanish"],
    }
    records = merged_records([], [office, provider], {"eoir-roster": "2025-04-21", "eoir-pro-bono": "2026-07-01"})
    assert len(records) == 1
    assert records[0].listing.courts == ("Chicago Immigration Court",) and records[0].listing.detained
    assert "es" in records[0].languages and records[0].fees == "free"


def test_records_for_printing_are_the_merged_ones_with_the_lists_phone(library, index) -> None:
    from desktopguide.core.directory.legal_help import records_by_ids

    nijc, office = records_by_ids(
        library, ["national-immigrant-justice-center", "roster-az-85003-friendly-house-principal"]
    )
    assert nijc.phones and office.phones[0].display == "(602) 257-1870"
