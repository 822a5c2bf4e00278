"""What one face of a card says, in one language, taken from a guide's `card` fields."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from babel.dates import format_date

from desktopguide import __version__
from desktopguide.cards.errors import CardError
from desktopguide.cards.labels import (
    CONTENT_VERSION,
    LEGAL_REVIEW,
    MACHINE,
    NO_LEGAL_REVIEW,
    OUT_OF_DATE,
    UPDATED,
    labels_for,
)
from desktopguide.core.bidi import isolate_for
from desktopguide.core.content.model import SOURCE_LANGUAGE, Language, Library

# RIGHT-TO-LEFT EMBEDDING ... POP DIRECTIONAL FORMATTING
RTL_START, RTL_END = "\u202b", "\u202c"


@dataclass(frozen=True)
class CardSpec:
    """One card to print: a guide in the person's language, optionally beside `pair` (usually English)."""

    guide_id: str
    lang: str
    pair: str | None = None


@dataclass(frozen=True)
class FaceContent:
    """Everything printed for one guide in one language."""

    guide_id: str
    lang: str
    language: Language
    headline: str
    key_points: tuple[str, ...]
    phrases: tuple[str, ...]
    officer_statement: str
    # The English statement, shown under a statement in another language: officers read English.
    officer_statement_english: str
    updated: str  # "Updated" and the day the text was written or last changed, the language's way
    legal_review: str  # the day a lawyer reviewed the text, or that none has
    translation_note: str  # machine translation or out of date, '' for reviewed or English text
    version: str
    path: Path
    card_line: int

    @property
    def rtl(self) -> bool:
        return self.language.is_rtl

    @property
    def language_name(self) -> str:
        """The language's own name, capitalized as a label ("Español")."""
        name = self.language.native_name
        return name[:1].upper() + name[1:]


def babel_locale(language: Language) -> str:
    return language.locale or "en"


def check_language(library: Library, lang: str) -> Language:
    language = library.languages.get(lang)
    if language is None:
        raise CardError(f"there is no language '{lang}'; choose one of {', '.join(library.languages)}.")
    return language


def face_content(library: Library, guide_id: str, lang: str) -> FaceContent:
    guide = library.guides.get(guide_id)
    if guide is None:
        raise CardError(f"there is no guide '{guide_id}'; the guides are {', '.join(sorted(library.guides))}.")
    language = check_language(library, lang)
    text = guide.texts.get(lang)
    if text is None:
        raise CardError(f"the guide '{guide_id}' has no {language.english_name} card yet.")
    tr = labels_for(lang)
    card = text.card
    english = guide.source_text.card.officer_statement if lang != SOURCE_LANGUAGE else ""
    note = ""
    if text.translation.out_of_date:
        note = tr(OUT_OF_DATE)
    elif text.translation.status == "machine":
        note = tr(MACHINE)
    def day(value: dt.date) -> str:
        written = format_date(value, format="long", locale=babel_locale(language))
        # Keeps the date's digits with its words beside an untranslated label.
        return f"{RTL_START}{written}{RTL_END}" if language.is_rtl else written

    legal = guide.legal_review
    version = tr(CONTENT_VERSION).format(content=library.content_hash or "-", version=__version__)
    # Phone numbers, "287(g)" and English words keep their order inside right-to-left text.
    def isolated(value: str) -> str:
        return isolate_for(value, language.is_rtl)

    return FaceContent(
        guide_id=guide_id,
        lang=lang,
        language=language,
        headline=isolated(card.headline),
        key_points=tuple(isolated(point) for point in card.key_points),
        phrases=tuple(isolated(phrase) for phrase in card.phrases),
        officer_statement=isolated(card.officer_statement),
        officer_statement_english=english if card.officer_statement and english else "",
        updated=tr(UPDATED).format(date=day(guide.updated)),
        legal_review=tr(LEGAL_REVIEW).format(date=day(legal.date)) if legal else tr(NO_LEGAL_REVIEW),
        translation_note=note,
        version=version,
        path=text.path,
        card_line=text.lines.get("card", 1),
    )
