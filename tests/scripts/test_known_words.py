"""scripts/known_words.py: the words in everyday use, from wordfreq's frequency lists."""

from __future__ import annotations

from tests.scripts.script_module import load_script


def test_words_used_once_in_a_million_are_kept_folded_and_only_those_search_could_correct() -> None:
    module = load_script("known_words")
    frequencies = {
        "Arrêté": 2e-5,  # folded
        "tocan": 1.1e-6,
        "rarely": 9e-7,  # under once in a million
        "000km": 1e-4,  # wordfreq writes digits as 0
        "la": 1e-2,  # too short to be corrected
        "l'avocat": 1e-5,  # two words as search splits it
        "移民": 1e-4,  # Chinese is never corrected
    }
    assert module.known_words(frequencies) == ["arrete", "tocan"]
