"""Gate (b): no paragraph of a translation is still in English.

Two signals, each answering "is this paragraph English?":

1. Copied English: most of the paragraph's word sequences (4 words in a row) are in the
   English file. Exact, works for every language, and it is how an untranslated sentence
   usually gets in (left as it was). An error.
2. A language-identification library, lingua-language-detector (lingua-py, Apache-2.0, from
   PyPI). Chosen because it is maintained, works offline with its models inside the wheel
   (no download at run time; fastText's language model is a separate download), gives the
   same answer on every run (langdetect does not, unless seeded), is made for short texts
   (a card line, a list item), and lets us load only the languages needed. It knows English,
   Spanish, French, Portuguese, Tagalog and
   Vietnamese among our Latin-script languages (and Arabic, Chinese, Persian, Korean,
   Punjabi, Russian and Ukrainian), but not Haitian Creole, Hmong, Pashto, Tigrinya or
   Amharic. The question asked is always "is this English?", never "is this good Spanish?":
   - a language lingua knows: the share of English against that language alone;
   - a Latin-script language it lacks (Haitian Creole, Hmong): lingua's English confidence,
     counted only when the paragraph is also full of English function words ("the", "you",
     "with"...), since lingua calls Haitian Creole "English" with confidence 1.0 when it
     has no model for it (measured on the bundled ht files);
   - a language in another script (Arabic, Tigrinya, Korean...): only a paragraph written
     almost wholly in Latin letters is asked about at all.
   The detector is built once, in low-accuracy mode (trigrams only; 0.1 s to build instead
   of 3 s, and on these short texts it separated better). Measured on the bundled guides
   (December 2026): it reports none of the 2,256 translated Latin-script paragraphs it was
   asked about (and none of the 5,828 translated texts in all), and it reports 99% of the
   992 English ones as English with confidence 0.9 or more when they stand in an es, pt or
   vi file, 98.5% in fr or tl, 96.5% in a non-Latin-script file and 88% in ht or hmn
   (where the copied-English check is the main net).

Paragraphs with fewer than 4 ordinary words (lower-case Latin words: names, acronyms,
numbers and addresses are not counted) are skipped: they are names and numbers, which stay
as in English.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from desktopguide.core.content.problems import ProblemLog
from desktopguide.core.translation_gates.segments import Segment, TextParts

if TYPE_CHECKING:
    from lingua import LanguageDetector

# Our language codes -> lingua's names, for the Latin-script languages lingua knows. The
# detector holds English and these: the rivals an English paragraph is told apart from.
LINGUA_LATIN = {"es": "SPANISH", "fr": "FRENCH", "pt": "PORTUGUESE", "tl": "TAGALOG", "vi": "VIETNAMESE"}
ERROR_AT = 0.9  # English share at which a paragraph is reported as an error
WARNING_AT = 0.7  # ... and as a warning
MIN_WORDS = 4
ACCENTED_SHARE = 0.3  # a paragraph whose ordinary words are this accented is not English
NGRAM = 4
COPIED_SHARE = 0.6  # share of a paragraph's 4-word sequences found in English: copied
# Words that English uses in nearly every sentence and the Latin-script languages lingua
# lacks (Haitian Creole, Hmong) do not use; "a", "on", "do", "at", "in"... are left out
# because they are words of those languages too.
_ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "to",
        "of",
        "and",
        "or",
        "is",
        "are",
        "be",
        "not",
        "you",
        "your",
        "if",
        "for",
        "with",
        "that",
        "this",
        "it",
        "they",
        "them",
        "can",
        "may",
        "will",
        "from",
        "by",
        "who",
        "what",
        "when",
        "have",
        "has",
    ]
)
FUNCTION_SHARE = 0.15
_WORD = re.compile(r"[^\W\d_]+")
# Latin letters: Basic Latin, Latin-1, Extended-A and -B, IPA, Extended Additional (Vietnamese).
_LATIN_CLASS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u1e00-\u1eff"
_LATIN_WORD = re.compile(f"[{_LATIN_CLASS}\u0300-\u036f]+")
_LATIN_LETTERS = re.compile(f"[{_LATIN_CLASS}]+")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+", re.IGNORECASE)

NOT_INSTALLED = (
    "the check for English paragraphs in translations did not run: lingua-language-detector "
    "is not installed (pip install 'desktopguide[check]')"
)


class LinguaMissingError(Exception):
    """lingua-language-detector is not installed: the language check cannot run."""


@functools.cache
def _detector() -> LanguageDetector:
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError as exc:
        raise LinguaMissingError(NOT_INSTALLED) from exc
    languages = [Language.ENGLISH, *(getattr(Language, name) for name in LINGUA_LATIN.values())]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def english_share(text: str, lang: str, latin_script: bool) -> float:
    """How surely `text`, found in a `lang` file, is English (0 to 1); 0 when it is too short
    or mostly names and numbers to tell. Raises LinguaMissingError without the library."""
    text = _ADDRESS.sub(" ", text)
    words = _WORD.findall(text)
    if len(_ordinary_words(text)) < MIN_WORDS:
        return 0.0
    if not latin_script and _latin_share(text) < 0.9:
        return 0.0  # in Arabic, Ge'ez or Hangul with English names: a translated paragraph
    ordinary = _ordinary_words(text)
    if sum(1 for w in ordinary if not w.isascii()) >= ACCENTED_SHARE * len(ordinary):
        # English writes almost no accented letters; Vietnamese marks nearly every word. A line
        # such as "Tìm họ: công cụ Online Detainee Locator của ICE" is translated, whatever
        # the detector makes of its English name.
        return 0.0
    from lingua import Language

    values = {v.language: v.value for v in _detector().compute_language_confidence_values(text)}
    english = values.get(Language.ENGLISH, 0.0)
    if lang in LINGUA_LATIN:
        rival = values.get(getattr(Language, LINGUA_LATIN[lang]), 0.0)
        return english / (english + rival) if english + rival else 0.0
    if latin_script:
        function = sum(1 for w in words if w.lower() in _ENGLISH_FUNCTION_WORDS) / len(words)
        return english if function >= FUNCTION_SHARE else 0.0
    return english


def _ordinary_words(text: str) -> list[str]:
    """Lower-case Latin words of two letters or more: not names, acronyms or numbers."""
    return [w for w in _WORD.findall(_ADDRESS.sub(" ", text)) if w[0].islower() and len(w) > 1 and _is_latin(w)]


def _is_latin(word: str) -> bool:
    return _LATIN_WORD.fullmatch(word) is not None


def _latin_share(text: str) -> float:
    letters = sum(1 for ch in text if ch.isalpha())
    return sum(len(m) for m in _LATIN_LETTERS.findall(text)) / letters if letters else 0.0


def _ngrams(text: str) -> list[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(_ADDRESS.sub(" ", text))]
    return [tuple(words[i : i + NGRAM]) for i in range(len(words) - NGRAM + 1)]


def _is_copied(segment: Segment, english_ngrams: set[tuple[str, ...]]) -> bool:
    grams = _ngrams(segment.text)
    if len(grams) < 2 or len(_ordinary_words(segment.text)) < MIN_WORDS:
        return False  # a name ("Capital Area Immigrants' Rights Coalition") stays as in English
    return sum(1 for g in grams if g in english_ngrams) / len(grams) >= COPIED_SHARE


def english_ngrams(english: TextParts) -> set[tuple[str, ...]]:
    """The English file's 4-word sequences, to recognise a paragraph copied from it."""
    return {g for s in english.segments for g in _ngrams(s.text)}


def check_english(grams: set[tuple[str, ...]], parts: TextParts, log: ProblemLog, latin_script: bool) -> None:
    """Report every paragraph of a translation that is still English (`grams`: the English
    file's english_ngrams). Raises LinguaMissingError, after the copied-English check, when
    lingua is not installed."""
    translated = parts.text
    missing: LinguaMissingError | None = None
    for segment in parts.segments:
        if _is_copied(segment, grams):
            log.error(
                translated.path, segment.line, f'this is the English text, not translated: "{_quote(segment.text)}"'
            )
            continue
        if missing is not None:
            continue
        try:
            share = english_share(segment.text, translated.lang, latin_script)
        except LinguaMissingError as exc:
            missing = exc
            continue
        if share >= ERROR_AT:
            log.error(
                translated.path,
                segment.line,
                f'this is in English (language check: {share:.2f}), not translated: "{_quote(segment.text)}"',
            )
        elif share >= WARNING_AT:
            log.warning(
                translated.path,
                segment.line,
                f'this may be in English (language check: {share:.2f}): "{_quote(segment.text)}"',
            )
    if missing is not None:
        raise missing


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
