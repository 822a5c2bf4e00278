"""Text broken into lines for a width: the wrapping buttons' labels and the wrapping table's measures."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF, QTextOption

from desktopguide.gui.widgets.rewrap import wrap_lines
from desktopguide.gui.widgets.text_lines import text_lines
from desktopguide.gui.widgets.wrapped_table import longest_unbreakable, wrapped_height

TEXT = "Immigration agents at my door"


def test_the_lines_cover_the_whole_text_and_a_narrower_width_gives_more_of_them() -> None:
    font = QFont()
    wide = text_lines(TEXT, font, 1000, QTextOption.WrapMode.WordWrap)
    narrow = text_lines(
        TEXT, font, QFontMetricsF(font).horizontalAdvance("Immigration") + 2, QTextOption.WrapMode.WordWrap
    )
    assert len(wide) == 1 and len(narrow) > 1
    assert "".join(TEXT[line.start : line.start + line.length] for line in narrow) == TEXT


def test_a_label_breaks_between_words_and_inside_a_word_only_when_the_word_is_wider() -> None:
    font = QFont()
    metrics = QFontMetricsF(font)
    assert wrap_lines(TEXT, font, metrics.horizontalAdvance("Immigration agents") + 2) == [
        "Immigration agents",
        "at my door",
    ]
    pieces = wrap_lines("Einwanderungsbehörde", font, metrics.horizontalAdvance("Einwanderung") + 2)
    assert len(pieces) > 1 and "".join(pieces) == "Einwanderungsbehörde"


def test_the_table_measures_the_longest_word_and_the_wrapped_height() -> None:
    font = QFont()
    metrics = QFontMetricsF(font)
    assert abs(longest_unbreakable(TEXT, font) - metrics.horizontalAdvance("Immigration")) < 2
    one_line = wrapped_height(TEXT, font, 1000)
    assert wrapped_height(TEXT, font, metrics.horizontalAdvance("Immigration") + 2) >= 3 * one_line
