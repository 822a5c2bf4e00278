"""Folding and word splitting: what makes "policia" find "policía" in every script."""

from __future__ import annotations

import pytest

from desktopguide.core.search.normalize import fold, index_text, without_proclitic, words


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("policia", "Policía"),
        ("deportacion", "DEPORTACIÓN"),
        ("viet nam", "Việt Nam"),
        ("duong", "đường"),
        ("судьеи", "судьёй"),  # ё and й fold like accented Latin letters
        ("abc 123", "ＡＢＣ １２３"),  # full-width forms
        ("fine", "ﬁne"),  # ligature
        ("34", "٣٤"),  # Arabic-Indic digits
        ("287", "۲۸۷"),  # Persian digits
        ("محمد", "مُحَمَّد"),  # harakat
        ("محمد", "محـــمد"),  # tatweel
        ("احمد", "أحمد"),  # alef with hamza above
        ("اسلام", "إسلام"),  # alef with hamza below
        ("امن", "آمن"),  # alef with madda
        ("علي", "على"),  # alef maksura
        ("كتابي", "کتابی"),  # Persian keheh and yeh
        ("مدرسه", "مدرسة"),  # teh marbuta
        ("ميدهد", "می‌دهد"),  # zero-width non-joiner inside a Persian word
        ("شرطه", "الشرطة"),  # the Arabic article
        ("شرطه", "والشرطة"),  # "and the"
    ],
)
def test_folding_makes_the_typed_and_the_written_word_equal(typed: str, written: str) -> None:
    assert words(typed) == words(written)


def test_marks_that_belong_to_a_letter_are_kept() -> None:
    # Gurmukhi vowel signs are part of the word, not accents to drop.
    assert words("ਪੁਲਿਸ ਸਹਾਇਤਾ") == ["ਪੁਲਿਸ", "ਸਹਾਇਤਾ"]
    assert words("ፖሊስ") == ["ፖሊስ"]


def test_punctuation_emoji_and_control_characters_separate_words() -> None:
    assert words('"la migra"!! 😀 (abogado)\x00-gratis\u200b\nNEAR(x*') == [
        "la",
        "migra",
        "abogado",
        "gratis",
        "near",
        "x",
    ]


def test_broken_surrogates_are_dropped() -> None:
    assert words("ice\ud800 detainer") == ["ice", "detainer"]


def test_chinese_runs_are_indexed_as_character_pairs() -> None:
    assert index_text("移民局律师") == "移民 民局 局律 律师"
    assert index_text("找ICE律师") == "找 ice 律师"


def test_korean_words_with_particles_are_indexed_as_pairs() -> None:
    assert index_text("판사가 서명한") == "판사 사가 서명 명한"


def test_words_joined_by_punctuation_are_also_indexed_joined() -> None:
    tokens = index_text("An ICE detainer (Form I-247) under 287(g); don't call 703-746-4444.").split()
    assert {"i247", "287g", "dont", "7037464444"} <= set(tokens)
    assert {"i", "247", "287", "g"} <= set(tokens)


def test_fold_is_lower_case_without_accents() -> None:
    assert fold("Órdenes de RETENCIÓN") == "ordenes de retencion"


def test_an_arabic_one_letter_word_joined_before_another_comes_off() -> None:
    assert without_proclitic("باطفالي") == "اطفالي"  # "with my children"
    assert without_proclitic("كتاب") is None  # a word of its own: "ك" and "تاب" would leave three letters
    assert without_proclitic("policia") is None
