"""The typo fallback's distance and candidate search."""

from __future__ import annotations

import sqlite3

import pytest

from desktopguide.core.search import SearchDocument, SearchIndex, spelling
from desktopguide.core.search.spelling import Speller, deletions, osa_distance


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("detainer", "detainer", 0),
        ("detainr", "detainer", 1),  # a letter left out
        ("detianer", "detainer", 1),  # two letters swapped
        ("detainex", "detainer", 1),  # a wrong letter
        ("deetainer", "detainer", 1),  # a letter doubled
        ("dtianer", "detainer", 2),
        ("", "abc", 3),
    ],
)
def test_osa_distance_counts_swaps_as_one_edit(a: str, b: str, distance: int) -> None:
    assert osa_distance(a, b) == distance == osa_distance(b, a)


def test_deletions_include_the_word_itself() -> None:
    assert deletions("abc") == {"abc", "bc", "ac", "ab"}
    assert "a" in deletions("abc", depth=2)


def speller_for(*texts: str) -> Speller:
    docs = [SearchDocument("guide", f"g{i}", "en", title=t) for i, t in enumerate(texts)]
    index = SearchIndex.from_documents(docs)
    return index._speller


def test_nearest_prefers_the_closest_word_then_the_most_common() -> None:
    speller = speller_for("detainer", "detainer hold", "detained", "retainer")
    assert speller.nearest("detainr") == "detainer"
    assert (
        speller.nearest("detaine") == "detainer"
    )  # detainer and detained are one edit away; detainer is in more records
    assert speller.nearest("xyzxyz") is None


def test_short_words_and_numbers_are_not_corrected() -> None:
    speller = speller_for("visa 2024 law")
    assert speller.nearest("vis") is None
    assert speller.nearest("2025") is None


def test_long_words_allow_two_extra_or_wrong_letters() -> None:
    speller = speller_for("deportation")
    assert speller.nearest("deporrtattion") == "deportation"  # two letters too many
    assert speller.nearest("deportatoin") == "deportation"  # a swap
    assert speller.nearest("deprtaton") is None  # two letters missing: not looked for


def test_known_and_known_prefix() -> None:
    speller = speller_for("sanctuary")
    assert speller.known("sanctuary") and not speller.known("sanct")
    assert speller.known_prefix("sanct") and not speller.known_prefix("sanx")
    assert isinstance(speller.conn, sqlite3.Connection)


def test_completions_of_short_prefixes_come_stored_in_the_order_of_the_longer_ones() -> None:
    conn = sqlite3.connect(":memory:")
    counts = {f"de{letter}{n}": (n * 7) % 11 for letter in "abct" for n in range(40)} | {"de": 3, "det": 1, "d": 2}
    spelling.build_tables(conn, counts)
    speller = Speller(conn)
    for prefix in ("d", "de", "det", "dea", "zz"):
        stored = speller.completions(prefix, spelling.STORED_COMPLETIONS)
        sorted_now = speller.completions(prefix, spelling.STORED_COMPLETIONS + 1)[: spelling.STORED_COMPLETIONS]
        assert stored == sorted_now  # the second is sorted by SQLite at search time
    assert speller.completions("de", 3)[0] == "de"  # the prefix itself first, though in few documents
    assert speller.completions("det", 40)[0] == "det"
    assert speller.completions("zz", 5) == []


def test_the_corrected_query_keeps_the_other_words_as_typed_and_spells_the_new_one_as_written() -> None:
    written = {"parada": "parada", "ecole": "école", "locator": "Locator"}.__getitem__
    assert spelling.corrected_as_typed("fui parado pela polícia", [("parado", "parada")], written) == (
        "fui parada pela polícia"  # not the folded "policia"
    )
    assert spelling.corrected_as_typed("peut-il aller à l'écolle ?", [("ecolle", "ecole")], written) == (
        "peut-il aller à l'école ?"
    )
    assert spelling.corrected_as_typed("ICE detainee locatr", [("locatr", "locator")], written) == (
        "ICE detainee locator"  # typed in lower case
    )
    assert spelling.corrected_as_typed("something else", [("locatr", "locator")], written) is None


def test_a_word_is_spelled_as_the_results_mark_it_then_as_they_write_it() -> None:
    assert spelling.written_in("бесплатнои", ["<b>Бесплатной</b> помощи", "бесплатнои"]) == "Бесплатной"
    assert spelling.written_in("ecole", ["Le droit d'aller à l'école publique"]) == "école"
    assert spelling.written_in("ecole", ["rien"]) is None


