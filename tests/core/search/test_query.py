"""Query building: the user's text only ever becomes folded words, never query syntax."""

from __future__ import annotations

import subprocess
import sys

from desktopguide.core.search.query import Phrase, QueryWord, form_phrase, parse_query


def test_words_are_phrases_and_the_last_is_a_prefix_while_typing() -> None:
    words = parse_query('NEAR("ice" AND det')
    assert words == [QueryWord("near"), QueryWord("ice"), QueryWord("and"), QueryWord("det", prefix=True)]
    assert [w.phrase() for w in words] == [
        Phrase(("near",)),
        Phrase(("ice",)),
        Phrase(("and",)),
        Phrase(("det",), prefix=True),
    ]


def test_a_trailing_space_ends_the_last_word() -> None:
    assert parse_query("detain ")[-1].prefix is False
    assert parse_query("detain", prefix_last=False)[-1].prefix is False


def test_a_one_letter_last_word_is_not_a_prefix_but_one_chinese_character_is() -> None:
    assert parse_query("a")[0].prefix is False
    assert parse_query("门")[0].phrase() == Phrase(("门",), prefix=True)


def test_chinese_words_become_phrases_of_character_pairs() -> None:
    assert parse_query("逮捕令", prefix_last=False)[0].phrase() == Phrase(("逮捕", "捕令"))


def test_a_glossary_form_of_several_words_is_one_phrase() -> None:
    assert form_phrase(["immigration", "hold"]) == Phrase(("immigration", "hold"))


def test_query_syntax_is_only_words() -> None:
    words = parse_query('x) OR {body}: "y" NOT z* ^w field:value')
    tokens = [token for word in words for token in word.phrase().tokens]
    assert tokens == ["x", "or", "body", "y", "not", "z", "w", "field", "value"]
    assert all(token.isalnum() for token in tokens)


def test_search_core_does_not_import_qt() -> None:
    code = (
        "import sys\n"
        "from desktopguide.core.content.loader import load_library\n"
        "from desktopguide.core.search import SearchIndex\n"
        "SearchIndex.from_documents([]).search('x', 'en')\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
