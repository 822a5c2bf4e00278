"""Turning anything a person types into query words, and those into the phrases ranked.

The user's text never reaches a query parser: it is folded into words (see `normalize`),
and every word becomes a `Phrase` of index tokens, which `ranking` turns into Tantivy
term, phrase and prefix queries built object by object. Quotes, `*`, `AND`, `OR`, `NOT`,
parentheses, `-`, `:` and `^` are just separators.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktopguide.core.search.normalize import is_cjk, word_tokens, words

# A pasted page is cut to its first words: enough for any real question.
MAX_QUERY_CHARS = 1000
MAX_WORDS = 32  # a question of two or three sentences; its key words often come last
MAX_WORD_LENGTH = 64
# The last word counts as a prefix only once it is this long (CJK: one character).
MIN_PREFIX_LENGTH = 2


@dataclass(frozen=True)
class QueryWord:
    text: str  # folded; a CJK run is one word
    prefix: bool = False

    @property
    def cjk(self) -> bool:
        return is_cjk(self.text)

    def phrase(self) -> Phrase:
        return Phrase(tuple(word_tokens(self.text)), prefix=self.prefix or (self.cjk and len(self.text) == 1))


def parse_query(text: str, prefix_last: bool = True) -> list[QueryWord]:
    """The words of a typed query. The last one is a prefix while it is being typed:
    when `prefix_last` is set and the text does not end with a space."""
    text = text[:MAX_QUERY_CHARS]
    found = [w[:MAX_WORD_LENGTH] for w in words(text)][:MAX_WORDS]
    if not found:
        return []
    still_typing = prefix_last and not text[-1:].isspace()
    result = [QueryWord(w) for w in found[:-1]]
    last = found[-1]
    result.append(QueryWord(last, prefix=still_typing and (len(last) >= MIN_PREFIX_LENGTH or is_cjk(last))))
    return result


@dataclass(frozen=True)
class Phrase:
    """Index tokens in a row (one token: a word); `prefix` makes the last a prefix."""

    tokens: tuple[str, ...]
    prefix: bool = False
    # For a one-token prefix: the indexed words it stands for (`SearchIndex` looks them up).
    completions: tuple[str, ...] = ()


# One word or glossary term of the query: its alternatives, any of which may match.
Group = tuple[Phrase, ...]


def form_phrase(form_words: Sequence[str]) -> Phrase:
    """A phrase for a sequence of folded words (a glossary form, several query words)."""
    return Phrase(tuple(token for word in form_words for token in word_tokens(word)))


def any_of(alternatives: Iterable[Phrase]) -> Group:
    return tuple(dict.fromkeys(alternatives))
