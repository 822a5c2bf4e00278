"""One normalisation for indexed text and typed queries, so both meet in the middle.

Folding: case, compatibility forms (full-width letters, ligatures, Arabic presentation
forms), diacritics on Latin, Greek and Cyrillic letters (policía -> policia, Việt ->
viet), Arabic-script variants (alef with hamza or madda -> alef, alef maksura and Farsi
yeh -> yeh, Farsi keheh -> kaf, teh marbuta -> heh), tatweel and harakat, and every
script's digits to ASCII digits. Marks that are part of a letter in other scripts
(Gurmukhi or Ethiopic vowel signs) are kept. Punctuation, symbols (emoji), spaces and
control characters separate words.

Arabic words lose an attached definite article ("الشرطة" and "شرطة" are one word;
also "وال", "بال", "كال", "فال", "لل"), the light stemming Arabic search usually does.

Words: Chinese and Japanese are written without spaces, and Korean words carry attached
particles, so a run of Han, kana or Hangul is indexed as overlapping character pairs
(bigrams): any word of two or more characters inside the run is then found.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Combining marks used by Latin, Greek and Cyrillic letters, stripped after NFKD.
_LATIN_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0483-\u0489"
# Arabic harakat, Quranic annotation marks, the superscript alef and tatweel (U+0640).
_ARABIC_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
_STRIPPED = re.compile(f"[{_LATIN_MARKS}{_ARABIC_MARKS}]+")

# Letters with no Unicode decomposition that people type without the stroke or variant.
_LETTER_VARIANTS = {
    "ı": "i",
    "đ": "d",
    "ð": "d",
    "ø": "o",
    "ł": "l",
    "ħ": "h",
    "ŀ": "l",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
    "ٱ": "ا",  # alef wasla
    "ى": "ي",  # alef maksura
    "ی": "ي",  # Farsi yeh
    "ک": "ك",  # Farsi keheh
    "ة": "ه",  # teh marbuta
    "ە": "ه",  # ae
    "ہ": "ه",  # heh goal
    "ۃ": "ه",  # teh marbuta goal
}

# Invisible characters inside a word (the Persian zero-width non-joiner in "می‌دهد", soft
# hyphens): removed, so the word is one word whether or not they were typed.
INSIDE_WORD_INVISIBLES = "\u00ad\u200c\u200d\u2060\ufeff"

# Scripts indexed as character bigrams: Hangul jamo and syllables, kana, Han.
CJK_RANGES = (
    "\u1100-\u11ff\u3040-\u309f\u30a0-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff\uf900-\ufaff\U00020000-\U0003134f"
)
_CJK_RUN = re.compile(f"([{CJK_RANGES}]+)")
_CJK_CHAR = re.compile(f"[{CJK_RANGES}]")

# The Arabic article, alone or after "and", "with", "like", "so", or as "for the", at the
# start of a word that keeps at least three letters.
ARABIC_ARTICLES = ("ال", "وال", "بال", "كال", "فال", "لل")
_ARABIC_ARTICLE = re.compile(r"(?<![^\W_])(?:[وبكف]?ال|لل)(?=[\u0621-\u064a\u0671-\u06d3]{3})")

# One-letter words Arabic writes joined to the next: and, with, for, so, like ("بأطفالي",
# with my children).
ARABIC_PROCLITICS = "وبلفك"
MIN_AFTER_PROCLITIC = 4  # letters left: "كتاب" (book) is not "ك" and "تاب"


def without_proclitic(folded_word: str) -> str | None:
    """`folded_word` without an Arabic one-letter word joined before it, or None."""
    if len(folded_word) > MIN_AFTER_PROCLITIC and folded_word[0] in ARABIC_PROCLITICS:
        return folded_word[1:]
    return None


# Punctuation between two word characters, as in "287(g)", "I-247" or "don't".
_GLUE = re.compile(r"\w[^\s\w]+(?=\w)")
_MAX_GLUED_PARTS = 6
_MAX_GLUED_LENGTH = 32

# Code points scanned for separators and digits: the Basic and Supplementary
# Multilingual Planes, where every script people write lives.
_SCANNED = 0x20000


@functools.cache
def _translation() -> dict[int, str]:
    """Letter variants; every script's decimal digits as ASCII; separators as spaces."""
    table: dict[int, str] = {}
    for code in range(_SCANNED):
        char = chr(code)
        category = unicodedata.category(char)
        if category[0] in "PSZ" or category in ("Cc", "Cf", "Cs"):
            table[code] = " "
        elif category == "Nd" and not char.isascii():
            table[code] = str(unicodedata.decimal(char))
    table.update({ord(k): v for k, v in _LETTER_VARIANTS.items()})
    table.update({ord(c): "" for c in INSIDE_WORD_INVISIBLES})
    return table


def _fold_keep_punctuation(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).casefold()
    return _STRIPPED.sub("", text)


def fold(text: str) -> str:
    """`text` folded for matching: lower case, no diacritics, separators as spaces."""
    text = _fold_keep_punctuation(text).translate(_translation())
    # Lone surrogates (broken input) cannot be stored or bound in SQLite.
    text = text.encode("utf-8", "ignore").decode("utf-8")
    text = unicodedata.normalize("NFC", text)
    if "ال" in text or "لل" in text:
        text = _ARABIC_ARTICLE.sub("", text)
    return text


def is_cjk(word: str) -> bool:
    return bool(word) and _CJK_CHAR.match(word) is not None


def words(text: str) -> list[str]:
    """The folded words of `text`; a run of CJK characters is one word."""
    return _words(fold(text))[0]


def _words(folded: str) -> tuple[list[str], bool]:
    """The words of folded text, and whether any is CJK."""
    if _CJK_CHAR.search(folded):
        return _CJK_RUN.sub(r" \1 ", folded).split(), True
    return folded.split(), False


def cjk_bigrams(run: str) -> list[str]:
    """Overlapping character pairs of a CJK run; a single character stands alone."""
    if len(run) < 2:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def word_tokens(word: str) -> list[str]:
    """The index tokens of one word from `words`."""
    return cjk_bigrams(word) if is_cjk(word) else [word]


def glued_words(text: str) -> list[str]:
    """Words joined by punctuation, written joined: "287(g)" -> "287g", "I-247" -> "i247"."""
    found: list[str] = []
    chunk_starts: set[int] = set()
    for match in _GLUE.finditer(text):
        start = match.start()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        if start in chunk_starts:
            continue
        chunk_starts.add(start)
        end = match.end()
        while end < len(text) and not text[end].isspace():
            end += 1
        parts = words(text[start:end])
        if 1 < len(parts) <= _MAX_GLUED_PARTS and not any(is_cjk(p) for p in parts):
            glued = "".join(parts)
            if len(glued) <= _MAX_GLUED_LENGTH:
                found.append(glued)
    return found


def index_text(text: str) -> str:
    """`text` as the space-separated tokens the ranking index stores.

    Words joined by punctuation are stored both apart and joined at the end, so
    "287g", "287(g)" and "287 g" all find "287(g)".
    """
    tokens, has_cjk = _words(fold(text))
    if has_cjk:
        tokens = [token for word in tokens for token in word_tokens(word)]
    glued = glued_words(text)
    return " ".join(tokens + glued) if glued else " ".join(tokens)
