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

    def marked(self, before: str, after: str, escape: Callable[[str], str] = lambda s: s) -> str:
        out: list[str] = []
        position = 0
        for start, end in self.spans:
            out += [escape(self.text[position:start]), before, escape(self.text[start:end]), after]
            position = end
        out.append(escape(self.text[position:]))
        return "".join(out)

    def html(self) -> str:
        """The text as HTML, matched words in <b>."""
        return self.marked("<b>", "</b>", escape=lambda s: html.escape(s, quote=False))


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


@functools.lru_cache(maxsize=512)
def highlighter(query_words: tuple[tuple[str, bool], ...], fillers: bool = True) -> re.Pattern[str] | None:
    """A pattern for folded text finding any (folded words, is prefix) pair; the words of
    a several-word item may be separated by anything but letters and digits.

    `fillers=False` makes a pattern for text without the filler folding leaves for a
    removed mark (see `has_filler`): half as long, so twice as quick to compile, which
    is most of the cost of highlighting one query's results.

    Shaped for speed on long texts: one character class of every item's first letter
    (which lets the regex engine skip ahead), a check that it starts a word, then the
    rest of whichever item starts with that letter.
    """
    items = sorted({item for item in query_words if item[0].strip()}, key=lambda item: -len(item[0]))
    if not items:
        return None
    cjk: list[str] = []
    arabic: list[str] = []
    rests: dict[str, list[str]] = {}
    for text, prefix in items:
        if is_cjk(text):
            cjk.append(re.escape(text))
            continue
        end = (_END_PREFIX if prefix else _END_WORD) if fillers else (_END_PREFIX_PLAIN if prefix else _END_WORD_PLAIN)
        if _ARABIC_LETTER.match(text):
            arabic.append(_letters(" ".join(text.split()), fillers) + end)
        rests.setdefault(text[0], []).append(_letters(" ".join(text.split())[1:], fillers) + end)
    alternatives = list(cjk)
    if rests:
        firsts = "".join(rests)
        branches = [f"(?<={re.escape(first)})(?:{'|'.join(r)})" for first, r in rests.items()]
        if arabic:
            # Arabic words also after any article folding removes: one branch for each
            # article's letters after its first (a copy of every word for each of the six
            # articles took milliseconds to compile).
            words = "(?:" + "|".join(arabic) + ")"
            for after_first, starts in _ARTICLE_STARTS.items():
                firsts += starts
                before = "|".join(starts)  # literals: a class of non-Latin letters is slow to compile
                branches.append(f"(?<={before})(?:{_letters(after_first, fillers)}{words})")
        alternatives.insert(0, f"[{_first_letters(firsts)}](?<!{_WORD_CHAR}.)(?:{'|'.join(branches)})")
    return re.compile("|".join(alternatives))


def _first_letters(letters: str) -> str:
    """The inside of a character class for `letters`: each letter below U+0100, and for the
    others the whole 128-letter block each is in. A class of scattered letters beyond
    Latin-1 takes Python's regex compiler a third of a millisecond (a 64K-entry table);
    whole blocks are a range or two, and the branches after the class check the letter."""
    latin = sorted({c for c in letters if ord(c) < 0x100})
    blocks = sorted({ord(c) >> 7 for c in letters if ord(c) >= 0x100})
    ranges = [f"{chr(b << 7)}-{chr((b << 7) | 0x7F)}" for b in blocks]
    return "".join(re.escape(c) for c in latin) + "".join(ranges)


def _letters(text: str, fillers: bool = True) -> str:
    """A pattern for folded text's letters, the filler allowed before each (with `fillers`)."""
    before = f"{_FILLER}*" if fillers else ""
    return "".join(_BETWEEN if char == " " else before + re.escape(char) for char in text)


def has_filler(text: str, folded: str | None = None) -> bool:
    """Whether folding `text` (or its stored `folded` copy) left a filler for a removed mark."""
    return _FILLER in (folded if folded is not None else _folded(text))


_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_BETWEEN = r"[\W_]+"  # the filler is one of these
_END_PREFIX = f"(?:{_FILLER}|\\w)*"
_END_WORD = f"{_FILLER}*(?!{_WORD_CHAR})"
_END_PREFIX_PLAIN = r"\w*"
_END_WORD_PLAIN = f"(?!{_WORD_CHAR})"
# Each article's letters after the first, and the first letters before them: {"ال": "وبكف", "ل": "ال"}.
_ARTICLE_STARTS = {
    after: "".join(sorted({a[0] for a in ARABIC_ARTICLES if a[1:] == after}))
    for after in sorted({a[1:] for a in ARABIC_ARTICLES})
}


def highlight(pattern: re.Pattern[str] | None, text: str) -> Snippet:
    """All of `text`, its matched words marked."""
    if pattern is None:
        return Snippet(text)
    return Snippet(text, tuple(m.span() for m in pattern.finditer(_folded(text)) if m.end() > m.start()))


def make_snippet(
    pattern: re.Pattern[str] | None, texts: Sequence[tuple[str, str | None]], width: int = SNIPPET_CHARS
) -> Snippet:
    """A window of about `width` characters around the first match in the first of
    `texts` that has one; the start of the first non-empty text when none does.

    `texts` are (text, folded) pairs, folded from `fold_same_length`: None when lower case
    is the folded text (folding a long body again costs more than finding the words)."""
    for text, folded in texts:
        if pattern is None or not text:
            continue
        folded = folded if folded is not None else text.lower()
        match = pattern.search(folded)
        if match is not None:
            return _window(pattern, text, folded, match.start(), width)
    first = next((t for t, _f in texts if t.strip()), "")
    return _window(None, first, first, 0, width)


def _window(pattern: re.Pattern[str] | None, text: str, folded: str, at: int, width: int) -> Snippet:
    start = 0 if at < width // 2 else at - width // 3
    if start > 0:
        space = text.find(" ", start, at)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", at, end)
        end = space if space > at else end
    # Matches are found in the window of the folded text: same offsets as the original.
    spans = [m.span() for m in pattern.finditer(folded, start, end)] if pattern is not None else []
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    return _squeeze(prefix, text[start:end], suffix, [(a - start, b - start) for a, b in spans if b > a])


def _squeeze(prefix: str, window: str, suffix: str, spans: list[tuple[int, int]]) -> Snippet:
    """The window on one line, runs of white space as one space, spans kept on their words."""
    lead = len(window) - len(window.lstrip())
    if _SQUEEZED.search(window) is None:
        # Single spaces only (most windows): stripping is all there is to do.
        text = window.strip()
        low, high = len(prefix), len(prefix) + len(text)
        shift = low - lead
        moved_spans = tuple((min(high, max(low, a + shift)), min(high, max(low, b + shift))) for a, b in spans)
        return Snippet(prefix + text + suffix, moved_spans)
    text = _SPACES.sub(" ", window).strip()
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
_SQUEEZED = re.compile(r"\s\s|[^\S ]")  # white space that squeezing changes (most windows have none)
