"""Left-to-right runs inside right-to-left text, isolated so they read correctly.

In an Arabic or Dari sentence, the Unicode bidirectional algorithm reorders the parts of
a phone number ("(703) 746-4311" shows as "4311-746 (703)"), "287(g)" shows as "(g)287",
and a quoted English command loses its quotes. Wrapping each such run in LEFT-TO-RIGHT
ISOLATE ... POP DIRECTIONAL ISOLATE (U+2066 ... U+2069) makes it one left-to-right unit,
placed as a whole in the right-to-left sentence. Qt, browsers and PDF text honour them.
"""

from __future__ import annotations

import re
import unicodedata

LRI = "\u2066"
PDI = "\u2069"

_RTL_CLASSES = frozenset({"R", "AL"})
# Characters that may sit inside a left-to-right run (numbers, separators, spaces, punctuation).
_RUN_INNER = frozenset({"L", "EN", "ES", "ET", "CS", "WS", "ON", "NSM", "BN"})
_RUN_STRONG = frozenset({"L", "EN"})
_OPENERS = "([{'\"“‘«"
_CLOSERS = {"(": ")", "[": "]", "{": "}", "'": "'", '"': '"', "“": "”", "‘": "’", "«": "»"}
_ALREADY_ISOLATED = re.compile("[\u2066-\u2069]")


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


def isolate_ltr_runs(text: str, in_rtl: bool | None = None) -> str:
    """`text` with every left-to-right run that has more than letters (digits, brackets,
    hyphens, quotes, spaces between words) wrapped in an isolate. `in_rtl` says whether the
    text sits in right-to-left surroundings (a fragment of an Arabic page); by default,
    whether it has right-to-left letters itself. Text already isolated is left as it is."""
    rtl = has_rtl(text) if in_rtl is None else in_rtl
    if not text or not rtl or _ALREADY_ISOLATED.search(text):
        return text
    out: list[str] = []
    index = 0
    length = len(text)
    while index < length:
        if unicodedata.bidirectional(text[index]) not in _RUN_STRONG:
            out.append(text[index])
            index += 1
            continue
        start = index
        end = index
        cursor = index
        while cursor < length and unicodedata.bidirectional(text[cursor]) in _RUN_INNER:
            if unicodedata.bidirectional(text[cursor]) in _RUN_STRONG:
                end = cursor + 1
            cursor += 1
        start, end = _with_brackets(text, start, end)
        if start < index:
            out.pop()  # the opening bracket or quote, already copied, belongs inside the run
        run = text[start:end]
        out.append(f"{LRI}{run}{PDI}" if _needs_isolate(run) else run)
        index = end
    return "".join(out)


def _with_brackets(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in an opening bracket or quote just before the run, and the closers it needs,
    then keep only brackets paired inside the run.

    A bracket belongs in the isolate only when its partner is in it too: "(ICE)" is one
    left-to-right unit, but in "(ICE د مهاجرت اداره)" the "(" pairs with a ")" after
    right-to-left words, so it stays outside, in the right-to-left context, where it
    mirrors and sits on the right side. Likewise the run stops before a bracket whose
    partner lies outside it ("(ICE) and (CBP ...")."""
    opener_taken = start > 0 and text[start - 1] in _OPENERS
    if opener_taken:
        start -= 1
    run = text[start:end]
    while end < len(text):
        wanted = [_CLOSERS[ch] for ch in run if ch in _CLOSERS]
        missing = next((c for c in wanted if run.count(c) < _count_openers(run, c)), None)
        if missing is None or text[end] != missing:
            break
        end += 1
        run = text[start:end]
    if opener_taken and text[start] == _CLOSERS[text[start]] and text[start] not in text[start + 1 : end]:
        start += 1  # a quote never closed in the run
    while (unpaired := _first_unpaired_bracket(text[start:end])) is not None:
        if unpaired == 0:  # the opener taken in above: its partner is outside the run
            start += 1
        else:
            end = _last_strong_end(text, start, start + unpaired)
    return start, end


# Brackets whose pairs are checked inside a run; quotes are not, since "'" and "’" are
# also apostrophes ("O'Brien", "don’t").
_PAIRED = {"(": ")", "[": "]", "{": "}", "«": "»", "“": "”"}
_PAIRED_CLOSERS = {c: o for o, c in _PAIRED.items()}


def _first_unpaired_bracket(run: str) -> int | None:
    """Offset of the first bracket in `run` whose partner is not in `run`, or None."""
    stack: list[int] = []
    for offset, ch in enumerate(run):
        if ch in _PAIRED:
            stack.append(offset)
        elif ch in _PAIRED_CLOSERS:
            if not stack or run[stack[-1]] != _PAIRED_CLOSERS[ch]:
                return offset
            stack.pop()
    return stack[0] if stack else None


def unpaired_bracket(run: str) -> str | None:
    """The first bracket or double quote in `run` whose partner is not in `run`, or None:
    in an isolate it would show on the wrong side. (' and ’ are not checked: apostrophes.)"""
    offset = _first_unpaired_bracket(run)
    if offset is not None:
        return run[offset]
    return '"' if run.count('"') % 2 else None


def _last_strong_end(text: str, start: int, limit: int) -> int:
    """End of the run text[start:limit] trimmed back to its last letter or digit."""
    end = limit
    while end > start and unicodedata.bidirectional(text[end - 1]) not in _RUN_STRONG:
        end -= 1
    return end


def _count_openers(run: str, closer: str) -> int:
    openers = [o for o, c in _CLOSERS.items() if c == closer]
    if openers == [closer]:  # a quote opens and closes: it needs an even count
        return run.count(closer) + run.count(closer) % 2
    return sum(run.count(o) for o in openers)


def _needs_isolate(run: str) -> bool:
    # A run of letters alone already reads correctly; numbers and punctuation are what move.
    return any(unicodedata.bidirectional(ch) not in ("L", "NSM") for ch in run)


def isolate_for(text: str, rtl: bool) -> str:
    """isolate_ltr_runs for text in a right-to-left language; other text unchanged."""
    return isolate_ltr_runs(text, in_rtl=True) if rtl else text


_TAG = re.compile(r"(<[^>]*>)")


def isolate_html(markup: str) -> str:
    """isolate_ltr_runs on the text between the tags of a right-to-left HTML fragment
    (entities kept whole)."""
    import html

    parts = _TAG.split(markup)
    for index in range(0, len(parts), 2):  # even parts are text, odd parts are tags
        text = html.unescape(parts[index])
        isolated = isolate_ltr_runs(text, in_rtl=True)
        if isolated != text:
            parts[index] = html.escape(isolated, quote=False)
    return "".join(parts)


def isolate_untranslated(text: str, in_rtl: bool) -> str:
    """A whole text with no right-to-left letters (an English paragraph where no translation
    exists yet), in right-to-left surroundings, as one isolated unit: its full stop stays at
    its end instead of jumping to the start of the line. Other text is unchanged."""
    stripped = text.strip()
    if not in_rtl or not stripped or has_rtl(stripped) or _ALREADY_ISOLATED.search(stripped):
        return text
    start = text.index(stripped)
    return f"{text[:start]}{LRI}{stripped}{PDI}{text[start + len(stripped):]}"
