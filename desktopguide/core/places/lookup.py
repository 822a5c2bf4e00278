"""What happens here: the place profiles that apply to a ZIP code, county or state.

A ZIP code or county gets its city profile (when the city is the county, as Virginia's
independent cities are, or the ZIP's own city), its county profile and its state
profile. When no city or county profile exists, the answer says so plainly and falls
back to the state's facts and the national guides on local police and detainers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from desktopguide.core.content.model import DirectoryRecord, Guide, Library, Place, PlaceFact, Source
from desktopguide.core.directory.query import (
    LEGAL_HELP_SERVICES,
    DirectoryFilter,
    DirectoryIndex,
    DirectoryResult,
    verified_over_a_year_ago,
)
from desktopguide.core.places import geo
from desktopguide.i18n import N_, _

# Guides that apply everywhere when a place has no profile of its own.
NATIONAL_GUIDE_TOPICS = frozenset({"local-police", "detainers"})

AGENCY_ORDER = ("police", "sheriff", "city", "county", "state", "ice")
AGENCY_LABELS: dict[str, str] = {
    "police": N_("Police"),
    "sheriff": N_("Sheriff and jail"),
    "city": N_("City government"),
    "county": N_("County government"),
    "state": N_("State law and government"),
    # TRANSLATORS: U.S. Immigration and Customs Enforcement
    "ice": N_("ICE"),
}
TOPIC_LABELS: dict[str, str] = {
    # TRANSLATORS: 287(g) is the section of U.S. immigration law that lets ICE deputize local officers.
    "287g": N_("Has a 287(g) agreement with ICE?"),
    "detainers": N_("Holds people or hands them over when ICE asks (detainers)?"),
    "release-notification": N_("Tells ICE when someone will be released?"),
    "jail-access": N_("Lets ICE into the jail?"),
    "detention-contract": N_("Holds people for ICE under a contract?"),
    "police-practice": N_("What the police do"),
    "sheriff-practice": N_("What the sheriff does"),
    "state-law": N_("State law"),
    "pending-law": N_("Proposed laws"),
    "other": N_("Other facts"),
}
# Topics asked as a yes-or-no question; the others describe, and their answer adds nothing.
QUESTION_TOPICS = frozenset({"287g", "detainers", "release-notification", "jail-access", "detention-contract"})
ANSWER_LABELS: dict[str, str] = {
    "yes": N_("Yes"),
    "no": N_("No"),
    "partial": N_("In part"),
    "claimed": N_("Claim, not confirmed"),
    "unknown": N_("Not known"),
}
KIND_LABELS: dict[str, str] = {
    "city": N_("city"),
    "county": N_("county"),
    "state": N_("state"),
}
KIND_ORDER = {"city": 0, "county": 1, "state": 2}


@dataclass(frozen=True)
class FactView:
    """One fact as a reader sees it: the fact, the sources it cites, and whether it is only a claim."""

    fact: PlaceFact
    sources: list[Source]
    is_claim: bool

    @property
    def undated(self) -> bool:
        """True when no cited document gives a date: the fact's date is then the day it was read."""
        return bool(self.sources) and all(source.date is None for source in self.sources)

    def source_line(self, day: Callable[[dt.date], str]) -> str:
        """Where the fact comes from and its date, saying so when that is only the day it was read."""
        cited = "; ".join(f"{s.title}, {s.publisher}" for s in self.sources) or ", ".join(self.fact.sources)
        if self.undated:
            # TRANSLATORS: under a fact whose source gives no date; {date} is the day the source was read
            undated = _("Source: {sources}. The source is undated; read on {date}.")
            return undated.format(sources=cited, date=day(self.fact.as_of))
        return _("Source: {sources}. As of {date}.").format(sources=cited, date=day(self.fact.as_of))


@dataclass
class PlaceAnswer:
    location: geo.Location
    profiles: list[Place]  # the profiles that apply, most local first
    nearby_profiles: list[Place]  # city profiles inside the county asked about, which may apply
    missing: str  # '' or a plain sentence on what has no profile and what is shown instead
    guides: list[Guide]  # national guides on local police and detainers, and the profiles' related guides
    contacts: list[DirectoryRecord]  # the profiles' own contacts
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def has_local_profile(self) -> bool:
        return any(p.kind in ("city", "county") for p in self.profiles)

    @property
    def state_profile(self) -> Place | None:
        return next((p for p in self.profiles if p.kind == "state"), None)

    def profile_is_stale(self, place: Place) -> bool:
        return verified_over_a_year_ago(place.verified, self.today)


