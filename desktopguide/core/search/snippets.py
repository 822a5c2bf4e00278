"""Snippets: the part of a record's text where the query's words are, with them marked.

Matching runs on a copy of the text folded character by character (case, accents,
Arabic letter variants; harakat and tatweel become a filler character), which has the
same length as the original, so the matches mark the text as it is written.
"""

from __future__ import annotations

import bisect
import functools
import html
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktopguide.core.search.normalize import ARABIC_ARTICLES, INSIDE_WORD_INVISIBLES, fold, is_cjk

SNIPPET_CHARS = 180
ELLIPSIS = "…"

# Stands in for a mark that folding removes, so it may sit between a match's letters.
_FILLER = "\x01"
_WORD_CHAR = r"[^\W_]"
# Where folding maps one character to another: ASCII capitals, Latin, Greek, Cyrillic,
# Arabic and its presentation forms, combining marks, full-width forms.
_FOLDED_RANGES = (
    (0x0041, 0x005A),
    (0x00C0, 0x036F),
    (0x0370, 0x052F),
    (0x0600, 0x06FF),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1FFF),
    (0x20D0, 0x20FF),
    (0xFB50, 0xFDFF),
    (0xFE20, 0xFE2F),
    (0xFE70, 0xFEFF),
    (0xFF00, 0xFFEF),
)


@dataclass(frozen=True)
class Snippet:
    text: str
    spans: tuple[tuple[int, int], ...] = ()  # matched words, as (start, end) in text

    def marked(self, before: str, after: str, escape: Callable[[str], str] | None = None) -> str:
        text = self.text
        out: list[str] = []
        position = 0
        for start, end in self.spans:
            out += [text[position:start], before, text[start:end], after]
            position = end
        out.append(text[position:])
        if escape is not None:
            out[0::4] = map(escape, out[0::4])  # the text between the marks
            out[2::4] = map(escape, out[2::4])  # the marked words
        return "".join(out)

    def html(self) -> str:
        """The text as HTML, matched words in <b>."""
        # Most text has nothing to escape: then no call for each part.
        escaping = "&" in self.text or "<" in self.text or ">" in self.text
        return self.marked("<b>", "</b>", escape=_escape_html if escaping else None)


def _escape_html(text: str) -> str:
    return html.escape(text, quote=False)


@functools.cache
def _same_length_fold() -> str:
    """A translation table (a string indexed by code point, which `str.translate` reads
    fastest) from each character to its one-character folded form, or to the filler for
    a mark that folding removes."""
    table = [chr(code) for code in range(0x10000)]
    for low, high in _FOLDED_RANGES:
        for code in range(low, high + 1):
            char = chr(code)
            folded = fold(char).strip()
            if folded == "" and not char.isspace() and char.isprintable():
                table[code] = _FILLER if fold("a" + char) == "a" else " "
            elif len(folded) == 1:
                table[code] = folded
    for char in INSIDE_WORD_INVISIBLES:
        table[ord(char)] = _FILLER
    table[0x0130] = "i"  # İ, which str.lower() would make two characters
    table[ord(_FILLER)] = " "  # the text itself never contains the filler
    return "".join(table)


def fold_same_length(text: str) -> str | None:
    """`text` folded character by character, for matching; None when `text.lower()` is
    the same (most English text), so only the others need storing."""
    folded = text.translate(_same_length_fold())
    return None if folded == text.lower() else folded


def _folded(text: str) -> str:
    return text.lower() if text.isascii() else text.translate(_same_length_fold())


@dataclass(frozen=True)
class _Item:
    """A word (or a prefix) or several words to mark; CJK items are kept as plain strings."""

    words: tuple[str, ...]
    prefix: bool


