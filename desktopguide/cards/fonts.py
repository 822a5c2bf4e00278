"""The fonts cards print with, per script, and a check that every character has a glyph.

Qt falls back to other fonts for a character the first family lacks, and when none has
it, draws an empty box. Cards name their families explicitly (the language's script font,
then a Latin font for digits, names and English) and, before anything is drawn, check
every character against exactly those families, so a missing font is an error that names
what to install, never boxes on paper.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QRawFont

from desktopguide.cards.errors import MissingGlyphError
from desktopguide.cards.qt import ensure_gui_app, measure_device, pt


@dataclass(frozen=True)
class FontChoice:
    """A script's font: candidate families (the first installed one is used) and where to get it."""

    families: tuple[str, ...]
    package: str

    @property
    def install_hint(self) -> str:
        return f"{self.families[0]} (Debian package {self.package})"


LATIN = FontChoice(("Noto Sans", "DejaVu Sans"), "fonts-noto-core")  # also Cyrillic, Vietnamese, Hmong
SCRIPT_FONTS: dict[str, FontChoice] = {
    "Arab": FontChoice(("Noto Sans Arabic", "Noto Naskh Arabic"), "fonts-noto-core"),
    "Ethi": FontChoice(("Noto Sans Ethiopic", "Noto Serif Ethiopic"), "fonts-noto-core"),
    "Guru": FontChoice(("Noto Sans Gurmukhi", "Noto Serif Gurmukhi"), "fonts-noto-core"),
    "Hans": FontChoice(("Noto Sans CJK SC", "Noto Sans SC"), "fonts-noto-cjk"),
    "Kore": FontChoice(("Noto Sans CJK KR", "Noto Sans KR"), "fonts-noto-cjk"),
}
# The script each language of languages.yaml is written in, when it is not Latin or Cyrillic.
LANGUAGE_SCRIPTS: dict[str, str] = {
    "ar": "Arab", "fa": "Arab", "prs": "Arab", "ps": "Arab", "ur": "Arab",
    "am": "Ethi", "ti": "Ethi",
    "pa": "Guru",
    "zh": "Hans",
    "ko": "Kore",
}
# Line spacing (in ems) for scripts whose fonts ask for much more than they need: Noto Sans
# Arabic reserves 2.1 em for rare stacked marks, which would double-space a card.
SCRIPT_LINE_EM: dict[str, float] = {"Arab": 1.55}
# Unicode blocks by script, to name the font for a character outside its language's script.
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0600, 0x06FF, "Arab"), (0x0750, 0x077F, "Arab"), (0x08A0, 0x08FF, "Arab"),
    (0xFB50, 0xFDFF, "Arab"), (0xFE70, 0xFEFF, "Arab"),
    (0x1200, 0x139F, "Ethi"), (0x2D80, 0x2DDF, "Ethi"), (0xAB00, 0xAB2F, "Ethi"),
    (0x0A00, 0x0A7F, "Guru"),
    (0x1100, 0x11FF, "Kore"), (0x3130, 0x318F, "Kore"), (0xAC00, 0xD7AF, "Kore"),
    (0x2E80, 0x2FDF, "Hans"), (0x3000, 0x303F, "Hans"), (0x3400, 0x4DBF, "Hans"),
    (0x4E00, 0x9FFF, "Hans"), (0xF900, 0xFAFF, "Hans"), (0xFF00, 0xFFEF, "Hans"),
)


@functools.cache
def installed_families() -> frozenset[str]:
    ensure_gui_app()
    return frozenset(QFontDatabase.families())


def _first_installed(choice: FontChoice) -> str | None:
    installed = installed_families()
    return next((family for family in choice.families if family in installed), None)


def font_choices(lang: str) -> list[FontChoice]:
    """The fonts a language's text is set in, in fallback order."""
    script = LANGUAGE_SCRIPTS.get(lang)
    return [SCRIPT_FONTS[script], LATIN] if script else [LATIN]


def font_families(lang: str) -> list[str]:
    """The installed families a language's text is set in (possibly too few: see check_glyphs)."""
    return [family for family in (_first_installed(c) for c in font_choices(lang)) if family]


def card_font(lang: str, point_size: float) -> QFont:
    font = QFont()
    families = font_families(lang)
    if families:
        font.setFamilies(families)
    font.setPointSizeF(point_size)
    return font


@functools.cache
def line_height_percent(lang: str) -> float:
    """The proportional line height (100 = the font's own) that sets `lang` at its script's spacing."""
    script = LANGUAGE_SCRIPTS.get(lang)
    families = font_families(lang)
    target = SCRIPT_LINE_EM.get(script or "")
    if target is None or not families:
        return 100.0
    font = QFont(families[0])
    font.setPointSizeF(100.0)
    metrics = QFontMetricsF(font, measure_device())
    natural = metrics.lineSpacing() / pt(100.0)
    return 100.0 * min(1.0, target / natural)


@functools.cache
def _raw_font(family: str) -> QRawFont:
    return QRawFont.fromFont(QFont(family))


@functools.cache
def _supports(family: str, code_point: int) -> bool:
    return _raw_font(family).supportsCharacter(code_point)


def script_of(character: str) -> str | None:
    code = ord(character)
    return next((script for low, high, script in _SCRIPT_RANGES if low <= code <= high), None)


def _needs_no_glyph(character: str) -> bool:
    # Spaces, line breaks and formatting marks (bidi embeddings, joiners) are not drawn as
    # glyphs; private-use and unassigned characters are, and fail the check.
    return unicodedata.category(character) in ("Zs", "Zl", "Zp", "Cc", "Cf")


def check_glyphs(text: str, lang: str, language_name: str, what: str = "card") -> None:
    """Raise MissingGlyphError for the first character of `text` no family of `lang` can draw."""
    families = font_families(lang)
    for character in sorted(set(text)):
        if _needs_no_glyph(character):
            continue
        if any(_supports(family, ord(character)) for family in families):
            continue
        script = script_of(character) or LANGUAGE_SCRIPTS.get(lang)
        choice = SCRIPT_FONTS.get(script, LATIN) if script else LATIN
        if _first_installed(choice) is None:
            hint = choice.install_hint
        else:
            hint = f"a font that has this character (the fonts in use are {', '.join(families)})"
        raise MissingGlyphError(language_name, character, hint, what)
