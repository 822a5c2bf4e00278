"""What goes wrong when a card is asked for: bad requests, content that does not fit, missing fonts."""

from __future__ import annotations

from desktopguide.core.content.problems import ContentError


class CardError(ContentError):
    """A card that cannot be made; the message is one plain sentence (the CLI prints it)."""


class CardDoesNotFitError(CardError):
    """The card is longer than one page even at the smallest readable type size."""

    def __init__(self, guide_id: str, lang: str, paper: str, min_pt: float, where: str = "") -> None:
        where = where or f"one {paper} page"
        super().__init__(
            f"the card for '{guide_id}' in '{lang}' does not fit on {where} even at {min_pt:g} pt, "
            f"the smallest readable size; shorten its text."
        )
        self.guide_id = guide_id
        self.lang = lang
        self.paper = paper
        self.min_pt = min_pt


class MissingGlyphError(CardError):
    """A character that no font in use can draw: printing it would leave an empty box."""

    def __init__(self, language: str, character: str, font: str, what: str = "card") -> None:
        code = f"U+{ord(character):04X}"
        super().__init__(
            f"the {language} {what} has the character '{character}' ({code}) that no installed font in use can print; "
            f"install {font}."
        )
        self.language = language
        self.character = character
        self.font = font
