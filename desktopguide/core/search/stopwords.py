"""Words that make a sentence a question but say nothing about its subject, per language.

From the maintained stopwords-iso lists (the `stopwordsiso` package) for the languages they
cover, and a small hand-written list in `data/stopwords.yaml` (its source noted there) for
those they do not; Dari reads the Persian list. Words a person searches for here ("help",
"work", "free") are kept even where a list calls them stop words. All words are folded
as the index folds text, so they compare with query words directly.

A question is not always typed in the language of the screen: at an English screen,
"oficina de ICE en Houston" is Spanish, and its "de" and "en" say nothing either
(`question_stop_words`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

import yaml

from desktopguide.core.content.loader import load_languages
from desktopguide.core.content.problems import ContentError
from desktopguide.core.search.normalize import words

DATA_FILE = Path(__file__).parent / "data" / "stopwords.yaml"
# Languages whose words another language's list covers.
SAME_LIST = {"prs": "fa"}
# This many of a question's words on another language's list, and more than on the list of
# the screen's language or of English, say that the question is written in that language:
# one is often a word of the screen's language too ("me", "a", "la"), two rarely are
# ("oficina de ICE en Houston": "de" and "en" for Spanish, "de" alone for English).
WRITTEN_IN_WORDS = 2


@functools.cache
def _data() -> dict[str, dict[str, list[str]]]:
    loaded = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8")) or {}
    return {section: dict(loaded.get(section) or {}) for section in ("languages", "keep")}


def _maintained(lang: str) -> set[str]:
    try:
        import stopwordsiso
    except ImportError:  # an install without it still searches, keeping every word
        return set()
    return set(stopwordsiso.stopwords(lang)) if stopwordsiso.has_lang(lang) else set()


def _folded(texts: list[str] | set[str]) -> set[str]:
    return {word for text in texts for word in words(str(text))}


@functools.cache
def stop_words(lang: str) -> frozenset[str]:
    """The folded stop words of `lang` (empty for a language no list covers)."""
    source = SAME_LIST.get(lang, lang)
    listed = _maintained(source) | set(_data()["languages"].get(source, []))
    kept = _folded(_data()["keep"].get(source, []))
    # A several-word entry ("bao giờ") counts word by word only when each part is listed.
    return frozenset(_folded({str(w) for w in listed if " " not in str(w).strip()}) - kept)


@functools.cache
def stop_words_for(lang: str) -> frozenset[str]:
    """Stop words of the reader's language and of English, which people type everywhere."""
    return stop_words(lang) | stop_words("en") if lang != "en" else stop_words("en")


@functools.cache
def _languages_by_stop_word() -> dict[str, frozenset[str]]:
    """For each stop word of the app's languages, the languages whose list has it."""
    try:
        app_languages = list(load_languages())
    except ContentError:  # no bundled language list: only the screen's language and English
        return {}
    found: dict[str, set[str]] = {}
    for lang in app_languages:
        for word in stop_words(lang):
            found.setdefault(word, set()).add(lang)
    return {word: frozenset(langs) for word, langs in found.items()}


def read_lists() -> None:
    """Read every language's list now (about 0.2 s), not at the first question."""
    _languages_by_stop_word()


def question_stop_words(texts: Sequence[str], lang: str) -> frozenset[str]:
    """`stop_words_for(lang)`, and the stop words among the folded `texts` of another
    language the question is written in: one whose list has at least `WRITTEN_IN_WORDS`
    of its words, and more of them than the list of `lang` or of English has."""
    stop = stop_words_for(lang)
    by_language: dict[str, set[str]] = {}
    languages_by_word = _languages_by_stop_word()
    for text in dict.fromkeys(texts):
        for other in languages_by_word.get(text, ()):
            by_language.setdefault(other, set()).add(text)
    own = max(len(by_language.get(lang, ())), len(by_language.get("en", ())))
    written_in = [
        hits
        for other, hits in by_language.items()
        if other not in (lang, "en") and len(hits) >= max(WRITTEN_IN_WORDS, own + 1)
    ]
    return stop.union(*written_in) if written_in else stop
