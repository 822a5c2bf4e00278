"""Snippets show the text as written, with the matched words marked."""

from __future__ import annotations

import pytest

from desktopguide.core.search.snippets import Snippet, has_filler, highlight, highlighter, make_snippet


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


@pytest.mark.parametrize(
    ("words", "text"),
    [
        ((("policia", False), ("ice", False)), "La Policía, ICE y la POLICÍA; icey."),
        ((("deta", True), ("la migra", False)), "detainer, detained; La  migra, la-migra_x"),
        ((("شرطه", False), ("محمد", True)), "الشرطة المحلية وبالشرطة محمدي"),
        ((("逮捕令", False), ("ice", False)), "请他们把逮捕令从门下递进来 ICE"),
    ],
)
def test_the_pattern_for_text_without_fillers_marks_the_same_words(
    words: tuple[tuple[str, bool], ...], text: str
) -> None:
    assert not has_filler(text)
    plain = highlighter(words, fillers=False)
    assert plain is not None and len(plain.pattern) <= len(str(highlighter(words)))
    assert highlight(plain, text) == highlight(highlighter(words), text)
    assert highlight(plain, text).spans


def test_text_with_harakat_or_tatweel_needs_the_pattern_with_fillers() -> None:
    assert has_filler("قال مُحَمَّد") and has_filler("الشـرطة")
    assert not has_filler("Tiếng Việt")
    assert has_filler("ignored", "a\x01b")  # a stored folded copy is what counts


def test_html_form_escapes_the_text() -> None:
    snippet = Snippet("a <b> & c", ((6, 7),))
    assert snippet.html() == "a &lt;b&gt; <b>&amp;</b> c"


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

    highlighter((("a private word", False),))
    assert highlighter.cache_info().currsize > 0
    SearchIndex.forget_queries()
    assert highlighter.cache_info().currsize == 0
