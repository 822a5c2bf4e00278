"""Words that make a sentence a question but say nothing about its subject, per language.

From the maintained stopwords-iso lists (the `stopwordsiso` package) for the languages they
cover, and a small hand-written list in `data/stopwords.yaml` (its source noted there) for
those they do not; Dari reads the Persian list. Words a person searches for here ("help",
"work", "free") are kept even where a list calls them stop words. All words are folded
as the index folds text, so they compare with query words directly.
"""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

from desktopguide.core.search.normalize import words

DATA_FILE = Path(__file__).parent / "data" / "stopwords.yaml"
# Languages whose words another language's list covers.
SAME_LIST = {"prs": "fa"}


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
