"""Cards print in ink whatever the screen's theme: the high-contrast palette's white text must not
reach the paper (or the print preview) as white on white."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtGui import QGuiApplication, QPalette

from desktopguide.cards import CardSpec, plan_cards, write_plan_pdf
from desktopguide.cards.help_list import plan_help_list
from desktopguide.core.content.model import Library
from desktopguide.gui.theme import high_contrast_palette


@pytest.fixture
def high_contrast_screen(qapp):
    before = QPalette(QGuiApplication.palette())
    qapp.setPalette(high_contrast_palette())
    yield
    qapp.setPalette(before)


def light_characters(path: Path) -> list[str]:
    """The characters printed in a light colour (nearly white), which no one could read on paper."""
    light = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for char in page.chars:
                colour = char.get("non_stroking_color")
                values = colour if isinstance(colour, (list, tuple)) else ((colour,) if colour is not None else ())
                if values and len(values) in (1, 3) and min(float(v) for v in values) > 0.8:
                    light.append(char["text"])
    return light


@pytest.mark.parametrize(("paper", "pair"), [("letter", "en"), ("wallet", None)])
def test_cards_print_in_ink_with_the_high_contrast_theme_on(
    library: Library, tmp_path: Path, high_contrast_screen, paper: str, pair: str | None
) -> None:
    pdf = write_plan_pdf(plan_cards(library, [CardSpec("agents-at-door", "es", pair)], paper), tmp_path / "card.pdf")
    light = light_characters(pdf)
    assert light == [], f"{len(light)} characters printed white: {''.join(light[:60])!r}"


def test_help_list_prints_in_ink_with_the_high_contrast_theme_on(
    library: Library, tmp_path: Path, high_contrast_screen
) -> None:
    records = list(library.directory.values())
    pdf = write_plan_pdf(plan_help_list(library, records, "en", "letter"), tmp_path / "list.pdf")
    assert light_characters(pdf) == []