class Highlighter:
    """Finds a query's words in folded text, without compiling a pattern for the query
    (compiling one cost a third of a search: every keystroke is a new query).

    A match starts at a letter that no letter or digit precedes, where the first word of
    an item (or, for an Arabic word, an attached article and then the word) follows;
    marks that folding removed (the filler) may sit before any letter but the first. A
    word ends where no letter or digit follows; a prefix takes the rest of its word; the
    words of a several-word item may be separated by anything but letters and digits.
    Chinese, Japanese and Korean items match anywhere, fillers not allowed. Where several
    items match at one place the longest item is taken, and matches do not overlap: what
    the regular expression of the items, longest first, that this replaces found.

    Candidates are found with `str.find` of each item's first word in the text without
    its fillers (the matches need those letters in a row), then checked in place.
    """

    def __init__(self, items: Sequence[tuple[str, bool]]):
        ordered = sorted(
            {(text, prefix) for text, prefix in items if text.strip()}, key=lambda item: (-len(item[0]), not item[1])
        )
        self._cjk = [text for text, _prefix in ordered if is_cjk(text)]
        self._by_first: dict[str, list[_Item]] = {}
        self._arabic: list[_Item] = []
        for text, prefix in ordered:
            if is_cjk(text):
                continue
            item = _Item(tuple(text.split()), prefix)
            self._by_first.setdefault(item.words[0][0], []).append(item)
            if _ARABIC_LETTER.match(text):
                self._arabic.append(item)
        # First words to look for: (word, whether Arabic articles may come before it).
        anchors = {item.words[0]: False for items in self._by_first.values() for item in items}
        anchors.update({item.words[0]: True for item in self._arabic})
        # Those that only start items of several words are looked for only in texts with
        # the other words ("la" of "la migra" is in every Spanish text, "migra" in few).
        others: dict[str, list[tuple[str, ...]]] = {}
        for starting in self._by_first.values():
            for each in starting:
                others.setdefault(each.words[0], []).append(each.words[1:])
        self._anchors = [(anchor, articles) for anchor, articles in anchors.items() if () in others[anchor]]
        self._phrase_anchors = [
            (anchor, articles, others[anchor]) for anchor, articles in anchors.items() if () not in others[anchor]
        ]

    def _anchors_in(self, plain: str) -> list[tuple[str, bool]]:
        """The first words worth looking for in `plain`, and whether articles may precede them."""
        if not self._phrase_anchors:
            return self._anchors
        return self._anchors + [
            (anchor, articles)
            for anchor, articles, others in self._phrase_anchors
            if any(all(word in plain for word in words) for words in others)
        ]

    def first(self, folded: str) -> int | None:
        """Where the first match in `folded` starts, None without one."""
        text = _Text(folded)
        length = len(folded)
        best = length
        for anchor, articles in self._anchors_in(text.plain):
            # Past this (in `plain`) an anchor cannot start a match before `best`.
            reach = len(anchor) + (_LONGEST_ARTICLE if articles else 0)
            limit = text.plain_index(best) + reach
            at = text.plain.find(anchor, 0, limit)
            while at != -1:
                for start in text.starts(at, articles):
                    if start < best and _starts_word(folded, start) and self._match_at(text, start, length) != -1:
                        best = start
                        limit = text.plain_index(best) + reach
                at = text.plain.find(anchor, at + 1, limit)
        for cjk in self._cjk:
            at = folded.find(cjk, 0, best + len(cjk) - 1)
            if at != -1:
                best = at
        return best if best < length else None

    def spans(self, folded: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """(start, end) of every match in `folded[start:end]`, first to last, as
        `re.finditer(folded, start, end)` gives them: text beyond `end` is as if absent,
        the character before `start` still tells whether a word starts there."""
        end = len(folded) if end is None else end
        text = _Text(folded)
        plain_end = text.plain_index(end)
        # Where a match may start, and its end when already known (a CJK item's, found
        # longest first: CJK and other items never start at the same character).
        candidates: dict[int, int | None] = {}
        for anchor, articles in self._anchors_in(text.plain):
            at = text.plain.find(anchor, text.plain_index(start), plain_end)
            while at != -1:
                if articles:
                    candidates.update(dict.fromkeys(p for p in text.starts(at, True) if p >= start))
                else:
                    candidates[text.original(at)] = None
                at = text.plain.find(anchor, at + 1, plain_end)
        for cjk in self._cjk:
            at = folded.find(cjk, start, end)
            while at != -1:
                candidates.setdefault(at, at + len(cjk))
                at = folded.find(cjk, at + 1, end)
        found: list[tuple[int, int]] = []
        after = start
        for position in sorted(candidates):
            if position >= after:
                match_end = candidates[position]
                if match_end is None:
                    match_end = self._match_at(text, position, end)
                if match_end != -1:
                    found.append((position, match_end))
                    after = match_end
        return found

    def _match_at(self, text: _Text, start: int, end: int) -> int:
        """The end of the match at `start` (the first item but a CJK one that matches
        there), or -1."""
        folded = text.folded
        first = folded[start]
        if _starts_word(folded, start):
            plain = text.plain is folded
            for item in self._by_first.get(first, ()):
                if plain and len(item.words) == 1:
                    # One word in text without fillers (most): no letter-by-letter steps.
                    word = item.words[0]
                    after = start + len(word)
                    if not folded.startswith(word, start, end):
                        continue
                    if item.prefix:
                        return _word_end(folded, after, end)
                    if after == end or not folded[after].isalnum():
                        return after
                    continue
                found = _item_end(text, start + 1, end, item, item.words[0][1:])
                if found != -1:
                    return found
            if self._arabic:
                for after_first, starts in _ARTICLE_STARTS.items():
                    if first in starts:
                        after_article = _letters_end(text, start + 1, end, after_first)
                        if after_article != -1:
                            for item in self._arabic:
                                found = _item_end(text, after_article, end, item, item.words[0])
                                if found != -1:
                                    return found
        return -1


class _Text:
    """Folded text, and the same without fillers (where the letters of a word are in a row)."""

    __slots__ = ("folded", "plain", "_fillers", "_keys")

    def __init__(self, folded: str):
        self.folded = folded
        self._fillers: list[int] = []
        self._keys: list[int] = []  # for each filler, the letters before it: where it sits in `plain`
        if _FILLER in folded:
            at = folded.find(_FILLER)
            while at != -1:
                self._keys.append(at - len(self._fillers))
                self._fillers.append(at)
                at = folded.find(_FILLER, at + 1)
            self.plain = folded.replace(_FILLER, "")
        else:
            self.plain = folded

    def original(self, index: int) -> int:
        """Where the character at `index` of `plain` is in the folded text."""
        return index + bisect.bisect_right(self._keys, index) if self._keys else index

    def plain_index(self, index: int) -> int:
        """Where `index` of the folded text falls in `plain`."""
        return index - bisect.bisect_left(self._fillers, index) if self._fillers else index

    def starts(self, at: int, articles: bool) -> list[int]:
        """Where a match of a word found at `at` of `plain` may start: at the word, and
        (`articles`) at any Arabic article right before it."""
        if not (articles and at and self.plain[at - 1] in _ARTICLE_ENDS):
            return [self.original(at)]
        return [self.original(at)] + [
            self.original(at - len(a))
            for a in ARABIC_ARTICLES
            if at >= len(a) and self.plain.startswith(a, at - len(a), at)
        ]


def _starts_word(folded: str, at: int) -> bool:
    """Whether no letter or digit comes right before `at`."""
    return at == 0 or not folded[at - 1].isalnum()


def _letters_end(text: _Text, at: int, end: int, letters: str) -> int:
    """The end of `letters` at `at` of the folded text, fillers allowed before each; -1 if absent."""
    folded = text.folded
    if text.plain is folded:
        return at + len(letters) if folded.startswith(letters, at, end) else -1
    for letter in letters:
        while at < end and folded[at] == _FILLER:
            at += 1
        if at >= end or folded[at] != letter:
            return -1
        at += 1
    return at


def _item_end(text: _Text, at: int, end: int, item: _Item, first_word: str) -> int:
    """The end of `item` matched from `at`, where `first_word` (what is left of its first
    word) starts; -1 when it does not match there or does not end a word."""
    folded = text.folded
    at = _letters_end(text, at, end, first_word)
    for word in item.words[1:]:
        if at == -1:
            return -1
        between = _BETWEEN_RUN.match(folded, at, end)
        if between is None:
            return -1
        at = _letters_end(text, between.end(), end, word)
    if at == -1:
        return -1
    if item.prefix:
        return _word_end(folded, at, end)
    if at < end and folded[at].isalnum():
        return -1
    # Fillers after the word are its own when no letter follows them.
    last = at
    while last < end and folded[last] == _FILLER:
        last += 1
    return last if last == end or not folded[last].isalnum() else max(at, last - 1)


def _word_end(folded: str, at: int, end: int) -> int:
    """Where the word (letters, digits, underscores and fillers) going on at `at` ends."""
    rest = _REST_OF_WORD.match(folded, at, end)  # matches always: it may be empty
    return rest.end() if rest is not None else at


def highlighter(query_words: Sequence[tuple[str, bool]]) -> Highlighter | None:
    """A highlighter for (folded words, is prefix) pairs; None when there is nothing to mark."""
    return Highlighter(query_words) if any(text.strip() for text, _prefix in query_words) else None


_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_BETWEEN_RUN = re.compile(r"[\W_]+")  # between the words of an item: the filler is one of these
_REST_OF_WORD = re.compile(f"[{_FILLER}\\w]*")
# Each article's letters after the first, and the first letters before them: {"ال": "وبكف", "ل": "ال"}.
_ARTICLE_STARTS = {
    after: "".join(sorted({a[0] for a in ARABIC_ARTICLES if a[1:] == after}))
    for after in sorted({a[1:] for a in ARABIC_ARTICLES})
}
_LONGEST_ARTICLE = max(len(a) for a in ARABIC_ARTICLES)
_ARTICLE_ENDS = {a[-1] for a in ARABIC_ARTICLES}


def highlight(marker: Highlighter | None, text: str) -> Snippet:
    """All of `text`, its matched words marked."""
    if marker is None:
        return Snippet(text)
    return Snippet(text, tuple(marker.spans(_folded(text))))


def make_snippet(
    marker: Highlighter | None, texts: Sequence[tuple[str, str | None]], width: int = SNIPPET_CHARS
) -> Snippet:
    """A window of about `width` characters around the first match in the first of
    `texts` that has one; the start of the first non-empty text when none does.

    `texts` are (text, folded) pairs, folded from `fold_same_length`: None when lower case
    is the folded text (folding a long body again costs more than finding the words)."""
    for text, folded in texts:
        found = match_snippet(marker, text, folded, width)
        if found is not None:
            return found
    first = next((t for t, _f in texts if t.strip()), "")
    return _window(None, first, first, 0, width)


def match_snippet(
    marker: Highlighter | None, text: str, folded: str | None, width: int = SNIPPET_CHARS
) -> Snippet | None:
    """The window of `make_snippet` around the first match in `text`; None without one."""
    if marker is None or not text:
        return None
    folded = folded if folded is not None else text.lower()
    at = marker.first(folded)
    return None if at is None else _window(marker, text, folded, at, width)


def _window(marker: Highlighter | None, text: str, folded: str, at: int, width: int) -> Snippet:
    start = 0 if at < width // 2 else at - width // 3
    if start > 0:
        space = text.find(" ", start, at)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", at, end)
        end = space if space > at else end
    # Matches are found in the window of the folded text: same offsets as the original.
    spans = marker.spans(folded, start, end) if marker is not None else []
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    return _squeeze(prefix, text[start:end], suffix, [(a - start, b - start) for a, b in spans])


def _squeeze(prefix: str, window: str, suffix: str, spans: list[tuple[int, int]]) -> Snippet:
    """The window on one line, runs of white space as one space, spans kept on their words."""
    lead = len(window) - len(window.lstrip())
    text = " ".join(window.split())  # what `_SPACES.sub(" ", window).strip()` gives, quicker
    if len(text) == len(window.strip()):
        # Single white space characters only (most windows): no offset moves but the lead's.
        low, high = len(prefix), len(prefix) + len(text)
        shift = low - lead
        moved_spans = tuple((min(high, max(low, a + shift)), min(high, max(low, b + shift))) for a, b in spans)
        return Snippet(prefix + text + suffix, moved_spans)
    # Each run of white space after `lead` and the characters removed before it: one pass
    # over the window, however many spans (Chinese character pairs make hundreds).
    runs = [m.span() for m in _SPACES.finditer(window, lead)]
    starts = [start for start, _end in runs]
    removed_before = list(itertools.accumulate((end - start - 1 for start, end in runs), initial=0))

    def moved(offset: int) -> int:
        k = bisect.bisect_left(starts, offset)  # runs starting before `offset`
        removed = 0
        if k:
            start, end = runs[k - 1]
            removed = removed_before[k - 1] + min(end, offset) - start - 1
        return len(prefix) + min(len(text), max(0, offset - lead - removed))

    return Snippet(prefix + text + suffix, tuple((moved(a), moved(b)) for a, b in spans))


_SPACES = re.compile(r"\s+")
