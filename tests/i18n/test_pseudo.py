"""The pseudo-locales: longer, accented, bracketed text; reversed and right to left."""

from __future__ import annotations

from desktopguide.i18n import _, current_language, ngettext, set_language
from desktopguide.i18n.pseudo import LONG, REVERSED, RLM, lengthen, pseudo_language, reverse


def test_long_pseudo_text_is_forty_percent_longer_and_bracketed() -> None:
    text = "What is happening? Choose what fits best."
    longer = lengthen(text)
    assert longer.startswith("[") and longer.endswith("]")
    assert len(longer) >= len(text) * 1.4
    assert "happening" not in longer  # accented, so a string that escaped translation stands out


def test_placeholders_and_mnemonics_survive_both_pseudo_locales() -> None:
    for code in (LONG, REVERSED):
        set_language(code)
        text = _("&ZIP code or {place}:")
        assert "{place}" in text
        assert "&Z" in text
        assert text.format(place="Arlington") != text


def test_escaped_ampersand_and_markup_are_kept() -> None:
    assert "&&" in lengthen("Tom && Jerry")
    assert "<b>" in lengthen("<b>bold</b>") and "</b>" in lengthen("<b>bold</b>")
    reversed_markup = reverse("<b>bold</b> text")
    assert reversed_markup.index("<b>") < reversed_markup.index("</b>")


def test_reversed_pseudo_text_reads_backwards_and_is_marked_right_to_left() -> None:
    set_language(REVERSED)
    text = _("Back")
    assert text.startswith(RLM) and text.endswith(RLM)
    assert "ķçàɃ" in text
    assert pseudo_language(REVERSED).is_rtl
    assert not pseudo_language(LONG).is_rtl


def test_plural_forms_are_pseudo_translated_too() -> None:
    set_language(LONG)
    assert current_language() == LONG
    assert ngettext("{count} place found.", "{count} places found.", 1).startswith("[{count} þļàçé ")
    assert ngettext("{count} place found.", "{count} places found.", 3).startswith("[{count} þļàçéş ")


def test_english_is_untouched_after_leaving_a_pseudo_locale() -> None:
    set_language(LONG)
    set_language("en")
    assert _("Back") == "Back"
