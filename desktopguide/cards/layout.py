"""A card's text as rich-text documents: the HTML of each part, laid out at a given type size.

Sizes are in points relative to the body size `b`, so one number scales the whole card
when it has to shrink to fit. Each part is its own QTextDocument (the face's body, its
footer, the contacts band) so the page can anchor footers to the bottom and set the parts
of a bilingual card side by side.
"""

from __future__ import annotations

import html
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument

from desktopguide.cards.contacts import CardContact
from desktopguide.cards.content import FaceContent
from desktopguide.cards.fonts import card_font, line_height_percent
from desktopguide.cards.labels import IN_ENGLISH, LOCAL_HELP, NOT_ADVICE, SAY, SHOW_OFFICER, labels_for
from desktopguide.cards.qt import measure_device

ACCENT = "#1d4f91"
INK = "#111111"
MUTED = "#444444"
BOX = "#eef3f9"
# Keeps a left-to-right run (a phone number, a name, a web address) in one piece inside
# right-to-left text: LEFT-TO-RIGHT EMBEDDING ... POP DIRECTIONAL FORMATTING.
LTR_START, LTR_END = "\u202a", "\u202c"
PARSED_DOCUMENTS = 256
_parsed: OrderedDict[tuple[str, str, float, float], QTextDocument] = OrderedDict()
_parsed_lock = threading.Lock()


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def ltr(text: str) -> str:
    return f"{LTR_START}{esc(text)}{LTR_END}"


