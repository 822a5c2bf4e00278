"""The content model: plain dataclasses, built by the loader, read by everything else."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from desktopguide.core.content.problems import Problem
from desktopguide.core.language.language import Language as Language  # re-exported: the model's users find it here

SOURCE_LANGUAGE = "en"


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str
    kind: str
    date: dt.date | None = None  # the date the document itself gives
    url: str | None = None
    note: str | None = None
    accessed: dt.date | None = None  # when an undated document was read

    @property
    def as_of(self) -> dt.date | None:
        """The date a fact from this document is as of: its own date, else the day it was read."""
        return self.date or self.accessed


@dataclass(frozen=True)
class LocalizedText:
    """Text in English (the source) and any translations, keyed by language code."""

    texts: dict[str, str]

    def get(self, lang: str) -> str:
        return self.texts.get(lang) or self.texts.get(SOURCE_LANGUAGE, "")

    def has(self, lang: str) -> bool:
        return bool(self.texts.get(lang))

    @property
    def languages(self) -> list[str]:
        return sorted(self.texts)


@dataclass(frozen=True)
class Translation:
    status: str  # "source", "machine" or "reviewed"
    from_hash: str | None = None
    out_of_date: bool = False


REVIEW_KINDS = ("legal", "language")


@dataclass(frozen=True)
class Review:
    """A review that happened: who looked (a lawyer: "legal", a fluent reader: "language") and when."""

    kind: str
    date: dt.date


@dataclass(frozen=True)
class Card:
    headline: str
    key_points: list[str]
    phrases: list[str] = field(default_factory=list)
    officer_statement: str = ""
    contacts: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class GuideText:
    """One guide in one language: one Markdown file."""

    guide_id: str
    lang: str
    title: str
    summary: str
    body: str
    card: Card
    translation: Translation
    path: Path
    unverified: list[str] = field(default_factory=list)
    # File line of each header field and of the body ("body"), for problems found later.
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    # When this file's text was written or last changed; None for a translation that does not say.
    updated: dt.date | None = None
    # Reviews of this file's text that happened, oldest first; none is a claim of none.
    reviews: list[Review] = field(default_factory=list)
    # The questions the guide answers, in this file's language (for search).
    questions: list[str] = field(default_factory=list)

    @property
    def has_body(self) -> bool:
        return bool(self.body.strip())

    def last_review(self, kind: str) -> Review | None:
        """The newest review of this kind, or None when no such review happened."""
        found = [review for review in self.reviews if review.kind == kind]
        return max(found, key=lambda review: review.date) if found else None


@dataclass
class Guide:
    id: str
    topics: list[str]
    sources: list[str]
    # When the English text was written or last changed (not a review: see `legal_review`).
    updated: dt.date
    related: list[str]
    texts: dict[str, GuideText]

    @property
    def source_text(self) -> GuideText:
        return self.texts[SOURCE_LANGUAGE]

    @property
    def legal_review(self) -> Review | None:
        """The newest legal review of the English text, or None: no lawyer has reviewed it."""
        return self.source_text.last_review("legal")

    def text(self, lang: str) -> GuideText:
        """The guide to read in `lang`: its translation, or English when it has no translated text."""
        text = self.texts.get(lang)
        return text if text is not None and text.has_body else self.source_text

    def card_text(self, lang: str) -> GuideText:
        """The guide's card in `lang`: a translation may carry only the card, not the whole text."""
        return self.texts.get(lang) or self.source_text

    @property
    def languages(self) -> list[str]:
        return sorted(self.texts)


@dataclass(frozen=True)
class Phone:
    number: str
    type: str = "voice"
    description: str = ""
    languages: list[str] = field(default_factory=list)
    e164: str = ""
    display: str = ""


@dataclass(frozen=True)
class Address:
    address_1: str = ""
    address_2: str = ""
    city: str = ""
    state_province: str = ""
    postal_code: str = ""
    country: str = "US"


@dataclass(frozen=True)
class ServiceArea:
    """Where a record serves: nationally, a whole state, or one county of a state."""

    national: bool = False
    state: str = ""
    county: str = ""


@dataclass(frozen=True)
class ListFacts:
    """What the official lists (EOIR's roster and pro bono list) say about a directory record."""

    lists: tuple[tuple[str, str], ...]  # (snapshot kind, the list's date) for each list naming it
    recognized: bool = False  # a DOJ-recognized organization's office
    office_type: str = ""  # "principal" or "extension"
    pending_renewal: bool = False
    expires: str | None = None
    on_newer_roster: bool | None = None  # None when unknown or not a roster office
    newer_roster_date: str | None = None
    representatives: int | None = None
    fully_accredited: bool | None = None
    courts: tuple[str, ...] = ()  # immigration courts whose pro bono lists name it
    detained: bool = False  # the pro bono list says it takes detained cases
    mailing_address_only: bool = False
    merged_ids: tuple[str, ...] = ()  # ids of list records merged into this one (found by search)


@dataclass
class DirectoryRecord:
    id: str
    name: str
    kind: str
    description: LocalizedText
    services: list[str]
    service_area: list[ServiceArea]
    verified: dt.date
    sources: list[str]
    path: Path
    alternate_name: str = ""
    languages: list[str] = field(default_factory=list)
    fees: str = ""
    accreditations: list[str] = field(default_factory=list)
    url: str = ""
    email: str = ""
    phones: list[Phone] = field(default_factory=list)
    physical_address: Address | None = None
    schedule: LocalizedText | None = None
    unverified: list[str] = field(default_factory=list)
    translations: dict[str, Translation] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    listing: ListFacts | None = None  # records from (or matched with) an official list


@dataclass(frozen=True)
class PlaceFact:
    topic: str
    agency: str
    answer: str
    text: LocalizedText
    sources: list[str]
    as_of: dt.date
    claim_by: str = ""


@dataclass
class Place:
    id: str
    name: str
    kind: str
    state: str
    summary: LocalizedText
    facts: list[PlaceFact]
    verified: dt.date
    sources: list[str]
    path: Path
    county: str = ""
    contacts: list[str] = field(default_factory=list)
    related_guides: list[str] = field(default_factory=list)
    unverified: list[str] = field(default_factory=list)
    translations: dict[str, Translation] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)


@dataclass
class GlossaryTerm:
    id: str
    term: LocalizedText
    definition: LocalizedText
    synonyms: dict[str, list[str]]
    sources: list[str]
    path: Path
    translations: dict[str, Translation] = field(default_factory=dict)
    unverified: list[str] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)


@dataclass
class Library:
    """Everything the app shows, loaded and validated from one resources folder."""

    root: Path
    languages: dict[str, Language] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    guides: dict[str, Guide] = field(default_factory=dict)
    directory: dict[str, DirectoryRecord] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    glossary: dict[str, GlossaryTerm] = field(default_factory=dict)
    content_hash: str = ""
    problems: list[Problem] = field(default_factory=list)
