"""What the official lists say about a place, in plain sentences (Qt-free).

For a ZIP code or county: the 287(g) agreements of agencies in each of its counties (largest
share of the ZIP first) and of state agencies acting statewide, each with what its model lets
officers do; and whether DOJ listed the state, county or city as a sanctuary jurisdiction.
Every fact carries the list and its date ("ICE's list of May 18, 2026"); where a list shows
nothing, the sentence says only that, for that list and date.

`place_sections()` turns the facts into titled sections of sentences that the CLI prints as
text and the place page as HTML, so both say the same thing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from babel.dates import format_date, format_skeleton

from desktopguide.core.content.model import Library
from desktopguide.core.data.national import CountyShare, NationalData, NationalDataError, national_data
from desktopguide.core.data.snapshot import ListHeader
from desktopguide.core.places import geo
from desktopguide.i18n import N_, _, ngettext

# The 287(g) models in plain words, after ICE's 287(g) fact sheet (source ice-287g-fact-sheet).
MODEL_LABELS: dict[str, str] = {
    "jail-enforcement": N_("Jail Enforcement Model"),
    "task-force": N_("Task Force Model"),
    "warrant-service-officer": N_("Warrant Service Officer"),
}
MODEL_MEANINGS: dict[str, str] = {
    "jail-enforcement": N_(
        "Officers in the jail may question people arrested on criminal charges about their immigration status "
        "and start deportation cases against them."
    ),
    "task-force": N_(
        "Officers may use limited immigration powers, under ICE's oversight, during their regular police work: "
        "they may question and arrest people about immigration."
    ),
    "warrant-service-officer": N_(
        "Officers in the agency's jail may serve and carry out ICE's administrative warrants on people held there."
    ),
}
# ICE's own words for the agency's type, as its list gives them.
AGENCY_TYPE_LABELS: dict[str, str] = {
    "County": N_("county agency"),
    "Municipality": N_("city or town agency"),
    "State Agency": N_("state agency"),
}
JURISDICTION_LABELS: dict[str, str] = {
    "state": N_("state"),
    "county": N_("county"),
    "city": N_("city"),
}


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def long_date(value: dt.date | str | None, locale: str = "en") -> str:
    day = _day(value) if isinstance(value, str) or value is None else value
    return format_date(day, format="long", locale=locale) if day else ""


def list_label(kind: str, date: dt.date | str | None, locale: str = "en") -> str:
    """The list a fact comes from, with its date: "ICE's list of May 18, 2026"."""
    when = long_date(date, locale)
    if kind.startswith("ice-287g"):
        # TRANSLATORS: {date} is the date of ICE's list of 287(g) agreements
        return _("ICE's list of {date}").format(date=when)
    if kind == "doj-sanctuary":
        # TRANSLATORS: {date} is the date of the U.S. Department of Justice's list
        return _("DOJ's sanctuary jurisdiction list of {date}").format(date=when)
    if kind in ("eoir-roster", "eoir-recognized"):
        # TRANSLATORS: EOIR is the U.S. immigration courts' office; {date} the date of its roster
        return _("EOIR's roster of {date}").format(date=when)
    if kind == "eoir-pro-bono":
        # The list gives only its month ("Updated July 2026").
        day = _day(date) if isinstance(date, str) or date is None else date
        month = format_skeleton("yMMMM", day, locale=locale) if day else ""
        return _("EOIR's pro bono list of {date}").format(date=month)
    if kind in ("ice-facilities", "ice-over-72"):
        return _("ICE's detention statistics of {date}").format(date=when)
    if kind == "ice-offices":
        return _("ICE's list of offices of {date}").format(date=when)
    return _("the list of {date}").format(date=when)


@dataclass(frozen=True)
class Agreement:
    """One 287(g) agreement as ICE's list gives it."""

    agency: str
    agency_type: str
    state: str
    model: str
    signed: dt.date | None
    url: str | None
    addendum_url: str | None
    pending: bool
    list_date: dt.date | None

    @classmethod
    def of(cls, record: dict[str, Any]) -> Agreement:
        return cls(
            agency=record["agency"], agency_type=record.get("agency_type") or "", state=record.get("state") or "",
            model=record.get("model") or "", signed=_day(record.get("signed")), url=record.get("agreement_url"),
            addendum_url=record.get("addendum_url"), pending=record.get("status") == "pending",
            list_date=_day(record.get("list_date")),
        )

    @property
    def model_label(self) -> str:
        label = MODEL_LABELS.get(self.model)
        return _(label) if label else self.model

    @property
    def meaning(self) -> str:
        meaning = MODEL_MEANINGS.get(self.model)
        return _(meaning) if meaning else ""


