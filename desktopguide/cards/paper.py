"""The papers a card prints on: Letter and A4 full pages, and sheets of wallet cards; their ids
and names are in core/papers.py.

Type sizes are stated here. The body text starts at `max_pt` and shrinks in steps of
`step_pt` to fit one page; it never goes below `min_pt`, the smallest size we consider readable
on that paper (9 pt on a full page, 6 pt on a wallet card, the size of the widely used
wallet "red cards").
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QPageSize

from desktopguide.cards.errors import CardError


@dataclass(frozen=True)
class WalletGrid:
    """Cut-out cards on a sheet, ID-1 size (85.6 x 54 mm, a bank card), edge to edge."""

    card_width_mm: float = 85.6
    card_height_mm: float = 53.98
    columns: int = 2
    rows: int = 4
    padding_mm: float = 3.0

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows


@dataclass(frozen=True)
class Paper:
    name: str  # its id in core/papers.py
    page_size: QPageSize.PageSizeId
    margin_mm: float
    min_pt: float
    max_pt: float
    footer_pt: float  # the footer stays this size (or the body size, if smaller)
    qr_mm: float = 24.0
    wallet: WalletGrid | None = None
    step_pt: float = 0.5  # how much the body size shrinks per step


    @property
    def is_wallet(self) -> bool:
        return self.wallet is not None

    @property
    def one_page(self) -> str:
        """Where a card must fit, for messages: "one Letter page", "one wallet card"."""
        if self.wallet is not None:
            return "one wallet card"
        return f"one {self.name.capitalize() if self.name != 'a4' else 'A4'} page"

    def size_mm(self) -> tuple[float, float]:
        size = QPageSize(self.page_size).size(QPageSize.Unit.Millimeter)
        return size.width(), size.height()


PAPERS: dict[str, Paper] = {
    "letter": Paper("letter", QPageSize.PageSizeId.Letter, 12.7, 9.0, 15.0, 8.0),
    "a4": Paper("a4", QPageSize.PageSizeId.A4, 12.0, 9.0, 15.0, 8.0),
    # Wallet cards: 2 x 4 on Letter, 2 x 5 on A4; the margins hold the crop marks.
    "wallet": Paper(
        "wallet", QPageSize.PageSizeId.Letter, 0.0, 6.0, 9.0, 5.0,
        wallet=WalletGrid(rows=4), step_pt=0.25,
    ),
    "wallet-a4": Paper(
        "wallet-a4", QPageSize.PageSizeId.A4, 0.0, 6.0, 9.0, 5.0,
        wallet=WalletGrid(rows=5), step_pt=0.25,
    ),
}


def paper_named(name: str) -> Paper:
    try:
        return PAPERS[name.lower()]
    except KeyError:
        raise CardError(f"there is no paper '{name}'; choose one of {', '.join(PAPERS)}.") from None
