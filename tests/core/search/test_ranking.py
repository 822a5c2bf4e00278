"""Ranking with Tantivy: field boosts, language and kind filters, phrases and prefixes."""

from __future__ import annotations

import pytest

from desktopguide.core.search import ranking
from desktopguide.core.search.query import Phrase
from desktopguide.core.search.ranking import HEADLINE_FIELDS, Ranker


def fields(**text: str) -> dict[str, str]:
    return {name: text.get(name, "") for name in ranking.TEXT_FIELDS}


ROWS = [
    (1, "en", "guide", "", fields(title="bond hearings", body="how a judge sets bond")),
    (2, "en", "guide", "", fields(title="court dates", body="bond " * 3 + "and other things")),
    (3, "es", "guide", "", fields(title="fianza y bond", body="la fianza")),
    (4, "en", "org", "", fields(title="bond fund of the city", body="pays bond")),
    (5, "en", "term", "", fields(title="detainer", keywords="immigration hold")),
    (
        6, "en", "guide", "",
        fields(title="family detained", questions="detained detainee detaining", body="detained " * 5),
    ),
    (7, "en", "guide", "", fields(questions="what is bond", body="bond")),
    (8, "en", "guide", "", fields(headings="bond", body="bond")),
]


@pytest.fixture(scope="module")
def ranker() -> Ranker:
    return Ranker(ranking.write(ROWS))


def word(text: str) -> tuple[Phrase, ...]:
    return (Phrase((text,)),)


def rowids(found: list[tuple[int, float]]) -> list[int]:
    return [rowid for rowid, _score in found]


def test_a_title_match_ranks_above_questions_headings_and_body(ranker: Ranker) -> None:
    found = rowids(ranker.search([word("bond")], lang="en", kinds=["guide"]))
    assert found[0] == 1  # in the title
    assert found.index(7) < found.index(8) < found.index(2)  # questions, then headings, then body alone


def test_the_language_filter_keeps_one_language_or_all_the_others(ranker: Ranker) -> None:
    assert rowids(ranker.search([word("fianza")], lang="es")) == [3]
    assert rowids(ranker.search([word("fianza")], lang="en")) == []
    assert 3 not in rowids(ranker.search([word("bond")], lang="en"))
    assert rowids(ranker.search([word("bond")], lang="en", other_languages=True)) == [3]


def test_the_kind_filter_keeps_only_those_kinds(ranker: Ranker) -> None:
    assert rowids(ranker.search([word("bond")], kinds=["org"])) == [4]
    assert set(rowids(ranker.search([word("bond")], kinds=["org", "guide"]))) == {1, 2, 3, 4, 7, 8}


def test_filters_do_not_change_the_order(ranker: Ranker) -> None:
    unfiltered = [r for r in rowids(ranker.search([word("bond")])) if r != 3]
    assert rowids(ranker.search([word("bond")], lang="en")) == unfiltered


def test_headline_fields_leave_out_the_body_and_headings(ranker: Ranker) -> None:
    assert set(rowids(ranker.search([word("bond")], HEADLINE_FIELDS, lang="en"))) == {1, 4, 7}


def test_every_group_or_any_group(ranker: Ranker) -> None:
    assert rowids(ranker.search([word("bond"), word("judge")])) == [1]
    assert set(rowids(ranker.search([word("judge"), word("fianza")], every=False))) == {1, 3}


def test_a_phrase_matches_its_words_in_a_row_only(ranker: Ranker) -> None:
    assert rowids(ranker.search([(Phrase(("immigration", "hold")),)])) == [5]
    assert rowids(ranker.search([(Phrase(("hold", "immigration")),)])) == []


def test_a_prefix_is_the_words_it_begins_each_ranked_once(ranker: Ranker) -> None:
    """The short title "detainer" comes before a guide naming detain* words in every field:
    the best completion counts, not the sum of all of them."""
    typed = Phrase(("detai",), prefix=True, completions=("detained", "detainee", "detainer", "detaining"))
    assert rowids(ranker.search([(typed,)], ["title"])) == [5, 6]
    assert rowids(ranker.search([(typed,)]))[0] == 5


def test_a_prefix_of_no_indexed_word_matches_nothing(ranker: Ranker) -> None:
    assert ranker.search([word("bond"), (Phrase(("zzz",), prefix=True),)]) == []


def test_rowids_restrict_the_search(ranker: Ranker) -> None:
    assert rowids(ranker.search([word("bond")], rowids=[2, 4, 5])) == [4, 2]


def test_a_preferred_language_comes_first_without_leaving_out_the_others(ranker: Ranker) -> None:
    everything = rowids(ranker.search([word("bond")]))
    assert everything[0] != 3
    preferred = rowids(ranker.search([word("bond")], preferred_lang="es"))
    assert preferred[0] == 3 and sorted(preferred) == sorted(everything)