@dataclass(frozen=True)
class CountyFacts:
    fips: str
    name: str
    state: str
    share: float | None  # the ZIP's share of addresses in the county; None when a county was asked
    agreements: list[Agreement]
    sanctuary: list[dict[str, Any]]  # DOJ's listings of the county itself or of a city in it

    def label(self) -> str:
        return f"{self.name}, {self.state}"


@dataclass
class NationalPlace:
    """What the lists say about one place."""

    state: str
    city: str
    counties: list[CountyFacts]
    statewide: list[Agreement]
    state_sanctuary: list[dict[str, Any]]
    headers: dict[str, ListHeader] = field(default_factory=dict)
    unplaced: list[Agreement] = field(
        default_factory=list
    )  # local agreements of the state the list gives without a county

    def list_date(self, kind: str) -> str | None:
        header = self.headers.get(kind)
        return header.date if header else None


def data_for(content_root: Path | None) -> NationalData | None:
    """The lists' index for a content folder, or None when they cannot be read (said elsewhere)."""
    try:
        return national_data(content_root)
    except NationalDataError:
        return None


def county_shares(data: NationalData, location: geo.Location) -> list[CountyShare]:
    """The counties a place is in, by FIPS: a ZIP's counties (largest share first), or the county asked."""
    if location.zip_code:
        shares = data.counties_for_zip(location.zip_code)
        if shares:
            return shares
    if not location.county:
        return []
    found = data.find_counties(location.county, location.state)
    return [CountyShare(c.fips, c.name, c.state, -1.0) for c in found[:1]]


def national_place(data: NationalData, location: geo.Location) -> NationalPlace:
    shares = county_shares(data, location)
    counties = []
    for number, share in enumerate(shares):
        listings = [
            listing
            for listing in data.sanctuary_listings(
                share.state, share.county_fips, location.city if number == 0 else None
            )
            if listing["jurisdiction_type"] != "state"
        ]
        counties.append(
            CountyFacts(
                # The Postal Service's spelling where it has one ("Miami-Dade County", not "Miami-dade County").
                fips=share.county_fips,
                state=share.state,
                name=geo.canonical_county(share.state, share.county_name) or share.county_name or share.county_fips,
                share=share.share if share.share >= 0 else None,
                agreements=[Agreement.of(r) for r in data.agreements_in_county(share.county_fips)],
                sanctuary=listings,
            )
        )
    state = location.state
    state_listings = [r for r in data.sanctuary_listings(state) if r["jurisdiction_type"] == "state"] if state else []
    headers = {kind: h for kind in ("ice-287g", "doj-sanctuary") if (h := data.header(kind)) is not None}
    return NationalPlace(
        state=state,
        city=location.city,
        counties=counties,
        statewide=[Agreement.of(r) for r in data.statewide_agreements(state)] if state else [],
        state_sanctuary=state_listings,
        headers=headers,
        unplaced=[Agreement.of(r) for r in data.unplaced_agreements(state)] if state and counties else [],
    )


# -- sentences -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One fact: a bold first line, sentences under it, the list it comes from, and an address."""

    title: str
    lines: list[str]
    source: str = ""
    url: str | None = None


