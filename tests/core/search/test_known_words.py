"""The words in everyday use that search never corrects into other words."""

from __future__ import annotations

import pytest

from desktopguide.core.search.known_words import DATA_FOLDER, is_known_word
from desktopguide.core.search.normalize import words
from desktopguide.core.search.spelling import correctable


@pytest.mark.parametrize(
    "word",
    ["ساکت", "بمانم", "أقود", "عندي", "tocan", "quedarme", "брата", "затримали", "kalye", "arrêté", "parou", "knocking",
     "đường"],
)
def test_a_word_in_everyday_use_is_known_as_the_question_folds_it(word: str) -> None:
    (folded,) = words(word)
    assert is_known_word(folded)


@pytest.mark.parametrize("typo", ["abogdo", "detaned", "lawer", "imigration", "polcia", "adivogado"])
def test_a_misspelling_is_not_known(typo: str) -> None:
    assert not is_known_word(typo)


def test_each_list_names_its_source_and_holds_only_words_search_could_correct() -> None:
    lists = sorted(DATA_FOLDER.glob("[a-z][a-z].txt"))
    assert [path.stem for path in lists] == ["ar", "en", "es", "fa", "fr", "pt", "ru", "tl", "uk", "vi"]
    for path in lists:
        header, *entries = path.read_text(encoding="utf-8").splitlines()
        assert "wordfreq" in header and "CC BY-SA 4.0" in header, path.name
        # Folded: no capitals (Arabic "ألاعيب" is there as "الاعيب", its folding as typed).
        bad = [w for w in entries if not (correctable(w) and w.isalpha() and w == w.lower())]
        assert bad == [], path.name
        assert entries == sorted(set(entries)), path.name
    assert "Attribution-ShareAlike 4.0" in (DATA_FOLDER / "wordfreq-license.txt").read_text(encoding="utf-8")