def test_a_search_shows_its_correction_as_typed_with_the_records_spelling() -> None:
    index = SearchIndex.from_documents(
        [SearchDocument("guide", "g", "ru", "Помощь", body="Нужна бесплатной юридической помощи адвоката.")]
    )
    results = index.search("Бесплатой адвоката", "ru", prefix_last=False)  # a letter missing
    assert results.corrections == (("бесплатои", "бесплатнои"),)
    assert results.corrected_query == "бесплатной адвоката"  # not the folded "бесплатнои"


def test_a_correction_is_a_word_of_the_readers_language_where_one_is_as_near() -> None:
    index = SearchIndex.from_documents(
        [
            SearchDocument("guide", "fr", "fr", "Aide", body="Aide aux victime de fraude."),
            SearchDocument("guide", "fr2", "fr", "Aide", body="Une victime peut porter plainte."),
            SearchDocument("guide", "en", "en", "Help", body="Help for victims of fraud."),
        ]
    )
    # "victime" is in more documents; "victims" is English, as the question is.
    assert index.search("victimz fraud", "en", prefix_last=False).corrections == (("victimz", "victims"),)
    assert index.search("victimz fraude", "fr", prefix_last=False).corrections == (("victimz", "victime"),)


def test_a_folded_word_as_typed_is_no_correction() -> None:
    index = SearchIndex.from_documents([SearchDocument("guide", "card", "pt", "Documentos", body="Leve o seu cartão.")])
    assert index.search("cartao", "pt", prefix_last=False).corrected_query is None  # "cartão" folded


def test_a_corrected_word_the_results_lack_is_spelled_as_another_record_in_the_readers_language_writes_it() -> None:
    index = SearchIndex.from_documents(
        [
            SearchDocument("guide", "court", "pt", "Tribunal", body="A audiência no tribunal."),
            SearchDocument("guide", "card", "pt", "Documentos", body="Leve o seu cartão."),
        ]
    )
    # The one result shown has "audiência" and "tribunal", not "cartão": the card's record spells it.
    results = index.search("audiência tribunal cartãoo", "pt", limit=1, prefix_last=False)
    assert [r.id for r in results] == ["court"]
    assert results.corrected_query == "audiência tribunal cartão"  # not the folded "cartao"


@pytest.mark.parametrize(
    ("question", "lang", "record"),
    [
        ("حق ساکت", "fa", "حق ساعت"),  # "silent" is not "hour"; beside a word that matches, left as typed
        ("أقود السيارة", "ar", "عقود السيارة"),  # "I drive" is not "contracts"
        ("ساکت", "fa", "ساعت"),  # alone, a word of four letters is not corrected at all
        ("عندي", "ar", "عندئذ"),  # "I have" is not "then", though only a letter is added
        ("marriage", "en", "carriage"),  # alone, a longer word may change its ending only
    ],
)
def test_a_rightly_spelled_word_no_record_has_is_not_made_into_another_word(
    question: str, lang: str, record: str
) -> None:
    index = SearchIndex.from_documents([SearchDocument("guide", "g", lang, "T", body=record)])
    results = index.search(question, lang, prefix_last=False)
    assert results.corrections == () and results.corrected_query is None


def test_a_rightly_spelled_word_alone_that_no_record_has_may_change_its_ending() -> None:
    # Alone, "адвокату" (to a lawyer) is "адвоката" (of a lawyer): the same word, which the guide has.
    index = SearchIndex.from_documents([SearchDocument("guide", "g", "ru", "T", body="Помощь адвоката в суде.")])
    assert index.search("адвокату", "ru", prefix_last=False).corrections == (("адвокату", "адвоката"),)


def test_a_misspelled_word_is_still_corrected_anywhere_in_it() -> None:
    index = SearchIndex.from_documents([SearchDocument("guide", "g", "es", "T", body="Busque un abogado.")])
    assert index.search("busque abgado", "es", prefix_last=False).corrections == (("abgado", "abogado"),)



def test_a_correction_keeps_the_first_letter() -> None:
    # "warent" is one letter from "parent" and two from "warrant": a slip seldom hits the first letter.
    index = SearchIndex.from_documents(
        [
            SearchDocument("guide", "kids", "en", "Care", body="A parent can sign the form."),
            SearchDocument("guide", "ropes", "en", "Ropes", body="A warp and a weft."),
        ]
    )
    assert index.search("warent", "en", prefix_last=False).corrections == ()