@dataclass(frozen=True)
class Section:
    title: str
    items: list[Item]


def sections_to_dicts(sections: list[Section]) -> list[dict[str, object]]:
    """The sections as JSON data, with the sentences shown to readers."""
    return [
        {
            "title": s.title,
            "items": [{"title": i.title, "lines": i.lines, "source": i.source or None, "url": i.url} for i in s.items],
        }
        for s in sections
    ]


def headers_to_dict(headers: dict[str, ListHeader]) -> dict[str, dict[str, str]]:
    """Each official list an answer drew on, by kind: its name, publisher, address and date."""
    return {
        kind: {"list": h.list, "publisher": h.publisher, "url": h.url, "date": h.date} for kind, h in headers.items()
    }


def agreement_item(agreement: Agreement, locale: str) -> Item:
    signed = long_date(agreement.signed, locale)
    # TRANSLATORS: {model} is a 287(g) model such as "Task Force Model"; {date} the day the agreement was signed
    lines = [
        _("{model} — signed {date}").format(model=agreement.model_label, date=signed)
        if signed
        else agreement.model_label
    ]
    if agreement.meaning:
        lines.append(agreement.meaning)
    if agreement.pending:
        lines.append(_("ICE lists this agreement as pending, not yet in force."))
    kind = (
        _(AGENCY_TYPE_LABELS[agreement.agency_type])
        if agreement.agency_type in AGENCY_TYPE_LABELS
        else agreement.agency_type
    )
    title = f"{agreement.agency} ({kind})" if kind else agreement.agency
    source = list_label("ice-287g", agreement.list_date, locale)
    return Item(title, lines, _("Source: {list}.").format(list=source), agreement.url)


def _sanctuary_sentence(listing: dict[str, Any], label: str) -> str:
    kind = _(JURISDICTION_LABELS.get(listing["jurisdiction_type"], listing["jurisdiction_type"]))
    # TRANSLATORS: {list} is like "DOJ's sanctuary jurisdiction list of August 5, 2025";
    # {name} a state, county or city as DOJ wrote it
    return _("{list} names {name} ({kind}).").format(list=label, name=listing["jurisdiction"], kind=kind)


def place_sections(place: NationalPlace, locale: str = "en") -> list[Section]:
    """The facts as titled sections of plain sentences, most local first."""
    sections: list[Section] = []
    ice_label = list_label("ice-287g", place.list_date("ice-287g"), locale)
    doj_label = list_label("doj-sanctuary", place.list_date("doj-sanctuary"), locale)
    several = len(place.counties) > 1
    for county in place.counties:
        title = _("287(g) agreements in {county}").format(county=county.label())
        if several and county.share is not None:
            # TRANSLATORS: a ZIP code that spans counties; {percent} of its addresses are in this county
            title += " " + _("({percent} of this ZIP code's addresses)").format(percent=f"{round(county.share * 100)}%")
        items = [agreement_item(a, locale) for a in county.agreements]
        if not county.agreements and "ice-287g" in place.headers and not place.unplaced:
            items.append(
                Item(
                    _("{list} shows no 287(g) agreement for an agency in {county}.").format(
                        list=ice_label, county=county.label()
                    ),
                    [],
                )
            )
        elif not county.agreements and "ice-287g" in place.headers:
            # Some agencies of the state have no county on the list: one of them may be here.
            items.append(
                Item(
                    ngettext(
                        "{list} places no 287(g) agreement in {county}. It also gives {count} agreement in {state} "
                        "without a county: see below.",
                        "{list} places no 287(g) agreement in {county}. It also gives {count} agreements in {state} "
                        "without a county: see below.",
                        len(place.unplaced),
                    ).format(
                        list=ice_label,
                        county=county.label(),
                        count=len(place.unplaced),
                        state=geo.state_name(place.state),
                    ),
                    [],
                )
            )
        sections.append(Section(title, items))
    if place.unplaced and place.counties:
        names = "; ".join(f"{a.agency} ({a.model_label})" for a in place.unplaced)
        sections.append(
            Section(
                _("Agreements in {state} that ICE's list gives without a county").format(
                    state=geo.state_name(place.state)
                ),
                [Item(names, [], _("Source: {list}.").format(list=ice_label))],
            )
        )
    if place.state:
        state = geo.state_name(place.state)
        items = [agreement_item(a, locale) for a in place.statewide]
        if not place.statewide and "ice-287g" in place.headers:
            items.append(
                Item(
                    _("{list} shows no 287(g) agreement for a state agency of {state}.").format(
                        list=ice_label, state=state
                    ),
                    [],
                )
            )
        sections.append(Section(_("State agencies of {state} (they act statewide)").format(state=state), items))
    if "doj-sanctuary" in place.headers and place.state:
        listings = [*place.state_sanctuary, *(s for c in place.counties for s in c.sanctuary)]
        seen: set[str] = set()
        items = []
        for listing in listings:
            if listing["id"] not in seen:
                seen.add(listing["id"])
                items.append(Item(_sanctuary_sentence(listing, doj_label), []))
        listed = [geo.state_name(place.state), *(c.label() for c in place.counties[:1])]
        if place.city:
            listed.append(place.city)
        if not items:
            items.append(
                Item(_("{list} names none of these: {places}.").format(list=doj_label, places="; ".join(listed)), [])
            )
        else:
            items.append(
                Item(_("This is what the U.S. Department of Justice listed; it does not describe local policy."), [])
            )
        sections.append(Section(_("DOJ's list of sanctuary jurisdictions"), items))
    return sections


