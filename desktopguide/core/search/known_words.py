"""Words in everyday use in the app's languages, which search never corrects.

Search replaces a word that matches nothing with the nearest indexed word, for typing
slips ("abogdo", "detaned"). But most rightly spelled words are in no record: a question
in Persian about the right to stay silent ("ساکت") became one about the hour ("ساعت"),
Arabic "I drive" ("أقود") became "contracts" ("عقود"). A word on one of these lists is
a word, in any of the languages: it is searched as typed and, when it matches nothing, left
out. The lists come from wordfreq (`scripts/known_words.py`; data CC BY-SA 4.0): every word
used at least once in a million, folded as search folds.
"""

from __future__ import annotations

import bisect
import functools
from array import array
from pathlib import Path

DATA_FOLDER = Path(__file__).parent / "data" / "known_words"


def is_known_word(folded_word: str) -> bool:
    """Whether `folded_word` (folded as `normalize.words` folds) is on one of the lists."""
    hashes = _hashes()
    value = hash(folded_word)
    at = bisect.bisect_left(hashes, value)
    return at < len(hashes) and hashes[at] == value


def read_lists() -> None:
    """Read the lists now (a tenth of a second), not at the first word that matches nothing."""
    _hashes()


@functools.cache
def _hashes() -> array[int]:
    """The words' hashes, sorted: 2 MB where the 250,000 words as a set of strings took 37.
    A hash is 64 bits, so another word shares one about once in 10^13 lookups."""
    found: set[int] = set()
    for path in sorted(DATA_FOLDER.glob("[a-z][a-z].txt")):
        with path.open(encoding="utf-8") as lines:
            found.update(hash(line.rstrip("\n")) for line in lines if not line.startswith("#"))
    return array("q", sorted(found))
