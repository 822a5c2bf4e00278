"""Every bundled guide can be found and trusted: questions people ask, sources, a date, national cards."""

from __future__ import annotations

import re

import pytest

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import SOURCE_LANGUAGE, Library

# The guides written for what people face in 2026 (issue 18, point 2).
GUIDES_2026 = (
    "expedited-removal",
    "family-member-detained",
    "immigration-court-and-check-ins",
    "ice-at-work",
    "stopped-while-driving",
    "airport-and-border",
    "recording-police-and-ice",
    "papers-to-carry",
    "daca-tps-parole",
    "children-if-parent-detained",
    "checking-a-lawyer",
)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


def test_the_2026_guides_are_bundled(library: Library) -> None:
    assert set(GUIDES_2026) <= set(library.guides)


@pytest.mark.parametrize("guide_id", GUIDES_2026)
def test_each_2026_guide_lists_five_to_ten_questions_it_answers(library: Library, guide_id: str) -> None:
    questions = library.guides[guide_id].source_text.questions
    assert 5 <= len(questions) <= 10
    assert len({q.casefold() for q in questions}) == len(questions)


def test_every_guide_has_sources_that_exist_and_a_date_it_was_written(library: Library) -> None:
    for guide in library.guides.values():
        assert guide.sources, guide.id
        assert set(guide.sources) <= set(library.sources), guide.id
        assert guide.source_text.updated is not None, guide.id


@pytest.mark.parametrize("guide_id", GUIDES_2026)
def test_each_2026_guide_says_what_to_do_first_and_has_a_full_card(library: Library, guide_id: str) -> None:
    text = library.guides[guide_id].source_text
    assert "## What to do first" in text.body
    assert text.card.headline and 3 <= len(text.card.key_points) <= 6
    assert text.card.phrases


def _local_records(library: Library) -> set[str]:
    """Directory records that serve only some states or counties, not the whole country."""
    return {r.id for r in library.directory.values() if not any(area.national for area in r.service_area)}


def test_no_2026_guide_card_names_a_local_contact(library: Library) -> None:
    # Guides are national: a local office belongs to its place profile, found by ZIP code (review 23).
    local = _local_records(library)
    assert "alexandria-police-non-emergency" in local  # the check below can see an Alexandria office
    for guide_id in GUIDES_2026:
        for lang, text in library.guides[guide_id].texts.items():
            assert not set(text.card.contacts) & local, (guide_id, lang)


def test_no_english_guide_card_names_a_local_contact(library: Library) -> None:
    # The English card is the one every translation is made from (review 23).
    local = _local_records(library)
    for guide in library.guides.values():
        assert not set(guide.source_text.card.contacts) & local, guide.id


def _card_words(library: Library, guide_id: str, lang: str) -> str:
    card = library.guides[guide_id].texts[lang].card
    return " ".join([card.headline, *card.key_points, *card.phrases, card.officer_statement])


def test_no_2026_guide_card_prints_a_local_place_or_phone(library: Library) -> None:
    local_phones = {
        re.sub(r"\D", "", phone.number)[-10:]
        for record_id in _local_records(library)
        for phone in library.directory[record_id].phones
    }
    local_names = {place.name for place in library.places.values() if place.kind in ("city", "county")}
    assert "Alexandria" in local_names and "7037464444" in local_phones  # the check below can see them
    for guide_id in GUIDES_2026:
        for lang in library.guides[guide_id].texts:
            words = _card_words(library, guide_id, lang)
            digits = re.sub(r"\D", "", words)
            assert not [name for name in local_names if name in words], (guide_id, lang)
            assert not [phone for phone in local_phones if phone in digits], (guide_id, lang)


def test_the_2026_guides_are_english_source_texts(library: Library) -> None:
    for guide_id in GUIDES_2026:
        assert library.guides[guide_id].source_text.translation.status == "source"
        assert SOURCE_LANGUAGE in library.guides[guide_id].texts