def place_to_dict(place: NationalPlace, locale: str = "en") -> dict[str, object]:
    """The facts as JSON data, with the sentences shown to readers."""

    def agreement(a: Agreement) -> dict[str, object]:
        return {
            "agency": a.agency,
            "agency_type": a.agency_type,
            "model": a.model,
            "model_label": a.model_label,
            "meaning": a.meaning or None,
            "signed": a.signed.isoformat() if a.signed else None,
            "agreement_url": a.url,
            "addendum_url": a.addendum_url,
            "pending": a.pending,
            "list_date": a.list_date.isoformat() if a.list_date else None,
        }

    return {
        "counties": [
            {
                "fips": c.fips,
                "name": c.name,
                "state": c.state,
                "share": c.share,
                "agreements": [agreement(a) for a in c.agreements],
                "sanctuary_listings": c.sanctuary,
            }
            for c in place.counties
        ],
        "statewide_agreements": [agreement(a) for a in place.statewide],
        "state_sanctuary_listings": place.state_sanctuary,
        "lists": headers_to_dict(place.headers),
        "sections": sections_to_dicts(place_sections(place, locale)),
    }


def county_location(library: Library, fips: str) -> geo.Location | None:
    """A county of the lists (by FIPS code) as a place to ask about."""
    data = data_for(library.root)
    county = data.county(fips) if data is not None else None
    return (
        geo.Location(county.state, geo.canonical_county(county.state, county.name) or county.name)
        if county is not None
        else None
    )


def facility_query(library: Library, facility_id: str) -> str | None:
    """Where a detention facility is, as text for the detained page: its ZIP code, else "City, ST"."""
    data = data_for(library.root)
    facility = next((f for f in data.all_facilities() if f["id"] == facility_id), None) if data is not None else None
    return record_query(facility) if facility is not None else None


def ice_office(library: Library, office_id: str) -> dict[str, Any] | None:
    """An ICE office of the lists by its id (found by search)."""
    data = data_for(library.root)
    return data.office(office_id) if data is not None else None


def record_query(record: dict[str, Any]) -> str | None:
    """Where a list record is, as text for the detained page: its ZIP code, else "City, ST"."""
    if record.get("zip"):
        return str(record["zip"])
    return f"{record.get('city')}, {record.get('state')}" if record.get("city") else None
