"""Printing cards: plan every page first (content, glyph check, fit), then paint onto a PDF or printer.

Everything that can fail (an unknown guide, a missing font, a card that does not fit)
fails while planning, before a file is created or a printer is started.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from desktopguide import __version__
from desktopguide.cards.contacts import CardContact, card_contacts
from desktopguide.cards.content import CardSpec, FaceContent, check_language, face_content
from desktopguide.cards.errors import CardError
from desktopguide.cards.fonts import check_glyphs
from desktopguide.cards.full_page import FullPage, fit_full_page
from desktopguide.cards.labels import IN_ENGLISH, LOCAL_HELP, NOT_ADVICE, SAY, SHOW_OFFICER, labels_for
from desktopguide.cards.paper import Paper, paper_named
from desktopguide.cards.qt import LAYOUT_DPI, ensure_gui_app
from desktopguide.cards.wallet import WalletFace, WalletSheetSide, fit_wallet_face
from desktopguide.core.content.model import SOURCE_LANGUAGE, Library
from desktopguide.core.papers import DEFAULT_PAPER
from desktopguide.core.storage import StorageError, atomic_path
from desktopguide.i18n import _, current_language

FULL_PAGE_CONTACTS = 3
MAX_COPIES = 500


class Page(Protocol):
    def paint(self, painter: QPainter) -> None: ...


@dataclass
class CardPlan:
    """The pages of a print job, laid out and checked, ready to paint."""

    paper: Paper
    pages: list[Page]
    title: str

    @property
    def page_count(self) -> int:
        return len(self.pages)


def check_face_glyphs(face: FaceContent) -> None:
    tr = labels_for(face.lang)
    texts = [
        face.headline, *face.key_points, *face.phrases, face.officer_statement, face.officer_statement_english,
        face.updated, face.legal_review, face.language.native_name, face.translation_note, face.version,
        *(tr(label) for label in (SAY, SHOW_OFFICER, IN_ENGLISH, LOCAL_HELP, NOT_ADVICE)),
    ]
    check_glyphs("\n".join(texts), face.lang, face.language.english_name)


def check_contact_glyphs(contacts: Sequence[CardContact], face: FaceContent) -> None:
    for contact in contacts:
        check_glyphs(
            "\n".join((contact.name, *contact.phones, contact.qr_caption)), face.lang, face.language.english_name
        )
        check_glyphs(contact.qr_caption, SOURCE_LANGUAGE, "English")


def _faces(library: Library, spec: CardSpec, with_pair: bool) -> list[FaceContent]:
    faces = [face_content(library, spec.guide_id, spec.lang)]
    if with_pair and spec.pair and spec.pair != spec.lang:
        faces.append(face_content(library, spec.guide_id, spec.pair))
    for face in faces:
        check_face_glyphs(face)
    return faces


def plan_full_page(library: Library, spec: CardSpec, paper: Paper, zip_code: str | None = None) -> FullPage:
    faces = _faces(library, spec, with_pair=True)
    contacts = card_contacts(library, spec.guide_id, spec.lang, zip_code, limit=FULL_PAGE_CONTACTS)
    check_contact_glyphs(contacts, faces[0])
    return fit_full_page(faces, contacts, paper)


def plan_wallet_card(
    library: Library, spec: CardSpec, paper: Paper, zip_code: str | None = None
) -> tuple[WalletFace, WalletFace | None]:
    """The front (person's language) and back (pair language, English by default) of one wallet card."""
    back_lang = spec.pair or SOURCE_LANGUAGE
    faces = _faces(library, CardSpec(spec.guide_id, spec.lang, back_lang), with_pair=True)
    contacts = card_contacts(library, spec.guide_id, spec.lang, zip_code, limit=1)
    contact = contacts[0] if contacts else None
    for face in faces:
        check_contact_glyphs(contacts, face)
    front = fit_wallet_face(faces[0], contact, paper)
    back = fit_wallet_face(faces[1], contact, paper) if len(faces) > 1 else None
    return front, back


def plan_cards(
    library: Library,
    specs: Sequence[CardSpec],
    paper: str | Paper = DEFAULT_PAPER,
    zip_code: str | None = None,
    copies: int | None = None,
) -> CardPlan:
    """Lay out every card of a job. `copies` is pages per card on full pages and cards per card
    on wallet sheets, where by default one card fills a sheet."""
    ensure_gui_app()
    paper = paper if isinstance(paper, Paper) else paper_named(paper)
    if not specs:
        raise CardError("there are no cards to print.")
    for spec in specs:
        check_language(library, spec.lang)
        if spec.pair:
            check_language(library, spec.pair)
    if copies is not None and not 1 <= copies <= MAX_COPIES:
        raise CardError(f"the number of copies must be between 1 and {MAX_COPIES}, not {copies}.")
    first = face_content(library, specs[0].guide_id, specs[0].lang)
    title = first.headline if len(specs) == 1 else "desktopguide cards"
    if paper.wallet is None:
        pages: list[Page] = []
        for spec in specs:
            page = plan_full_page(library, spec, paper, zip_code)
            pages.extend([page] * (copies or 1))
        return CardPlan(paper, pages, title)
    grid = paper.wallet
    if copies is None:
        copies = grid.per_sheet if len(specs) == 1 else 1
    cards = [plan_wallet_card(library, spec, paper, zip_code) for spec in specs]
    slots = [card for card in cards for _copy in range(copies)]
    two_sided = any(back is not None for _front, back in slots)
    note_lang = current_language() if current_language() in library.languages else SOURCE_LANGUAGE
    how_to = _("Print on both sides of the paper, flipping on the long edge, then cut along the marks.")
    if not two_sided:
        how_to = _("Cut along the marks.")
    version = (
        _("General legal information, not legal advice.")
        + " "
        + _("Content {content}, desktopguide {version}").format(
            content=library.content_hash or "-", version=__version__
        )
    )
    check_glyphs(how_to + version, note_lang, library.languages[note_lang].english_name, what="printing note")
    sheets: list[Page] = []
    for start in range(0, len(slots), grid.per_sheet):
        chunk = slots[start : start + grid.per_sheet]
        sheets.append(WalletSheetSide(paper, [front for front, _back in chunk], False, how_to, version, note_lang))
        if two_sided:
            sheets.append(WalletSheetSide(paper, [back for _front, back in chunk], True, "", version, note_lang))
    return CardPlan(paper, sheets, title)


def setup_device(device: QPagedPaintDevice, paper: Paper) -> None:
    """The paper's page size with no margins: pages are painted from the sheet's corner."""
    device.setPageLayout(
        QPageLayout(QPageSize(paper.page_size), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )


def paint_plan(plan: CardPlan, device: QPagedPaintDevice, painter: QPainter | None = None) -> None:
    """Paint every page onto a PDF writer or printer already set up for the plan's paper.

    The caller's painter is used when given (a print preview begins it); a printer must print
    full page (`setFullPage(True)`) so that the origin is the sheet's corner.
    """
    own = painter is None
    if painter is None:
        painter = QPainter()
        if not painter.begin(device):
            raise CardError("the printer or file cannot be written to.")
    scale_x = device.logicalDpiX() / LAYOUT_DPI
    scale_y = device.logicalDpiY() / LAYOUT_DPI
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        for number, page in enumerate(plan.pages):
            if number:
                device.newPage()
            painter.save()
            painter.scale(scale_x, scale_y)
            page.paint(painter)
            painter.restore()
    finally:
        if own:
            painter.end()


def write_plan_pdf(plan: CardPlan, path: str | os.PathLike[str]) -> Path:
    """Write the plan as a PDF; the file appears only when it is complete."""
    target = Path(path)
    try:
        with atomic_path(target) as temporary:
            writer = QPdfWriter(str(temporary))
            writer.setResolution(LAYOUT_DPI)
            writer.setCreator("desktopguide")
            writer.setTitle(plan.title)
            setup_device(writer, plan.paper)
            paint_plan(plan, writer)
            del writer  # closes the file
            _check_complete_pdf(temporary, target)
    except StorageError as error:
        raise CardError(str(error)) from error
    return target


def _check_complete_pdf(written: Path, target: Path) -> None:
    # QPdfWriter reports no write errors: on a full disk it leaves a short or empty file.
    # A whole PDF ends with its end-of-file marker; without it the old file is kept.
    try:
        with open(written, "rb") as stream:
            stream.seek(max(0, written.stat().st_size - 64))
            tail = stream.read()
    except OSError:
        tail = b""
    if b"%%EOF" not in tail:
        raise StorageError(f"{target} could not be written (the disk may be full); nothing was replaced.")


def write_cards_pdf(
    library: Library,
    specs: Sequence[CardSpec] | CardSpec,
    path: str | os.PathLike[str],
    paper: str | Paper = DEFAULT_PAPER,
    zip_code: str | None = None,
    copies: int | None = None,
) -> CardPlan:
    """Plan and write cards to a PDF file; returns the plan (its page_count is the number of pages)."""
    specs = [specs] if isinstance(specs, CardSpec) else list(specs)
    plan = plan_cards(library, specs, paper, zip_code, copies)
    write_plan_pdf(plan, path)
    return plan