def test_a_slip_of_two_letters_in_a_word_a_need_is_stated_with_is_corrected_into_it() -> None:
    # "warrant" states a need: "warent" (two slips) is corrected into it, alone or beside other words.
    index = SearchIndex.from_documents(
        [
            SearchDocument("guide", "kids", "en", "Care", body="A parent can sign the form."),
            SearchDocument("guide", "warrants", "en", "Warrants", body="A warrant signed by a judge."),
        ]
    )
    assert index.search("warent", "en", prefix_last=False).corrections == (("warent", "warrant"),)
    assert index.search("judge warent", "en", prefix_last=False).corrections == (("warent", "warrant"),)


def test_a_needs_word_in_the_readers_language_comes_before_another_languages_word_one_slip_nearer() -> None:
    index = SearchIndex.from_documents(
        [
            SearchDocument("guide", "en", "en", "Sheriff", body="The sheriff runs the jail."),
            SearchDocument("guide", "fr", "fr", "Shérif", body="Le shérif dirige la prison."),
            SearchDocument("guide", "fr2", "fr", "Shérif", body="Un shérif."),
        ]
    )
    assert index.search("sherrif", "en", prefix_last=False).corrections == (("sherrif", "sheriff"),)
    assert index.search("sherrif", "fr", prefix_last=False).corrections == (("sherrif", "sherif"),)


def test_a_correction_is_the_readers_word_before_the_english_beside_every_translation() -> None:
    # "deportation" is in the records of every language, beside "deportación" and the others.
    langs = ["en", "es", "fr", "pt", "ht", "vi", "ru", "uk", "tl", "ar"]
    documents = [SearchDocument("term", f"t-{lang}", lang, "Term", body="removal (deportation)") for lang in langs]
    documents.append(SearchDocument("guide", "g", "es", "Guía", body="La deportación sin juez."))
    index = SearchIndex.from_documents(documents)
    assert index.search("deportasion", "es", prefix_last=False).corrections == (("deportasion", "deportacion"),)
    assert index.search("deportasion", "en", prefix_last=False).corrections == (("deportasion", "deportation"),)


def test_an_arabic_word_with_a_one_letter_word_joined_before_it_is_found_without_a_correction() -> None:
    index = SearchIndex.from_documents(
        [
            SearchDocument("guide", "kids", "ar", "رعاية الأطفال", body="من يعتني بأطفالك؟ أطفالي في أمان."),
            SearchDocument("guide", "other", "ar", "أخرى", body="أطفال المدارس."),
        ]
    )
    results = index.search("من سيعتني باطفالي", "ar", prefix_last=False)
    assert results.corrections == () and [r.id for r in results][:1] == ["kids"]


def _hmong_index() -> SearchIndex:
    return SearchIndex.from_documents(
        [
            SearchDocument("guide", "kids", "hmn", "Kev saib xyuas menyuam", body="Leej twg saib xyuas cov menyuam."),
            SearchDocument("guide", "hard", "hmn", "Nyuaj", body="Qhov no nyuaj heev."),
        ]
    )


@pytest.mark.parametrize("prefix_last", [False, True])  # typed to the end in the app: the last word is a prefix
def test_two_typed_words_the_records_write_as_one_find_that_word_uncorrected(prefix_last: bool) -> None:
    # Hmong "me nyuam" (child) is "menyuam" in the guides: "nyuam" alone had been corrected to "nyuaj" (hard).
    results = _hmong_index().search("kuv cov me nyuam", "hmn", prefix_last=prefix_last)
    assert results.corrections == () and [r.id for r in results] == ["kids"]
    assert "<b>menyuam</b>" in results[0].title_html


def test_two_typed_words_are_joined_only_when_one_alone_is_in_no_record() -> None:
    index = SearchIndex.from_documents(
        [
            SearchDocument("guide", "apart", "en", "Apart", body="You can not be made to sign."),
            SearchDocument("guide", "joined", "en", "Joined", body="Officers cannot enter without a warrant."),
            SearchDocument("guide", "court", "en", "Immigration court", body="Go to court."),
        ]
    )
    assert [r.id for r in index.search("immi gration", "en")] == ["court"]  # split by a slip: joined
    assert [r.id for r in index.search("can not", "en")] == ["apart"]  # both words are in records: as typed
