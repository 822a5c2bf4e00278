"""Query building: the user's text only ever reaches FTS5 inside double quotes."""

from __future__ import annotations

import re
import subprocess
import sys

from desktopguide.core.search.query import QueryWord, headline_match, parse_query, phrase


def test_words_are_quoted_and_the_last_is_a_prefix_while_typing() -> None:
    words = parse_query('NEAR("ice" AND det')
    assert words == [QueryWord("near"), QueryWord("ice"), QueryWord("and"), QueryWord("det", prefix=True)]
    assert [w.phrase() for w in words] == ['"near"', '"ice"', '"and"', '"det"*']


def test_a_trailing_space_ends_the_last_word() -> None:
    assert parse_query("detain ")[-1].prefix is False
    assert parse_query("detain", prefix_last=False)[-1].prefix is False


def test_a_one_letter_last_word_is_not_a_prefix_but_one_chinese_character_is() -> None:
    assert parse_query("a")[0].prefix is False
    assert parse_query("门")[0].phrase() == '"门"*'


def test_chinese_words_become_phrases_of_character_pairs() -> None:
    assert parse_query("逮捕令", prefix_last=False)[0].phrase() == '"逮捕 捕令"'


def test_quotes_inside_a_phrase_are_doubled() -> None:
    assert phrase(['say "hi"']) == '"say ""hi"""'


def test_nothing_outside_quotes_comes_from_the_user() -> None:
    expression = headline_match(" AND ".join(w.phrase() for w in parse_query('x) OR {body}: "y" NOT z* ^w')), None)
    outside_quotes = re.sub(r'"(?:[^"]|"")*"', "", expression)
    assert set(re.findall(r"[A-Za-z]+", outside_quotes)) <= {
        "AND",
        "title",
        "questions",
        "keywords",
        "summary",
        "related",
    }


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
