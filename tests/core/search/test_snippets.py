"""Snippets show the text as written, with the matched words marked."""

from __future__ import annotations

import re
from typing import Any

import pytest

from desktopguide.core.search.snippets import Snippet, highlight, highlighter, make_snippet


def marked(words: tuple[tuple[str, bool], ...], text: str) -> str:
    return highlight(highlighter(words), text).marked("[", "]")


def test_words_are_marked_whatever_their_accents_and_case() -> None:
    assert marked((("policia", False),), "La Policía y la POLICÍA.") == "La [Policía] y la [POLICÍA]."
    assert marked((("viet", False),), "Tiếng Việt") == "Tiếng [Việt]"


def test_arabic_words_are_marked_with_their_harakat_tatweel_and_article() -> None:
    assert marked((("محمد", False),), "قال مُحَمَّد") == "قال [مُحَمَّد]"
    assert marked((("شرطه", False),), "الشـرطة المحلية") == "[الشـرطة] المحلية"


def test_only_whole_words_unless_a_prefix() -> None:
    assert marked((("ice", False),), "ICE police") == "[ICE] police"
    assert marked((("deta", True),), "detainer, detained") == "[detainer], [detained]"


def test_phrases_are_marked_across_spaces_and_punctuation() -> None:
    assert marked((("la migra", False),), "La  migra, la-migra") == "[La  migra], [la-migra]"


def test_chinese_is_marked_inside_a_run() -> None:
    assert marked((("逮捕令", False),), "请他们把逮捕令从门下递进来") == "请他们把[逮捕令]从门下递进来"


def test_arabic_articles_are_marked_with_the_word_whatever_marks_are_between() -> None:
    words = (("شرطه", False),)
    text = "بالشُّرطة، والشـرطة، للشرطة، وبالشرطة"
    assert marked(words, text) == "[بالشُّرطة]، [والشـرطة]، [للشرطة]، وبالشرطة"  # "وبال" is no article
    assert marked(words, "الْشرطة") == "[الْشرطة]"  # a sukun between the article and the word
    assert marked(words, "شرطي") == "شرطي"  # another word beginning with it


def test_a_mark_after_a_word_is_marked_with_it_unless_a_letter_follows() -> None:
    assert marked((("محمد", False),), "محمدٌ قال") == "[محمدٌ] قال"
    # A removed mark counts as the end of a word, as it did for the regular expression.
    assert marked((("مح", False),), "مح\u064eمد") == "[مح]\u064eمد"


def test_persian_words_are_marked_across_the_zero_width_non_joiner() -> None:
    assert marked((("ميدهد", False),), "او می\u200cدهد") == "او [می\u200cدهد]"


def test_a_word_inside_another_word_is_not_marked() -> None:
    assert marked((("ice", False),), "police ICE nice icey") == "police [ICE] nice icey"
    assert marked((("tain", True),), "detainer tainted") == "detainer [tainted]"


def test_a_prefix_takes_the_rest_of_its_word() -> None:
    assert marked((("deta", True),), "Detained, detainee_list deta") == "[Detained], [detainee_list] [deta]"


def test_two_words_are_marked_together_only_as_two_whole_words() -> None:
    words = (("la migra", False),)
    assert marked(words, "la\nmigra; la migrant; la-migra_x") == "[la\nmigra]; la migrant; [la-migra]_x"
    assert marked(words, "la casa, la inmigración") == "la casa, la inmigración"
    assert marked((*words, ("la", False)), "la casa, la migra") == "[la] casa, [la migra]"


def test_the_longest_item_matching_at_a_place_is_marked() -> None:
    words = (("ice", False), ("ice agents", False))
    assert marked(words, "ICE agents and ICE") == "[ICE agents] and [ICE]"


def test_chinese_pairs_are_marked_without_overlapping() -> None:
    words = (("免费", False), ("费律", False), ("律师", False))
    assert marked(words, "找免费律师") == "找[免费][律师]"


