"""The papers cards print on, by id, with the names people see: the one list that the settings,
the print preview, the kiosk and `desktopguide card` all offer.

Qt-free, so the command line reads it without Qt; each paper's size and type sizes are in
cards/paper.py, keyed by these ids.
"""

from __future__ import annotations

from desktopguide.i18n import N_, _

DEFAULT_PAPER = "letter"

# In the order the pickers show them. N_-marked: paper_name() translates.
PAPER_NAMES: dict[str, str] = {
    "letter": N_("Letter"),
    "a4": N_("A4"),
    "wallet": N_("Wallet cards (Letter sheet)"),
    "wallet-a4": N_("Wallet cards (A4 sheet)"),
}
PAPER_IDS: tuple[str, ...] = tuple(PAPER_NAMES)

# A list of legal help needs a whole page, not a wallet card.
FULL_PAGE_PAPERS: tuple[str, ...] = ("letter", "a4")
_SHEET_OF = {"wallet": "letter", "wallet-a4": "a4"}


def paper_name(paper: str) -> str:
    """The paper's name in the interface's language: "Letter", "Wallet cards (A4 sheet)"."""
    return _(PAPER_NAMES[paper])


def full_page_paper(paper: str) -> str:
    """The full page to print a list on when cards print on `paper`: wallet cards' own sheet."""
    if paper in FULL_PAGE_PAPERS:
        return paper
    return _SHEET_OF.get(paper, DEFAULT_PAPER)
