"""Turning anything a person types into a safe FTS5 query.

The user's text never reaches FTS5 as syntax: it is folded into words (see
`normalize`), and every word becomes a double-quoted string, so quotes, `*`, `AND`,
`OR`, `NOT`, `NEAR(`, parentheses, `-`, `:` and `^` are just words or separators. Only
this module writes operators, column filters and prefix stars.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktopguide.core.search.normalize import is_cjk, word_tokens, words

# Columns the user's words are matched in; `kind` only filters. A match in the headline
# columns ranks above one in the body alone.
TEXT_COLUMNS = ("title", "questions", "keywords", "summary", "headings", "body", "related")
HEADLINE_COLUMNS = ("title", "questions", "keywords", "summary", "related")
FILTER_COLUMNS = ("kind",)
# BM25 weights, in column order: title above the questions a guide answers, those above
# keywords and summary, section headings above the body they head, and words the text only
# links to lowest.
COLUMN_WEIGHTS = (10.0, 6.0, 4.0, 4.0, 2.0, 1.0, 0.5, 0.0)

# A pasted page is cut to its first words: enough for any real question.
MAX_QUERY_CHARS = 1000
MAX_WORDS = 12
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

    def phrase(self) -> str:
        return phrase(word_tokens(self.text), prefix=self.prefix or (self.cjk and len(self.text) == 1))


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


def phrase(tokens: Sequence[str], prefix: bool = False) -> str:
    """An FTS5 string (a phrase when several tokens); `*` makes the last token a prefix."""
    quoted = '"' + " ".join(tokens).replace('"', '""') + '"'
    return quoted + "*" if prefix else quoted


def form_phrase(form_words: Sequence[str]) -> str:
    """A phrase for a sequence of folded words (a glossary form, several query words)."""
    return phrase([token for word in form_words for token in word_tokens(word)])


def any_of(alternatives: Iterable[str]) -> str:
    unique = list(dict.fromkeys(alternatives))
    return unique[0] if len(unique) == 1 else "(" + " OR ".join(unique) + ")"


def all_of(groups: Sequence[str]) -> str:
    return " AND ".join(groups)


def either_of(groups: Sequence[str]) -> str:
    return " OR ".join(groups)


def in_columns(expression: str, columns: Sequence[str]) -> str:
    return "{" + " ".join(columns) + "} : (" + expression + ")"


def headline_match(expression: str, kinds: Sequence[str] | None) -> str:
    """Records of `kinds` (default: all) where `expression` matches in the headline columns."""
    return _of_kinds(in_columns(expression, HEADLINE_COLUMNS), kinds)


def anywhere_match(expression: str, kinds: Sequence[str] | None) -> str:
    """Records of `kinds` where `expression` matches in any text column."""
    return _of_kinds(in_columns(expression, TEXT_COLUMNS), kinds)


def _of_kinds(expression: str, kinds: Sequence[str] | None) -> str:
    if kinds:
        return expression + " AND kind : " + any_of(phrase([k]) for k in kinds)
    return expression


def bm25_order() -> str:
    """The SQL ranking expression: BM25 with the column weights (lower is better)."""
    return "bm25(docs, " + ", ".join(str(w) for w in COLUMN_WEIGHTS) + ")"


def bare_expression(query_words: Sequence[QueryWord]) -> str:
    """The plainest MATCH for the same words: the baseline the benchmark compares with."""
    return " ".join(w.phrase() for w in query_words)
