"""Relevance: what people type, in many languages and scripts, puts the right record in
the first three results. Typos, missing accents, everyday words, other languages,
prefixes while typing."""

from __future__ import annotations

import pytest

from desktopguide.core.search import SearchDocument, SearchIndex

# (query, language of the reader, kinds or None, expected (kind, id)), on the bundled content.
BUNDLED = [
    # English
    ("detainer", "en", None, ("guide", "ice-detainers")),
    ("ICE detainers", "en", None, ("guide", "ice-detainers")),
    ("detainr", "en", None, ("guide", "ice-detainers")),  # typo
    ("detai", "en", None, ("term", "detainer")),  # typing: a prefix
    ("immigration hold", "en", None, ("term", "detainer")),  # a synonym
    ("I-247", "en", None, ("term", "detainer")),
    ("agents at my door", "en", None, ("guide", "agents-at-door")),
    ("stopped by police", "en", None, ("guide", "stopped-by-police")),
    ("stoped by polise", "en", None, ("guide", "stopped-by-police")),  # two typos
    ("judge's warrant", "en", None, ("term", "judicial-warrant")),
    ("deportation", "en", None, ("term", "removal")),
    ("287g", "en", None, ("term", "287g")),
    ("287(g)", "en", None, ("term", "287g")),
    ("Alexandria", "en", ["place"], ("place", "us-va-alexandria")),
    ("alexandria police", "en", None, ("org", "alexandria-police-non-emergency")),
    ("American Civil Liberties Union", "en", None, ("org", "aclu")),
    ("ACLU", "en", ["org"], ("org", "aclu")),
    ("orden judicial", "en", None, ("term", "judicial-warrant")),  # Spanish words, English reader
    # Spanish
    ("la migra", "es", None, ("term", "ice")),  # everyday words
    ("retencion", "es", None, ("guide", "ice-detainers")),  # no accent
    ("órdenes de retención", "es", None, ("guide", "ice-detainers")),
    ("deportacion", "es", None, ("term", "removal")),
    ("puerta", "es", None, ("guide", "agents-at-door")),
    ("agentes en mi puerta", "es", None, ("guide", "agents-at-door")),
    ("warrant", "es", None, ("guide", "agents-at-door")),  # English word, Spanish reader
    ("detainer", "es", None, ("guide", "ice-detainers")),
    ("juez de inmigracion", "es", None, ("term", "immigration-judge")),
    ("policía local", "es", ["guide"], ("guide", "local-police-and-ice")),
]

# The same questions in the scripts only the test content has.
MULTILINGUAL = [
    ("مذكرة", "ar", ("guide", "agents-at-door")),  # without harakat or the article
    ("شرطة", "ar", ("guide", "agents-at-door")),  # content has tatweel and the article
    ("امر", "ar", ("guide", "agents-at-door")),  # alef without hamza
    ("محامي", "ar", ("guide", "agents-at-door")),
    ("حكمي", "fa", ("guide", "agents-at-door")),  # Arabic keyboard's kaf and yeh
    ("ميدهد", "fa", ("guide", "agents-at-door")),  # without the zero-width non-joiner
    ("逮捕令", "zh", ("guide", "agents-at-door")),
    ("法官", "zh", ("guide", "agents-at-door")),
    ("门", "zh", ("guide", "agents-at-door")),  # one character while typing
    ("판사", "ko", ("guide", "agents-at-door")),  # written with a particle: 판사가
    ("영장", "ko", ("guide", "agents-at-door")),
    ("tham phan", "vi", ("guide", "agents-at-door")),  # no tone marks
    ("lenh", "vi", ("guide", "agents-at-door")),
    ("juge", "fr", ("guide", "agents-at-door")),
    ("mandat signe", "fr", ("guide", "agents-at-door")),
    ("silance", "fr", ("guide", "agents-at-door")),  # typo
    ("судьей", "ru", ("guide", "agents-at-door")),  # е for ё
    ("ордер", "ru", ("guide", "agents-at-door")),
]


def top3(index: SearchIndex, query: str, lang: str, kinds: list[str] | None = None) -> list[tuple[str, str]]:
    return [(r.kind, r.id) for r in index.search(query, lang, kinds=kinds, limit=3)]


@pytest.mark.parametrize(("query", "lang", "kinds", "expected"), BUNDLED)
def test_bundled_content_has_the_expected_record_in_the_first_three(
    bundled_index: SearchIndex, query: str, lang: str, kinds: list[str] | None, expected: tuple[str, str]
) -> None:
    assert expected in top3(bundled_index, query, lang, kinds)


@pytest.mark.parametrize(("query", "lang", "expected"), MULTILINGUAL)
def test_each_script_finds_its_own_language_first(
    multilingual_index: SearchIndex, query: str, lang: str, expected: tuple[str, str]
) -> None:
    results = multilingual_index.search(query, lang, limit=3)
    assert (results[0].kind, results[0].id) == expected
    assert results[0].lang == lang


