"""`desktopguide check` for cards: every guide in every language prints on every paper.

Runs the same glyph check and fit test as printing does, at the smallest readable size,
and reports each failure at the `card:` line of the guide file it comes from.
"""

from __future__ import annotations

from collections.abc import Collection

from desktopguide.cards.contacts import card_contacts
from desktopguide.cards.content import FaceContent, face_content
from desktopguide.cards.errors import CardError
from desktopguide.cards.full_page import check_full_page_fits
from desktopguide.cards.paper import PAPERS, Paper
from desktopguide.cards.qt import ensure_gui_app
from desktopguide.cards.render import check_contact_glyphs, check_face_glyphs
from desktopguide.cards.wallet import check_wallet_face_fits
from desktopguide.core.content.model import SOURCE_LANGUAGE, Library
from desktopguide.core.content.problems import Problem, Severity


def _distinct_papers() -> list[Paper]:
    """One paper per distinct card geometry: the wallet sheets hold the same card."""
    seen: dict[object, Paper] = {}
    for paper in PAPERS.values():
        grid = paper.wallet
        key = (
            (grid.card_width_mm, grid.card_height_mm, grid.padding_mm, paper.min_pt, paper.footer_pt)
            if grid
            else paper.name
        )
        seen.setdefault(key, paper)
    return list(seen.values())


def card_problems(library: Library, only: Collection[tuple[str, str]] | None = None) -> list[Problem]:
    """An error for every guide text whose card cannot print: a missing glyph or too long a card.

    `only`: the (guide id, language) pairs to check (a translator's one file); default all."""
    ensure_gui_app()
    problems: dict[tuple[str, str], Problem] = {}
    papers = _distinct_papers()

    def report(face: FaceContent, error: CardError) -> None:
        key = (str(face.path), error.message)
        problems.setdefault(key, Problem(face.path, face.card_line, Severity.ERROR, error.message))

    for guide_id, guide in sorted(library.guides.items()):
        english = face_content(library, guide_id, SOURCE_LANGUAGE)
        for lang in sorted(guide.texts):
            if only is not None and (guide_id, lang) not in only:
                continue
            face = face_content(library, guide_id, lang)
            contacts = card_contacts(library, guide_id, lang)
            try:
                check_face_glyphs(face)
                check_contact_glyphs(contacts, face)
            except CardError as error:
                report(face, error)
                continue
            for paper in papers:
                try:
                    if paper.wallet is not None:
                        check_wallet_face_fits(face, contacts[0] if contacts else None, paper)
                        continue
                    check_full_page_fits([face], contacts, paper)
                    if lang != SOURCE_LANGUAGE:
                        check_full_page_fits([face, english], contacts, paper)
                except CardError as error:
                    report(face, error)
    return sorted(problems.values(), key=lambda p: (str(p.path), p.line))
