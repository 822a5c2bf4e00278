"""Every bundled guide's card prints on one Letter page, one A4 page and one wallet card, in every language it has."""

from __future__ import annotations

from desktopguide.cards.check import card_problems
from desktopguide.core.content.loader import load_library


def test_every_bundled_card_fits_letter_a4_and_wallet_in_each_language(qapp) -> None:
    library = load_library()
    assert len(library.guides) >= 23
    assert [problem.format() for problem in card_problems(library)] == []
