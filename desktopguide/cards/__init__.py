"""Printable one-page cards: full page (Letter, A4), bilingual, and wallet sheets.

QtGui only (no widgets), so cards print from the command line with the offscreen
platform. Plan first (everything that can fail fails there), then paint:

    plan = plan_cards(library, [CardSpec("agents-at-door", "es", pair="en")], paper="letter")
    write_plan_pdf(plan, "card.pdf")      # or paint_plan(plan, printer)
"""

from desktopguide.cards.content import CardSpec
from desktopguide.cards.errors import CardDoesNotFitError, CardError, MissingGlyphError
from desktopguide.cards.paper import PAPERS, Paper, paper_named
from desktopguide.cards.render import CardPlan, paint_plan, plan_cards, setup_device, write_cards_pdf, write_plan_pdf

__all__ = [
    "PAPERS", "CardDoesNotFitError", "CardError", "CardPlan", "CardSpec", "MissingGlyphError", "Paper", "paint_plan",
    "paper_named", "plan_cards", "setup_device", "write_cards_pdf", "write_plan_pdf",
]
