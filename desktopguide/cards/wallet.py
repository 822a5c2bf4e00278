"""Wallet cards: a sheet of bank-card-size cards with crop marks, printed on both sides.

The front page holds the cards in the person's language, the back page the same cards in
English (or the pair language). Printed double-sided and flipped on the long edge, a
sheet's left column lands behind its right column, so the back page mirrors the column
order; the grid is centred on the sheet so the two sides line up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextDocument

from desktopguide.cards.contacts import CardContact
from desktopguide.cards.content import FaceContent
from desktopguide.cards.errors import CardDoesNotFitError
from desktopguide.cards.fit import fit_size
from desktopguide.cards.fonts import card_font
from desktopguide.cards.ink import draw_in_ink
from desktopguide.cards.layout import ACCENT, MUTED, WALLET, face_body_html, footer_html, make_document
from desktopguide.cards.paper import Paper, WalletGrid
from desktopguide.cards.qt import mm, pt

BAR_MM = 0.8
GAP_MM = 1.0
CROP_GAP_MM = 2.0  # crop marks start this far from the card edge ...
CROP_LENGTH_MM = 6.0  # ... and are this long
GUIDE = "#c8c8c8"
NOTE_PT = 7.0


@dataclass
class WalletFace:
    """One side of one wallet card, laid out to its inner size."""

    face: FaceContent
    body_pt: float
    body: QTextDocument
    footer: QTextDocument
    grid: WalletGrid

    def inner(self) -> tuple[float, float]:
        return (
            mm(self.grid.card_width_mm - 2 * self.grid.padding_mm),
            mm(self.grid.card_height_mm - 2 * self.grid.padding_mm),
        )

    def fits(self) -> bool:
        needed = mm(BAR_MM + GAP_MM) + self.body.size().height() + mm(GAP_MM) + self.footer.size().height()
        return needed <= self.inner()[1]

    def paint(self, painter: QPainter, left: float, top: float) -> None:
        pad = mm(self.grid.padding_mm)
        width, height = self.inner()
        x, y = left + pad, top + pad
        painter.fillRect(QRectF(x, y, width, mm(BAR_MM)), QColor(ACCENT))
        for document, at in (
            (self.body, y + mm(BAR_MM + GAP_MM)),
            (self.footer, y + height - self.footer.size().height()),
        ):
            painter.save()
            painter.translate(x, at)
            draw_in_ink(document, painter)  # never the screen theme's colours
            painter.restore()


def layout_wallet_face(face: FaceContent, contact: CardContact | None, paper: Paper, body_pt: float) -> WalletFace:
    assert paper.wallet is not None
    grid = paper.wallet
    width = mm(grid.card_width_mm - 2 * grid.padding_mm)
    footer_pt = min(paper.footer_pt, body_pt)
    spacing = WALLET.line_height
    body = make_document(face_body_html(face, body_pt, WALLET, contact), face.lang, body_pt, width, spacing)
    footer = make_document(footer_html(face, footer_pt, WALLET), face.lang, footer_pt, width, spacing)
    return WalletFace(face, body_pt, body, footer, grid)


def fit_wallet_face(face: FaceContent, contact: CardContact | None, paper: Paper) -> WalletFace:
    for candidate in ([contact, None] if contact is not None and contact.local else [contact]):
        laid = fit_size(
            lambda size, candidate=candidate: layout_wallet_face(face, candidate, paper, size),
            WalletFace.fits,
            paper.min_pt,
            paper.max_pt,
            paper.step_pt,
        )
        if laid is not None:
            return laid
    raise CardDoesNotFitError(face.guide_id, face.lang, paper.name, paper.min_pt, paper.one_page)


def check_wallet_face_fits(face: FaceContent, contact: CardContact | None, paper: Paper) -> None:
    """Raise CardDoesNotFitError unless the face fits at the smallest readable size (for `check`)."""
    if not layout_wallet_face(face, None if contact and contact.local else contact, paper, paper.min_pt).fits():
        raise CardDoesNotFitError(face.guide_id, face.lang, paper.name, paper.min_pt, paper.one_page)


@dataclass
class WalletSheetSide:
    """One printed side of a sheet: a face (or nothing) per slot, row by row."""

    paper: Paper
    faces: Sequence[WalletFace | None]
    back: bool
    # Printed in the top and bottom margins, outside the cards: how to print and cut, and
    # the disclaimer and content version; in the interface language (`note_lang`).
    top_note: str = ""
    bottom_note: str = ""
    note_lang: str = "en"

    def grid_origin(self) -> tuple[float, float]:
        assert self.paper.wallet is not None
        grid = self.paper.wallet
        width, height = self.paper.size_mm()
        return (
            mm((width - grid.columns * grid.card_width_mm) / 2),
            mm((height - grid.rows * grid.card_height_mm) / 2),
        )

    def paint(self, painter: QPainter) -> None:
        assert self.paper.wallet is not None
        grid = self.paper.wallet
        x0, y0 = self.grid_origin()
        card_w, card_h = mm(grid.card_width_mm), mm(grid.card_height_mm)
        for slot, face in enumerate(self.faces):
            if face is None:
                continue
            row, column = divmod(slot, grid.columns)
            if self.back:
                column = grid.columns - 1 - column
            face.paint(painter, x0 + column * card_w, y0 + row * card_h)
        self._paint_cut_marks(painter, x0, y0, card_w, card_h)
        self._paint_notes(painter, y0, y0 + grid.rows * card_h)

    def _paint_notes(self, painter: QPainter, grid_top: float, grid_bottom: float) -> None:
        width, height = self.paper.size_mm()
        painter.setPen(QColor(MUTED))
        painter.setFont(card_font(self.note_lang, NOTE_PT))
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        room = mm(CROP_GAP_MM + CROP_LENGTH_MM + 1)
        margin = mm(20)
        if self.top_note:
            band = QRectF(margin, room / 2, mm(width) - 2 * margin, grid_top - room - room / 2)
            painter.drawText(band, flags, self.top_note)
        if self.bottom_note:
            band = QRectF(
                margin, grid_bottom + room, mm(width) - 2 * margin, mm(height) - grid_bottom - room - room / 2
            )
            painter.drawText(band, flags, self.bottom_note)

    def _paint_cut_marks(self, painter: QPainter, x0: float, y0: float, card_w: float, card_h: float) -> None:
        assert self.paper.wallet is not None
        grid = self.paper.wallet
        x1, y1 = x0 + grid.columns * card_w, y0 + grid.rows * card_h
        gap, length = mm(CROP_GAP_MM), mm(CROP_LENGTH_MM)
        pen = QPen(QColor("#000000"))
        pen.setWidthF(pt(0.4))
        painter.setPen(pen)
        for column in range(grid.columns + 1):
            x = x0 + column * card_w
            painter.drawLine(QPointF(x, y0 - gap), QPointF(x, y0 - gap - length))
            painter.drawLine(QPointF(x, y1 + gap), QPointF(x, y1 + gap + length))
        for row in range(grid.rows + 1):
            y = y0 + row * card_h
            painter.drawLine(QPointF(x0 - gap, y), QPointF(x0 - gap - length, y))
            painter.drawLine(QPointF(x1 + gap, y), QPointF(x1 + gap + length, y))
        if self.back:
            return
        # Light guides along the cuts on the front, for cutting with scissors.
        guide = QPen(QColor(GUIDE))
        guide.setWidthF(pt(0.3))
        guide.setDashPattern([4.0, 4.0])
        painter.setPen(guide)
        for column in range(grid.columns + 1):
            x = x0 + column * card_w
            painter.drawLine(QPointF(x, y0), QPointF(x, y1))
        for row in range(grid.rows + 1):
            y = y0 + row * card_h
            painter.drawLine(QPointF(x0, y), QPointF(x1, y))
