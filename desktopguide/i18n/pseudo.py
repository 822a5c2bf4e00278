"""Pseudo-locales that make layout slips visible without waiting for real translations.

`en-XA` ("long"): every interface string comes out about 40% longer, its letters accented
and its ends marked, "[Ƀàçķ ~~]", so a clipped label shows a missing bracket.
`ar-XB` ("reversed"): the same, written backwards and marked right to left; its language
facts say "rtl", so the whole layout flips as it does for Arabic.

`{placeholders}`, `&` mnemonics (the letter after `&` keeps its key) and markup such as
`<b>` or `&amp;` pass through unchanged. Qt-free, like the rest of `desktopguide.i18n`.
"""

from __future__ import annotations

import math
import re

from babel.support import NullTranslations

from desktopguide.core.content.model import Language

LONG = "en-XA"
REVERSED = "ar-XB"
CODES = (LONG, REVERSED)
LENGTHEN = 0.4
START, END = "[", "]"
RLM = "\u200f"  # makes the paragraph's own direction right to left, as Arabic letters would

_ACCENTED = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "àƀçđéƒĝĥîĵķļɱñöþǫŕşţûṽŵẋýžÀɃÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŞŢÛṼŴẊÝŽ",
        strict=True,
    )
)
# Parts copied as they are, never accented, padded inside or reversed: placeholders,
# markup, entities, a mnemonic with its letter, and an escaped ampersand.
_KEPT = re.compile(r"\{\w*\}|<[^<>]*>|&[a-zA-Z]+;|&#\d+;|&&|&.", re.DOTALL)
_TAG = re.compile(r"(<[^<>]*>)")
_PADDING = "~"


def _units(text: str) -> list[tuple[str, bool]]:
    """The text as (piece, kept) units: kept pieces whole, everything else one character each."""
    units: list[tuple[str, bool]] = []
    position = 0
    for match in _KEPT.finditer(text):
        units.extend((char, False) for char in text[position : match.start()])
        units.append((match.group(), True))
        position = match.end()
    units.extend((char, False) for char in text[position:])
    return units


def lengthen(text: str) -> str:
    """Accented, about 40% longer (at least two more characters), bracketed at both ends."""
    if not text:
        return text
    units = [(piece if kept else _ACCENTED.get(piece, piece), kept) for piece, kept in _units(text)]
    visible = sum(1 for piece, kept in units if not kept)
    extra = max(2, math.ceil(visible * LENGTHEN))
    # Padding in short words, so a wrapping label can still break the line between them.
    words = [_PADDING * min(4, extra - done) for done in range(0, extra, 4)]
    body = "".join(piece for piece, _kept in units)
    return f"{START}{body} {' '.join(words)}{END}"


def reverse(text: str) -> str:
    """`text` written backwards (kept pieces stay whole and readable), marked right to left."""
    if not text:
        return text
    mirrored = {"[": "]", "]": "[", "(": ")", ")": "(", "{": "}", "}": "{", "<": ">", ">": "<"}
    # Markup stays in order (so it still nests); the text between tags is reversed, and a
    # reversed bracket pair is mirrored back so it still opens before it closes.
    backwards = "".join(
        segment if _TAG.fullmatch(segment) else
        "".join(piece if kept else mirrored.get(piece, piece) for piece, kept in reversed(_units(segment)))
        for segment in _TAG.split(text)
    )
    return f"{RLM}{backwards}{RLM}"


def pseudo_text(code: str, text: str) -> str:
    longer = lengthen(text)
    return reverse(longer) if code == REVERSED else longer


def is_pseudo(code: str) -> bool:
    return code in CODES


class PseudoTranslations(NullTranslations):
    """A catalog that answers every message with its pseudo-locale form."""

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code

    def gettext(self, message: str) -> str:
        return pseudo_text(self.code, message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return pseudo_text(self.code, singular if n == 1 else plural)


def pseudo_language(code: str) -> Language:
    """The language facts of a pseudo-locale: English formatting, its own direction."""
    if code == REVERSED:
        return Language(REVERSED, "en", "[bəsɹəʌəɹ]", "Pseudo-locale, reversed, right to left", "rtl")
    return Language(LONG, "en", "[Ƥşéûđö]", "Pseudo-locale, long", "ltr")


def pseudo_languages() -> dict[str, Language]:
    return {code: pseudo_language(code) for code in CODES}
