"""Write search's lists of the words in everyday use in the app's languages
(desktopguide/core/search/data/known_words/<language>.txt) from wordfreq's word lists, so
that search never "corrects" a rightly spelled word that the content happens not to use:
Persian "ساکت" (silent) is not "ساعت" (hour), Arabic "أقود" (I drive) is not "عقود"
(contracts), Spanish "tocan" is not "tocar".

wordfreq (Apache-2.0; its data CC BY-SA 4.0) is not a dependency of the app. Install it
beside this script and give the folder:

    pip install --target /tmp/wordfreq wordfreq==3.1.1
    .venv/bin/python scripts/known_words.py /tmp/wordfreq

A word is kept when it is used at least once in a million words (`MIN_ZIPF`), in its
folded form, as search compares words (case, accents, Arabic letter variants), and only
when search could correct it (`spelling.correctable`: four letters or more, not Chinese or
Korean). wordfreq has no list for Amharic, Tigrinya, Punjabi, Pashto, Haitian Creole or
Hmong; Dari is written like Persian, whose list serves it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from desktopguide.core.search.known_words import DATA_FOLDER
from desktopguide.core.search.normalize import words
from desktopguide.core.search.spelling import correctable

WORDFREQ_VERSION = "3.1.1"
# Zipf 3: once in a million words. Real words sit above it ("أقود" 3.45, "pinahinto" 3.21),
# common misspellings below ("lawer" 1.40, "imigration" 1.14).
MIN_ZIPF = 3.0
MIN_FREQUENCY = 10 ** (MIN_ZIPF - 9)
# The app's languages wordfreq has: (wordfreq's code, the language's name). Tagalog is its "fil".
LANGUAGES = {
    "ar": ("ar", "Arabic"),
    "en": ("en", "English"),
    "es": ("es", "Spanish"),
    "fa": ("fa", "Persian"),
    "fr": ("fr", "French"),
    "pt": ("pt", "Portuguese"),
    "ru": ("ru", "Russian"),
    "tl": ("fil", "Tagalog"),
    "uk": ("uk", "Ukrainian"),
    "vi": ("vi", "Vietnamese"),
}
HEADER = (
    "# Words used at least once in a million in {name}, folded as search folds them: from wordfreq"
    " {version}'s list (github.com/rspeer/wordfreq; data CC BY-SA 4.0, wordfreq-license.txt beside this file)."
    " Written by scripts/known_words.py; do not edit by hand.\n"
)


def known_words(frequencies: Mapping[str, float]) -> list[str]:
    """The folded, correctable words of a wordfreq frequency list at `MIN_FREQUENCY` or more, sorted."""
    found: set[str] = set()
    for word, frequency in frequencies.items():
        if frequency < MIN_FREQUENCY:
            continue
        folded = words(word)
        if len(folded) == 1 and correctable(folded[0]) and folded[0].isalpha():  # wordfreq writes digits as 0
            found.add(folded[0])
    return sorted(found)


def write(lang: str, name: str, found: Iterable[str]) -> Path:
    path = DATA_FOLDER / f"{lang}.txt"
    header = HEADER.format(name=name, version=WORDFREQ_VERSION)
    path.write_text(header + "".join(f"{word}\n" for word in found), encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    sys.path.insert(0, argv[1])
    try:
        import wordfreq  # type: ignore[import-not-found]

        version = metadata.version("wordfreq")
    except (ImportError, metadata.PackageNotFoundError) as error:
        print(f"wordfreq could not be imported from {argv[1]}: {error}", file=sys.stderr)
        return 1
    if version != WORDFREQ_VERSION:
        print(f"{argv[1]} has wordfreq {version}; this script writes from {WORDFREQ_VERSION}", file=sys.stderr)
        return 1
    DATA_FOLDER.mkdir(exist_ok=True)
    for lang, (source, name) in LANGUAGES.items():
        found = known_words(wordfreq.get_frequency_dict(source, wordlist="small"))
        path = write(lang, name, found)
        print(f"{len(found):>6} words written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
