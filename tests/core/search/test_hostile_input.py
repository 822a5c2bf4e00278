"""Anything a person can type or paste returns results or none, never an error."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktopguide.core.search import SearchIndex
from desktopguide.core.search.query import MAX_WORDS, parse_query

HOSTILE = [
    "",
    " ",
    "\t\n",
    '"',
    '""',
    '"detainer',
    "detainer\"'",
    "*",
    "**",
    "detainer*",
    "*detainer",
    "AND",
    "OR",
    "NOT",
    "ice AND",
    "OR ice",
    "NOT NOT NOT",
    "NEAR(",
    "NEAR(ice detainer, 3)",
    "NEAR(ice detainer",
    "(",
    ")",
    "((((ice",
    "ice))))",
    "-",
    "-ice",
    "ice -detainer",
    "title:ice",
    "{title body}: ice",
    "^ice",
    "ice + detainer",
    "col : ( ice )",
    "😀",
    "😀😀 ice 🇺🇸",
    "\x00",
    "ice\x00detainer",
    "\x1b[31mred\x1b[0m",
    "\ud800",
    "ice \udfff detainer",
    "\u200b\u200c\u200d\ufeff",
    "\u202eevil",
    "' OR 1=1; DROP TABLE docs; --",
    "%_[]",
    "\\",
    "a" * 10_000,
    "ice " * 2_500,
    "é" * 10_000,
    "移" * 10_000,
    "🙂" * 10_000,
    "(" * 10_000,
    '"' * 10_000,
]


@pytest.mark.parametrize("query", HOSTILE, ids=range(len(HOSTILE)))
@pytest.mark.parametrize("lang", ["en", "ar", "xx"])
def test_hostile_input_never_raises(bundled_index: SearchIndex, query: str, lang: str) -> None:
    results = bundled_index.search(query, lang)
    assert len(results) <= 20
    for result in results:
        assert result.title and result.kind in ("guide", "org", "place", "term")


@pytest.mark.parametrize("query", ['"detainer"', "detainer*", "(detainer)", "-detainer", "NOT detainer", "detainer 😀"])
def test_syntax_characters_around_a_word_still_find_it(bundled_index: SearchIndex, query: str) -> None:
    assert "ice-detainers" in bundled_index.search(query, "en").ids


def test_operators_are_searched_as_words(bundled_index: SearchIndex) -> None:
    # "and" is an ordinary word: a query of just operators finds records with those words.
    assert bundled_index.search("AND", "en")
    assert bundled_index.search("ice OR", "en").corrected_query is None


def test_a_pasted_page_is_cut_to_its_first_words() -> None:
    words = parse_query("ice " * 2_500)
    assert 0 < len(words) <= MAX_WORDS


def test_a_long_question_keeps_the_words_at_its_end(bundled_index: SearchIndex) -> None:
    # The court and the lawyer are the 15th to 19th words; the first twelve alone were kept.
    question = "me llegó una carta que dice que tengo que ir a la corte de inmigración y no tengo abogado"
    ids = [r.id for r in bundled_index.search(question, "es")][:2]
    assert sorted(ids) == ["finding-legal-help", "immigration-court-and-check-ins"]


def test_unknown_kinds_are_a_programming_error_not_a_search(bundled_index: SearchIndex) -> None:
    with pytest.raises(ValueError, match="kind"):
        bundled_index.search("ice", "en", kinds=["people"])


def test_a_limit_of_zero_or_less_returns_nothing(bundled_index: SearchIndex) -> None:
    assert not bundled_index.search("ice", "en", limit=0)
    assert not bundled_index.search("ice", "en", limit=-5)


# Anything: text with any code point, including surrogates and controls, and runs of the
# characters that mean something to a query parser (FTS5's, Tantivy's) or SQL.
SPECIAL = st.sampled_from(
    ['"', "*", "(", ")", ":", "^", "-", "+", "{", "}", "AND", "OR", "NOT", "NEAR", ",", " ", "\x00", "\ud800"]
)
ANY_TEXT = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec=None, exclude_categories=())),
    st.lists(st.one_of(SPECIAL, st.text(max_size=5)), max_size=30).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=ANY_TEXT, lang=st.sampled_from(["en", "es", "zh", ""]), prefix_last=st.booleans())
def test_search_never_raises_for_any_text(bundled_index: SearchIndex, query: str, lang: str, prefix_last: bool) -> None:
    results = bundled_index.search(query, lang, prefix_last=prefix_last)
    assert len(results) <= 20
    for result in results:
        assert isinstance(result.snippet, str) and isinstance(result.snippet_html, str)


@pytest.mark.parametrize(
    "home_zip", ["", " ", "abcde", "99999", "2231", "22314-1234", "\x00", "'; DROP TABLE", "١٢٣٤٥"]
)
def test_any_home_zip_never_raises(bundled_index: SearchIndex, home_zip: str) -> None:
    results = bundled_index.search("lawyer in in in houston", "en", home_zip=home_zip)
    assert len({(r.kind, r.id) for r in results}) == len(results)
