"""A full-page card (Letter or A4): one language, or the person's language beside English.

    +--------------------------------------+
    | ==== accent bar ==================== |
    | headline        |  headline          |   one column, or two side by side;
    | key points      |  key points        |   the person's language on the side
    | you can say     |  you can say       |   its script starts from (right for
    | [officer box]   |  [officer box]     |   Arabic, Farsi, Dari and Pashto)
    |--------------------------------------|
    | help near you: name  phone    [QR]   |   contacts band (when there are contacts)
    |--------------------------------------|
    | not legal advice, reviewed, version  |   footers, anchored to the bottom
    +--------------------------------------+
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
from desktopguide.cards.layout import ACCENT, contacts_html, face_body_html, footer_html, make_document
from desktopguide.cards.paper import Paper
from desktopguide.cards.qr import paint_qr
from desktopguide.cards.qt import mm, pt
from desktopguide.core.content.model import SOURCE_LANGUAGE

BAR_MM = 2.2
GAP_MM = 4.0
GUTTER_MM = 8.0
RULE = "#9aa5b1"


@dataclass
class _Column:
    face: FaceContent
    left: float
    width: float
    body: QTextDocument
    footer: QTextDocument


@dataclass
class FullPage:
    """One laid-out full page, ready to paint in layout units."""

    paper: Paper
    body_pt: float
    columns: list[_Column]
    contacts: QTextDocument | None
    contact: CardContact | None  # the one the QR code is for
    caption_pt: float
    contacts_rtl: bool

    # -- geometry -------------------------------------------------------------
    @property
    def page_size(self) -> tuple[float, float]:
        width, height = self.paper.size_mm()
        return mm(width), mm(height)

    @property
    def margin(self) -> float:
        return mm(self.paper.margin_mm)

    @property
    def qr_size(self) -> float:
        return mm(self.paper.qr_mm)

    def band_height(self) -> float:
        if self.contacts is None:
            return 0.0
        qr = self.qr_size + pt(self.caption_pt * 1.6) if self.contact and self.contact.qr_text else 0.0
        return max(self.contacts.size().height(), qr)

    def footer_height(self) -> float:
        return max(c.footer.size().height() for c in self.columns)

    def body_height(self) -> float:
        return max(c.body.size().height() for c in self.columns)

    def needed_height(self) -> float:
        band = self.band_height()
        return (
            mm(BAR_MM + GAP_MM)
            + self.body_height()
            + (band + 2 * mm(GAP_MM) if band else mm(GAP_MM))
            + self.footer_height()
        )

    def fits(self) -> bool:
        return self.needed_height() <= self.page_size[1] - 2 * self.margin

    # -- painting -------------------------------------------------------------
    def paint(self, painter: QPainter) -> None:
        width, height = self.page_size
        m = self.margin
        content_width = width - 2 * m
        painter.fillRect(QRectF(m, m, content_width, mm(BAR_MM)), QColor(ACCENT))
        top = m + mm(BAR_MM + GAP_MM)
        footer_top = height - m - self.footer_height()
        for column in self.columns:
            _draw(painter, column.body, column.left, top)
            _draw(painter, column.footer, column.left, footer_top)
        rule = QPen(QColor(RULE))
        rule.setWidthF(pt(0.5))
        painter.setPen(rule)
        if len(self.columns) == 2:
            middle = m + content_width / 2
            painter.drawLine(QPointF(middle, top), QPointF(middle, top + self.body_height()))
        band = self.band_height()
        band_top = footer_top - mm(GAP_MM) - band
        painter.drawLine(QPointF(m, footer_top - mm(GAP_MM) / 2), QPointF(width - m, footer_top - mm(GAP_MM) / 2))
        if self.contacts is None:
            return
        painter.drawLine(QPointF(m, band_top - mm(GAP_MM) / 2), QPointF(width - m, band_top - mm(GAP_MM) / 2))
        has_qr = self.contact is not None and bool(self.contact.qr_text)
        text_left = m + (self.qr_size + mm(GAP_MM) if has_qr and self.contacts_rtl else 0)
        _draw(painter, self.contacts, text_left, band_top)
        if has_qr and self.contact is not None:
            qr_left = m if self.contacts_rtl else width - m - self.qr_size
            paint_qr(painter, QRectF(qr_left, band_top, self.qr_size, self.qr_size), self.contact.qr_text)
            painter.setPen(QColor("#000000"))
            painter.setFont(card_font("en", self.caption_pt))
            caption = QRectF(
                qr_left - mm(GAP_MM), band_top + self.qr_size, self.qr_size + 2 * mm(GAP_MM), pt(self.caption_pt * 1.6)
            )
            painter.drawText(
                caption, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.contact.qr_caption
            )


def _draw(painter: QPainter, document: QTextDocument, left: float, top: float) -> None:
    painter.save()
    painter.translate(left, top)
    draw_in_ink(document, painter)  # never the screen theme's colours
    painter.restore()


def layout_full_page(
    faces: Sequence[FaceContent], contacts: Sequence[CardContact], paper: Paper, body_pt: float
) -> FullPage:
    """Lay out one or two faces side by side with the contacts band, at body size `body_pt`."""
    width, _height = paper.size_mm()
    content_width = mm(width - 2 * paper.margin_mm)
    count = len(faces)
    column_width = (content_width - mm(GUTTER_MM) * (count - 1)) / count
    # The person's language (faces[0]) sits on the side its script starts from.
    order = list(faces) if not faces[0].rtl else list(reversed(faces))
    footer_pt = min(paper.footer_pt, body_pt)
    columns = []
    for index, face in enumerate(order):
        left = mm(paper.margin_mm) + index * (column_width + mm(GUTTER_MM))
        english_statement = not any(f.lang == SOURCE_LANGUAGE for f in faces)
        body = make_document(
            face_body_html(face, body_pt, english_statement=english_statement), face.lang, body_pt, column_width
        )
        footer = make_document(footer_html(face, footer_pt), face.lang, footer_pt, column_width)
        columns.append(_Column(face, left, column_width, body, footer))
    contacts_doc = None
    main = next((c for c in contacts if c.qr_text), None)
    if contacts:
        band_width = content_width - (mm(paper.qr_mm + GAP_MM) if main else 0)
        contacts_doc = make_document(contacts_html(contacts, faces, body_pt), faces[0].lang, body_pt, band_width)
    return FullPage(paper, body_pt, columns, contacts_doc, main, footer_pt, faces[0].rtl)


def fit_full_page(faces: Sequence[FaceContent], contacts: Sequence[CardContact], paper: Paper) -> FullPage:
    """The page at the largest type that fits; local contacts are dropped before giving up."""
    kept = list(contacts)
    while True:
        page = fit_size(
            lambda size: layout_full_page(faces, kept, paper, size),
            FullPage.fits,
            paper.min_pt,
            paper.max_pt,
            paper.step_pt,
        )
        if page is not None:
            return page
        if not kept or not kept[-1].local:
            break
        kept.pop()
    lang = "+".join(face.lang for face in faces)
    raise CardDoesNotFitError(faces[0].guide_id, lang, paper.name, paper.min_pt, paper.one_page)


def check_full_page_fits(faces: Sequence[FaceContent], contacts: Sequence[CardContact], paper: Paper) -> None:
    """Raise CardDoesNotFitError unless the page fits at the smallest readable size (for `check`)."""
    if not layout_full_page(faces, [c for c in contacts if not c.local], paper, paper.min_pt).fits():
        raise CardDoesNotFitError(
            faces[0].guide_id, "+".join(face.lang for face in faces), paper.name, paper.min_pt, paper.one_page
        )