def test_a_window_starting_inside_a_word_does_not_mark_its_end_as_a_word() -> None:
    marker = highlighter((("ice", False),))
    assert marker is not None
    assert marker.spans("xice ice", 1) == [(5, 8)]
    assert marker.spans("ice ice", 0, 3) == [(0, 3)]
    assert marker.first("xice nice ice") == 10


def test_nothing_to_mark_gives_no_highlighter() -> None:
    assert highlighter(()) is None and highlighter((("  ", False),)) is None
    assert highlight(None, "text") == Snippet("text")


def test_marking_compiles_no_pattern_for_the_query(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every keystroke is a new query: compiling a pattern for each cost a third of a search."""
    compiled: list[object] = []
    compile_pattern = re.compile

    def spy(*args: Any, **kwargs: Any) -> re.Pattern[str]:
        compiled.append(args[0])
        return compile_pattern(*args, **kwargs)

    monkeypatch.setattr(re, "compile", spy)
    assert marked((("private", True), ("a word", False)), "A word, privately") == "[A word], [privately]"
    assert make_snippet(highlighter((("word", False),)), [("A word.", None)]).spans
    assert compiled == []


def test_html_form_escapes_the_text() -> None:
    snippet = Snippet("a <b> & c", ((6, 7),))
    assert snippet.html() == "a &lt;b&gt; <b>&amp;</b> c"
    snippet = Snippet("x<y abc & d", ((0, 1), (4, 7), (8, 9)))
    assert snippet.html() == "<b>x</b>&lt;y <b>abc</b> <b>&amp;</b> d"
    assert Snippet("a b c", ((2, 3),)).html() == "a <b>b</b> c"


def test_snippet_is_a_window_around_the_first_match_on_one_line() -> None:
    body = "word " * 100 + "the ICE\n\n detainer is here " + "more " * 100
    snippet = make_snippet(highlighter((("detainer", False),)), [("", None), (body, None)])
    assert snippet.text.startswith("…") and snippet.text.endswith("…")
    assert "\n" not in snippet.text and "  " not in snippet.text
    assert snippet.marked("[", "]").count("[detainer]") == 1
    assert len(snippet.text) <= 200


def test_without_a_match_the_snippet_is_the_start_of_the_text() -> None:
    snippet = make_snippet(highlighter((("zzz", False),)), [("A short summary.", None), ("Body.", None)])
    assert snippet == Snippet("A short summary.")


def test_forgetting_queries_drops_the_compiled_patterns() -> None:
    from desktopguide.core.search import SearchIndex

    pattern = re.compile("a private word")
    assert re.compile("a private word") is pattern  # kept in re's cache
    SearchIndex.forget_queries()
    assert re.compile("a private word") is not pattern


def test_a_result_shows_its_summary_where_it_matches_else_its_body_where_that_does() -> None:
    from desktopguide.core.search import SearchIndex
    from desktopguide.core.search.documents import SearchDocument

    index = SearchIndex.from_documents(
        [
            SearchDocument("guide", "in-summary", "en", "One", summary="The harbor is quiet.", body="A harbor body."),
            SearchDocument("guide", "in-body", "en", "Two", summary="Nothing here.", body="Text. " * 50 + "A harbor."),
            SearchDocument("guide", "in-title", "en", "Harbor", summary="A summary.", body="A body."),
            SearchDocument("guide", "no-summary", "en", "Harbor rules", body="Rules of the port."),
        ]
    )
    snippets = {r.id: r.snippet_html for r in index.search("harbor", "en", prefix_last=False)}
    assert snippets["in-summary"] == "The <b>harbor</b> is quiet."
    assert snippets["in-body"].startswith("…") and snippets["in-body"].endswith("A <b>harbor</b>.")
    assert snippets["in-title"] == "A summary."
    assert snippets["no-summary"] == "Rules of the port."


def test_single_line_breaks_and_tabs_become_spaces_with_the_marks_on_their_words() -> None:
    snippet = make_snippet(highlighter((("ice", False),)), [(" the\nICE\tagent, ICE  ", None)])
    assert snippet.marked("[", "]") == "the [ICE] agent, [ICE]"