def test_there_are_at_least_thirty_relevance_queries_in_five_languages() -> None:
    languages = {lang for _q, lang, *_ in BUNDLED} | {lang for _q, lang, _e in MULTILINGUAL}
    assert len(BUNDLED) + len(MULTILINGUAL) >= 30
    assert len(languages) >= 5


def test_la_migra_finds_the_guides_about_ice(bundled_index: SearchIndex) -> None:
    ids = [r.id for r in bundled_index.search("la migra", "es", kinds=["guide"], limit=3)]
    assert {"agents-at-door", "stopped-by-police", "ice-detainers"} & set(ids)


def test_results_in_the_readers_language_come_first_and_others_say_theirs() -> None:
    documents = [
        SearchDocument("guide", "spanish-only", "es", "Órdenes de arresto", body="Qué es una orden (warrant)."),
        SearchDocument("guide", "both", "en", "Warrants", body="A warrant is signed by a judge."),
        SearchDocument("guide", "both", "es", "Órdenes judiciales", body="Un juez firma la orden."),
        SearchDocument("org", "english-only", "en", "Warrant Clinic", body="Help with warrants."),
    ]
    results = SearchIndex.from_documents(documents).search("warrant", "es", prefix_last=False)
    assert results[0].id == "spanish-only"
    assert {(r.id, r.lang, r.other_language) for r in results[1:]} == {
        ("both", "es", False),  # matched in English; the reader has it in Spanish
        ("english-only", "en", True),
    }


def test_a_record_matched_in_another_language_is_shown_in_the_readers(bundled_index: SearchIndex) -> None:
    # "detention" is a French word too: an English reader gets the English guides.
    results = bundled_index.search("ICE detention in texas", "en", limit=20)
    assert results and all(r.lang == "en" and not r.other_language for r in results)
    spanish = bundled_index.search("warrant", "es", limit=20)
    assert {"judicial-warrant", "administrative-warrant"} <= set(spanish.ids)
    assert all(r.lang == "es" for r in spanish)


def test_a_record_is_listed_once_even_when_it_matches_in_several_languages(bundled_index: SearchIndex) -> None:
    results = bundled_index.search("ICE", "fr", limit=50)  # French: every match is in another language
    keys = [(r.kind, r.id) for r in results]
    assert len(keys) == len(set(keys)) > 0


def test_typo_fallback_says_what_it_searched_for(bundled_index: SearchIndex) -> None:
    assert bundled_index.search("detainr", "en").corrected_query == "detainer"
    assert bundled_index.search("detainer", "en").corrected_query is None


def test_kinds_filter_the_results(bundled_index: SearchIndex) -> None:
    for kind in ("guide", "org", "place", "term"):
        results = bundled_index.search("alexandria ICE", "en", kinds=[kind], limit=20)
        assert results and {r.kind for r in results} == {kind}


def test_snippets_mark_the_matched_words_as_written(bundled_index: SearchIndex) -> None:
    result = bundled_index.search("retencion", "es", kinds=["guide"], limit=1)[0]
    assert "<b>retención</b>" in result.snippet_html
    assert "<b>" not in result.snippet and "retención" in result.snippet


def test_the_last_word_is_a_prefix_only_while_typing(bundled_index: SearchIndex) -> None:
    typing = bundled_index.search("sanctu", "en")
    assert typing and typing.corrected_query is None
    assert "sanctuary-policies" in typing.ids
    finished = bundled_index.search("sanctu ", "en")  # a space: the word is complete
    assert not finished


@pytest.mark.parametrize(
    ("query", "lang", "expected"),
    [
        ("fianza", "es", ("term", "bond")),  # the everyday word
        ("bond hearing", "en", ("term", "bond")),
        ("detainee locator", "en", ("term", "detainee-locator")),
        ("localizador de detenidos", "es", ("term", "detainee-locator")),
        ("G-325R", "en", ("term", "registration")),
        ("cita con ICE", "es", ("term", "check-in")),
        ("deportación sin juez", "es", ("term", "expedited-removal")),
    ],
)
def test_2026_glossary_terms_are_found_by_the_words_people_use(
    bundled_index: SearchIndex, query: str, lang: str, expected: tuple[str, str]
) -> None:
    assert expected in top3(bundled_index, query, lang)


def test_snippets_mark_arabic_words_written_with_tatweel(multilingual_index: SearchIndex) -> None:
    """Text with a mark folding removes is highlighted with the pattern that allows for it."""
    result = multilingual_index.search("شرطه", "ar", limit=1)[0]
    assert "<b>الشـرطة</b>" in result.snippet_html