def lookup_place(library: Library, query: str | geo.Location, today: dt.date | None = None) -> PlaceAnswer:
    """The profiles for a ZIP code, "County, ST" or state. Raises geo.PlaceQueryError for bad input."""
    location = query if isinstance(query, geo.Location) else geo.resolve_location(query)
    places = list(library.places.values())
    profiles = sorted(
        (p for p in places if applies(p, location)), key=lambda p: (KIND_ORDER.get(p.kind, 9), p.name.casefold())
    )
    nearby = sorted(
        (
            p for p in places
            if p.kind == "city" and p not in profiles and location.county and not location.zip_code
            and p.state == location.state and geo.same_county(p.county, location.county)
        ),
        key=lambda p: p.name.casefold(),
    )
    has_state = any(p.kind == "state" for p in profiles)
    # A county or ZIP wants a city or county profile; a whole state is answered by its own.
    answered = (
        has_state if not (location.county or location.zip_code) else any(p.kind in ("city", "county") for p in profiles)
    )
    missing = "" if answered else _missing_sentence(location, has_state)
    return PlaceAnswer(
        location=location,
        profiles=profiles,
        nearby_profiles=nearby,
        missing=missing,
        guides=_guides(library, profiles),
        contacts=_contacts(library, profiles),
        today=today or dt.date.today(),
    )


def applies(place: Place, location: geo.Location) -> bool:
    """Whether a profile covers the place asked about."""
    if place.state != location.state:
        return False
    if place.kind == "state":
        return True
    if not location.county or not geo.same_county(place.county, location.county):
        return False
    if place.kind == "county":
        return True
    # A city profile: an independent city is its own county ("Alexandria city"); any other city
    # covers only the ZIP codes of that city, not the whole county around it.
    independent = place.county.casefold().endswith(" city") or geo.same_county(place.county, place.name)
    return independent or (bool(location.city) and location.city.casefold() == place.name.casefold())


def _missing_sentence(location: geo.Location, has_state_profile: bool) -> str:
    state = geo.state_name(location.state)
    if location.county:
        first = _("This guide has no profile for {place} yet.").format(place=f"{location.county}, {location.state}")
    elif location.zip_code:
        first = _("The ZIP code data does not say which county {zip} is in.").format(zip=location.zip_code)
    else:
        first = _("This guide has no profile for {state} yet.").format(state=state)
        # Translated strings stay outside f-strings, where the extractor cannot see them.
        return first + " " + _("Below are guides that apply everywhere.")
    if has_state_profile:
        return (
            first
            + " "
            + _("Below are the facts for {state} as a whole and guides that apply everywhere.").format(state=state)
        )
    return (
        first
        + " "
        + _("It has no profile for {state} either. Below are guides that apply everywhere.").format(state=state)
    )


def _guides(library: Library, profiles: list[Place]) -> list[Guide]:
    ids: dict[str, None] = {}
    for place in profiles:
        ids.update(dict.fromkeys(g for g in place.related_guides if g in library.guides))
    ids.update(dict.fromkeys(g.id for g in library.guides.values() if NATIONAL_GUIDE_TOPICS & set(g.topics)))
    return [library.guides[g] for g in ids]


def _contacts(library: Library, profiles: list[Place]) -> list[DirectoryRecord]:
    ids: dict[str, None] = {}
    for place in profiles:
        ids.update(dict.fromkeys(c for c in place.contacts if c in library.directory))
    return [library.directory[c] for c in ids]


def facts_by_agency(library: Library, place: Place) -> list[tuple[str, list[FactView]]]:
    """The profile's facts grouped by agency, police and sheriff first, in the profile's own order."""
    groups: dict[str, list[FactView]] = {}
    for fact in place.facts:
        groups.setdefault(fact.agency, []).append(fact_view(library, fact))
    order = [a for a in AGENCY_ORDER if a in groups] + [a for a in groups if a not in AGENCY_ORDER]
    return [(agency, groups[agency]) for agency in order]


def fact_view(library: Library, fact: PlaceFact) -> FactView:
    sources = [library.sources[s] for s in fact.sources if s in library.sources]
    # A fact is a claim when it says so, or when only advocacy documents support it.
    is_claim = fact.answer == "claimed" or (bool(sources) and all(s.kind == "advocacy" for s in sources))
    return FactView(fact, sources, is_claim)


def fact_heading(view: FactView) -> str:
    """The line above a fact's text, in the interface language: the question and its answer, or
    the topic, and for a claim who makes it."""
    fact = view.fact
    topic = _(TOPIC_LABELS.get(fact.topic, fact.topic))
    if view.is_claim:
        who = fact.claim_by or ", ".join(s.publisher for s in view.sources)
        return _("{topic} Claim by {who}, not confirmed.").format(topic=topic, who=who)
    if fact.topic in QUESTION_TOPICS:
        return _("{question} {answer}").format(question=topic, answer=_(ANSWER_LABELS.get(fact.answer, fact.answer)))
    return topic


def nearest_help(
    library: Library,
    location: geo.Location,
    index: DirectoryIndex | None = None,
    limit: int = 5,
    today: dt.date | None = None,
) -> list[DirectoryResult]:
    """Legal help that serves the place, nearest first when the place is a ZIP code."""
    index = index or DirectoryIndex.build(library.directory.values())
    wanted = DirectoryFilter(near=location, services=LEGAL_HELP_SERVICES)
    if location.has_coordinates:
        return index.query(wanted, today=today, limit=limit)
    # A county or state has no point to measure from: local offices with a phone before national
    # records and records with no number to call (otherwise all by name).
    found = index.query(wanted, today=today)
    found.sort(
        key=lambda r: (
            all(a.national for a in r.record.service_area) and bool(r.record.service_area),
            not r.record.phones,
        )
    )
    return found[:limit]
