"""A one-page "legal help near you" list from directory records, for the directory's print button.

Each organization: its name, its phone numbers in large type, its website, the languages
spoken there, its cost, and when its details were last confirmed. A QR code holds the
first organization's website or phone. The list shrinks its type to fit one page; when
even the smallest readable type cannot hold every organization, it prints as many as fit
and says how many more the app lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from babel.dates import format_date
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextDocument

from desktopguide import __version__
from desktopguide.cards.contacts import CardContact, contact_of
from desktopguide.cards.content import RTL_END, RTL_START, babel_locale, check_language
from desktopguide.cards.errors import CardError
from desktopguide.cards.fit import fit_size
from desktopguide.cards.fonts import card_font, check_glyphs
from desktopguide.cards.ink import draw_in_ink
from desktopguide.cards.labels import (
    CONTENT_VERSION,
    HELP_LIST_TITLE,
    LANGUAGES_SPOKEN,
    NOT_ADVICE,
    VERIFIED,
    labels_for,
)
from desktopguide.cards.layout import ACCENT, INK, MUTED, direction, esc, label_text, make_document, nowrap, px
from desktopguide.cards.paper import Paper, paper_named
from desktopguide.cards.qr import paint_qr
from desktopguide.cards.qt import ensure_gui_app, mm, pt
from desktopguide.cards.render import CardPlan
from desktopguide.core.content.model import DirectoryRecord, Library
from desktopguide.core.directory.query import FEE_LABELS, spoken_languages
from desktopguide.core.papers import DEFAULT_PAPER
from desktopguide.i18n import N_

BAR_MM = 2.2
GAP_MM = 4.0
RULE = "#9aa5b1"
# TRANSLATORS: at the end of a printed list of organizations that did not all fit on the page
MORE = N_("Not shown for lack of space: {count}. The app lists them all.")


@dataclass
class HelpListPage:
    paper: Paper
    body_pt: float
    title: QTextDocument
    records: QTextDocument
    footer: QTextDocument
    contact: CardContact | None
    rtl: bool
    shown: int

    def _size(self) -> tuple[float, float]:
        width, height = self.paper.size_mm()
        return mm(width), mm(height)

    def _qr_block(self) -> float:
        return mm(self.paper.qr_mm) + pt(self.paper.footer_pt * 1.6) if self.contact else 0.0

    def needed_height(self) -> float:
        head = max(self.title.size().height(), self._qr_block())
        return (
            mm(BAR_MM + GAP_MM)
            + head
            + mm(GAP_MM)
            + self.records.size().height()
            + mm(GAP_MM)
            + self.footer.size().height()
        )

    def fits(self) -> bool:
        return self.needed_height() <= self._size()[1] - 2 * mm(self.paper.margin_mm)

    def paint(self, painter: QPainter) -> None:
        width, height = self._size()
        m = mm(self.paper.margin_mm)
        qr = mm(self.paper.qr_mm)
        painter.fillRect(QRectF(m, m, width - 2 * m, mm(BAR_MM)), QColor(ACCENT))
        top = m + mm(BAR_MM + GAP_MM)
        title_left = m + (qr + mm(GAP_MM) if self.contact and self.rtl else 0)
        _draw(painter, self.title, title_left, top)
        if self.contact is not None:
            left = m if self.rtl else width - m - qr
            paint_qr(painter, QRectF(left, top, qr, qr), self.contact.qr_text)
            painter.setPen(QColor(INK))
            painter.setFont(card_font("en", self.paper.footer_pt))
            caption = QRectF(left - mm(GAP_MM), top + qr, qr + 2 * mm(GAP_MM), pt(self.paper.footer_pt * 1.6))
            painter.drawText(
                caption, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.contact.qr_caption
            )
        list_top = top + max(self.title.size().height(), self._qr_block()) + mm(GAP_MM)
        _draw(painter, self.records, m, list_top)
        footer_top = height - m - self.footer.size().height()
        pen = QPen(QColor(RULE))
        pen.setWidthF(pt(0.5))
        painter.setPen(pen)
        painter.drawLine(QPointF(m, footer_top - mm(GAP_MM) / 2), QPointF(width - m, footer_top - mm(GAP_MM) / 2))
        _draw(painter, self.footer, m, footer_top)


def _draw(painter: QPainter, document: QTextDocument, left: float, top: float) -> None:
    painter.save()
    painter.translate(left, top)
    draw_in_ink(document, painter)  # never the screen theme's colours
    painter.restore()


def _record_html(library: Library, record: DirectoryRecord, lang: str, b: float, rtl: bool) -> str:
    tr = labels_for(lang)
    d = direction(rtl)
    locale = babel_locale(library.languages[lang])
    parts = [f'<p dir="{d}" style="font-size:{1.15 * b:.2f}pt; font-weight:700; margin:0">{esc(record.name)}</p>']
    phones = [p for p in record.phones if p.type != "fax"]
    if phones:
        numbers = " · ".join(nowrap(p.display) for p in phones)
        parts.append(f'<p dir="{d}" style="font-size:{1.45 * b:.2f}pt; font-weight:700; margin:0">{numbers}</p>')
    if record.url:
        parts.append(f'<p dir="{d}" style="margin:0">{nowrap(record.url)}</p>')
    details = []
    spoken = [library.languages[c].native_name for c in spoken_languages(record) if c in library.languages]
    if spoken:
        details.append(f"{label_text(tr(LANGUAGES_SPOKEN), rtl)} {esc(', '.join(spoken))}")
    if record.fees in FEE_LABELS:
        details.append(label_text(tr(FEE_LABELS[record.fees]), rtl))
    verified = format_date(record.verified, format="long", locale=locale)
    if rtl:  # keeps the date's digits with its words beside an untranslated label
        verified = f"{RTL_START}{verified}{RTL_END}"
    details.append(label_text(tr(VERIFIED).format(date=verified), rtl))
    parts.append(
        f'<p dir="{d}" style="font-size:{0.85 * b:.2f}pt; color:{MUTED}; margin-top:0; margin-bottom:{px(0.8 * b)}">'
        f"{' · '.join(details)}</p>"
    )
    return "".join(parts)


def _layout(
    library: Library, records: Sequence[DirectoryRecord], total: int, lang: str, title: str, paper: Paper, b: float
) -> HelpListPage:
    language = library.languages[lang]
    rtl = language.is_rtl
    d = direction(rtl)
    tr = labels_for(lang)
    width = mm(paper.size_mm()[0] - 2 * paper.margin_mm)
    contact = next((c for c in (contact_of(r) for r in records) if c and c.qr_text), None)
    title_width = width - (mm(paper.qr_mm + GAP_MM) if contact else 0)
    title_doc = make_document(
        f'<p dir="{d}" style="font-size:{2.0 * b:.2f}pt; font-weight:700; color:{INK}; margin:0">{esc(title)}</p>',
        lang,
        b,
        title_width,
    )
    body = "".join(_record_html(library, record, lang, b, rtl) for record in records)
    if total > len(records):
        more = tr(MORE).format(count=total - len(records))
        body += f'<p dir="{d}" style="font-weight:700">{label_text(more, rtl)}</p>'
    records_doc = make_document(body, lang, b, width)
    footer_pt = min(paper.footer_pt, b)
    version = tr(CONTENT_VERSION).format(content=library.content_hash or "-", version=__version__)
    footer_doc = make_document(
        f'<p dir="{d}" style="font-size:{footer_pt:.2f}pt; margin:0"><span style="font-weight:700">'
        f"{label_text(tr(NOT_ADVICE), rtl)}</span></p>"
        f'<p dir="{d}" style="font-size:{footer_pt * 0.92:.2f}pt; color:{MUTED}; margin:0">'
        f"{esc(language.native_name)} · {label_text(version, rtl)}</p>",
        lang,
        footer_pt,
        width,
    )
    return HelpListPage(paper, b, title_doc, records_doc, footer_doc, contact, rtl, len(records))


def plan_help_list(
    library: Library,
    records: Sequence[DirectoryRecord],
    lang: str,
    paper: str | Paper = DEFAULT_PAPER,
    title: str | None = None,
) -> CardPlan:
    """One page listing `records` in `lang`: as many as fit at a readable size, the rest counted."""
    ensure_gui_app()
    paper = paper if isinstance(paper, Paper) else paper_named(paper)
    if paper.wallet is not None:
        raise CardError("a list of legal help prints on a full page: choose letter or a4.")
    language = check_language(library, lang)
    if not records:
        raise CardError("there are no organizations to print.")
    title = title or labels_for(lang)(HELP_LIST_TITLE)
    texts = [title, language.native_name]
    for record in records:
        texts += [record.name, record.url, *(p.display for p in record.phones)]
    check_glyphs("\n".join(texts), lang, language.english_name, what="list")

    def fitted(count: int) -> HelpListPage | None:
        shown = list(records[:count])
        return fit_size(
            lambda size: _layout(library, shown, len(records), lang, title, paper, size),
            HelpListPage.fits,
            paper.min_pt,
            paper.max_pt,
            paper.step_pt,
        )

    page = fitted(len(records))
    if page is None:
        low, high = 1, len(records) - 1  # the most records that fit, by halving
        while low <= high:
            middle = (low + high) // 2
            candidate = fitted(middle)
            if candidate is not None:
                page, low = candidate, middle + 1
            else:
                high = middle - 1
    if page is None:
        raise CardError(f"not even one organization fits on one {paper.name} page.")
    return CardPlan(paper, [page], title)