def has_rtl_letters(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def label_text(text: str, rtl: bool) -> str:
    """A label, escaped; kept left to right when a right-to-left card shows it untranslated
    (so "You can say:" keeps its colon at the end), still aligned to the right."""
    return ltr(text) if rtl and not has_rtl_letters(text) else esc(text)


def nowrap(text: str) -> str:
    """A phone number or address that is never broken across lines, nor reordered in RTL text."""
    return f'<span style="white-space:nowrap">{ltr(text)}</span>'


def px(points: float) -> str:
    """A length for Qt's HTML, which takes margins and padding in CSS pixels (1/96 inch)."""
    return f"{points * 96 / 72:.1f}px"


def direction(rtl: bool) -> str:
    return "rtl" if rtl else "ltr"


def make_document(html_text: str, lang: str, size_pt: float, width: float, line_height: float = 100.0) -> QTextDocument:
    """A document laid out `width` layout units wide, in the fonts of `lang`.

    `line_height` is in percent of the script's usual spacing (see fonts.line_height_percent).
    Parsing HTML is the slowest step of a card, and the fit search and `check` lay out the same
    parts again and again (the English column beside every language, Letter and then A4), so
    parsed documents are kept and copied.
    """
    device = measure_device()  # first: it makes sure a QGuiApplication exists
    key = (html_text, lang, size_pt, line_height)
    with _parsed_lock:
        prototype = _parsed.get(key)
        if prototype is None:
            prototype = _parse(html_text, lang, size_pt, line_height)
            _parsed[key] = prototype
            if len(_parsed) > PARSED_DOCUMENTS:
                _parsed.popitem(last=False)
        else:
            _parsed.move_to_end(key)
        document = prototype.clone()
    # PySide keeps a clone alive only as long as its original, unless it is given to Python.
    document.setParent(None)
    document.documentLayout().setPaintDevice(device)
    document.setTextWidth(width)
    return document


def _parse(html_text: str, lang: str, size_pt: float, line_height: float) -> QTextDocument:
    document = QTextDocument()
    document.setUseDesignMetrics(True)  # the same line breaks on every printer resolution
    document.setDocumentMargin(0)
    document.setDefaultFont(card_font(lang, size_pt))
    document.setIndentWidth(1.3 * size_pt * 96 / 72)  # list indent in CSS pixels, to scale with the type
    document.setHtml(html_text)
    percent = line_height * line_height_percent(lang) / 100.0
    if abs(percent - 100.0) > 0.5:
        spacing = QTextBlockFormat()
        spacing.setLineHeight(percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block = document.begin()
        while block.isValid():
            QTextCursor(block).mergeBlockFormat(spacing)
            block = block.next()
    return document


@dataclass(frozen=True)
class Style:
    """Proportions of one format, as multiples of the body size."""

    headline: float
    gap: float  # after the headline and the key points
    item_gap: float  # between key points
    box_pad: float
    box_top: float
    line_height: int  # percent of the font's natural line spacing
    phrases: bool  # print the phrases to say
    inline_labels: bool  # "Show this to the officer:" runs into the statement
    footer_version: bool  # the content version in the footer (else in the sheet margin)


FULL_PAGE = Style(1.9, 0.45, 0.3, 0.6, 0.7, 100, phrases=True, inline_labels=False, footer_version=True)
WALLET = Style(1.3, 0.2, 0.0, 0.25, 0.15, 90, phrases=False, inline_labels=True, footer_version=False)


def face_body_html(
    face: FaceContent,
    b: float,
    style: Style = FULL_PAGE,
    contact: CardContact | None = None,
    english_statement: bool = True,
) -> str:
    """Headline, key points, phrases to say and the officer statement, at body size `b`.

    `english_statement`: repeat the officer statement in English under a translated one
    (left out beside an English column, and on wallet cards, whose back is English).
    """
    tr = labels_for(face.lang)
    d = direction(face.rtl)
    parts = [
        f'<p dir="{d}" style="font-size:{style.headline * b:.2f}pt; font-weight:700; color:{INK}; '
        f'margin-top:0; margin-bottom:{px(style.gap * b)}">{esc(face.headline)}</p>'
    ]
    items = "".join(
        f'<li style="margin-bottom:{px(style.item_gap * b)}">{esc(point)}</li>' for point in face.key_points
    )
    parts.append(
        f'<ul dir="{d}" style="margin-top:0; margin-bottom:{px(style.gap * b)}; -qt-list-indent:1">{items}</ul>'
    )
    if face.phrases and style.phrases:
        parts.append(_label(tr(SAY), face.rtl, b))
        for phrase in face.phrases:
            parts.append(
                f'<p dir="{d}" style="font-size:{1.08 * b:.2f}pt; font-weight:700; margin-top:0; '
                f'margin-bottom:{px(0.25 * b)}">{esc(phrase)}</p>'
            )
    if face.officer_statement:
        if style.inline_labels:
            inner = [
                f'<p dir="{d}" style="margin:0"><span style="font-weight:700; color:{ACCENT}">'
                f"{label_text(tr(SHOW_OFFICER), face.rtl)}</span> {esc(face.officer_statement)}</p>"
            ]
        else:
            inner = [_label(tr(SHOW_OFFICER), face.rtl, b, top=0), _para(face.officer_statement, d, 1.05 * b)]
            if face.officer_statement_english and english_statement:
                inner.append(_label(tr(IN_ENGLISH), face.rtl, 0.9 * b, top=0.5 * b))
                inner.append(_para(face.officer_statement_english, "ltr", 0.95 * b))
        parts.append(
            f'<table dir="{d}" width="100%" cellspacing="0" cellpadding="{style.box_pad * b * 96 / 72:.1f}" border="1" '
            f'style="border-style:solid; border-collapse:collapse; border-color:{ACCENT}; '
            f'margin-top:{px(style.box_top * b)}" '
            f'bgcolor="{BOX}"><tr><td>{"".join(inner)}</td></tr></table>'
        )
    if contact is not None:
        phones = " · ".join(nowrap(p) for p in contact.phones) or nowrap(contact.qr_caption)
        parts.append(
            f'<p dir="{d}" style="margin-top:{px(0.25 * b)}; margin-bottom:0">{ltr(contact.name)}: '
            f'<span style="font-weight:700">{phones}</span></p>'
        )
    return "\n".join(parts)


def _label(text: str, rtl: bool, b: float, top: float | None = None) -> str:
    top = 0.5 * b if top is None else top
    return (
        f'<p dir="{direction(rtl)}" style="font-size:{0.88 * b:.2f}pt; font-weight:700; color:{ACCENT}; '
        f'margin-top:{px(top)}; margin-bottom:{px(0.2 * b)}">{label_text(text, rtl)}</p>'
    )


def _para(text: str, d: str, size: float) -> str:
    return f'<p dir="{d}" style="font-size:{size:.2f}pt; margin-top:0; margin-bottom:0">{esc(text)}</p>'


def footer_html(face: FaceContent, f: float, style: Style = FULL_PAGE) -> str:
    """The disclaimer, date of the text, legal review, language, translation status and (full page) content version."""
    tr = labels_for(face.lang)
    d = direction(face.rtl)
    facts = [label_text(face.updated, face.rtl), esc(face.language_name)]
    if style.footer_version:  # a wallet card has no room; the page says whether a lawyer has reviewed it
        facts.insert(1, label_text(face.legal_review, face.rtl))
    if face.translation_note:
        facts.append(label_text(face.translation_note, face.rtl))
    if style.footer_version:
        facts.append(label_text(face.version, face.rtl))
    disclaimer = f'<span style="font-weight:700; color:{INK}">{label_text(tr(NOT_ADVICE), face.rtl)}</span>'
    if not style.footer_version:  # one paragraph on a small card
        return f'<p dir="{d}" style="font-size:{f:.2f}pt; color:{MUTED}; margin:0">{disclaimer} {" · ".join(facts)}</p>'
    return (
        f'<p dir="{d}" style="font-size:{f:.2f}pt; margin:0">{disclaimer}</p>'
        f'<p dir="{d}" style="font-size:{f * 0.92:.2f}pt; color:{MUTED}; margin:0">{" · ".join(facts)}</p>'
    )


def contacts_html(contacts: Sequence[CardContact], faces: Sequence[FaceContent], b: float) -> str:
    """The 'help near you' band: names and large phone numbers, headed in each face's language."""
    first = faces[0]
    d = direction(first.rtl)
    heading = " / ".join(dict.fromkeys(labels_for(face.lang)(LOCAL_HELP) for face in faces))
    rows = [_label(heading, first.rtl, b, top=0)]
    for contact in contacts:
        phones = " · ".join(nowrap(p) for p in contact.phones)
        web = nowrap(contact.qr_caption) if contact.url else ""
        reach = " · ".join(x for x in (phones, web) if x)
        rows.append(
            f'<p dir="{d}" style="margin-top:0; margin-bottom:{px(0.2 * b)}">{ltr(contact.name)}'
            f'&nbsp;&nbsp; <span style="font-size:{1.25 * b:.2f}pt; font-weight:700">{reach}</span></p>'
        )
    return "\n".join(rows)
