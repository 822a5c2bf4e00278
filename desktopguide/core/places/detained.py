"""Someone was detained: where people from a ZIP code are likely held, and who can help (Qt-free).

From the official lists: the ICE field office of the ZIP's area, the nearest detention
facilities with address and type, the immigration courts of the state (and of those
facilities) whose pro bono lists name providers (those who take detained cases first), and
how ICE's Online Detainee Locator is searched (DHS, June 7, 2024: source ice-detainee-locator-2024).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktopguide.core.data.national import NationalData, Nearby
from desktopguide.core.data.snapshot import ListHeader
from desktopguide.core.directory.query import KM_PER_MILE
from desktopguide.core.places import geo
from desktopguide.core.places.national import (
    Item,
    Section,
    county_shares,
    headers_to_dict,
    list_label,
    sections_to_dicts,
)
from desktopguide.i18n import _

FACILITIES = 5
PROVIDERS_PER_COURT = 5
LOCATOR_ADDRESS = "https://locator.ice.gov/odls/"


@dataclass
class DetainedAnswer:
    location: geo.Location
    area: str | None  # ICE's area of responsibility code, e.g. "CHI"
    field_office: dict[str, Any] | None
    facilities: list[Nearby]
    courts: list[tuple[str, list[dict[str, Any]]]]  # (court, its pro bono providers, detained cases first)
    headers: dict[str, ListHeader] = field(default_factory=dict)
    office: dict[str, Any] | None = None  # an ICE office chosen in search, when not the area's field office


def detained_answer(
    data: NationalData, location: geo.Location, office: dict[str, Any] | None = None
) -> DetainedAnswer:
    """The answer for a place; `office`, an ICE office the reader chose, is shown with the area's."""
    shares = county_shares(data, location)
    county = data.county(shares[0].county_fips) if shares else None
    area = county.aor if county else None
    facilities: list[Nearby] = []
    if location.has_coordinates:
        facilities = data.facilities_near(location.latitude, location.longitude, FACILITIES)  # type: ignore[arg-type]
    states = list(
        dict.fromkeys([location.state, *(f.record.get("state") for f in facilities if f.record.get("state"))])
    )
    courts = []
    for state in states:
        for court in data.pro_bono_courts(state):
            providers = sorted(
                data.pro_bono_for_court(court), key=lambda r: (not r.get("detained"), r["organization"].casefold())
            )
            courts.append((court, providers[:PROVIDERS_PER_COURT]))
    headers = {
        kind: h for kind in ("ice-offices", "ice-facilities", "eoir-pro-bono") if (h := data.header(kind)) is not None
    }
    field_office = data.field_office_for_aor(area)
    if office is not None and field_office is not None and office["id"] == field_office["id"]:
        office = None
    return DetainedAnswer(location, area, field_office, facilities, courts, headers, office)


# ICE's abbreviations in its statistics, spelled out as the same list spells them on other rows
# (and as the facilities' names say: "... Service Processing Center").
FACILITY_TYPES = {
    "IGSA": "Inter-Governmental Service Agreement",
    "DIGSA": "Dedicated Inter-Governmental Service Agreement",
    "CDF": "Contract Detention Facility",
    "USMS IGA": "U.S. Marshals Service Inter-Governmental Agreement",
    "USMS CDF": "U.S. Marshals Service Contract Detention Facility",
    "BOP": "Bureau of Prisons",
    "SPC": "Service Processing Center",
}


def facility_type(text: str) -> str:
    """ICE's facility type, its abbreviation spelled out: "Contract Detention Facility (CDF)"."""
    full = FACILITY_TYPES.get(text.strip())
    word = text.strip()
    if full:
        return f"{full} ({word})"
    return word.capitalize() if word.isupper() and len(word) > 3 else word  # "STAGING", not "DOD"


def street_address(record: dict[str, Any]) -> str:
    """A list record's address on one line: "620 East 10th Avenue, Anchorage, AK 99501"."""
    town = " ".join(p for p in (record.get("state"), record.get("zip")) if p)
    return ", ".join(p for p in (record.get("street"), record.get("city"), town) if p)


def _miles(distance_km: float) -> str:
    miles = distance_km / KM_PER_MILE
    return _("About {miles} mi ({km} km) away").format(miles=round(miles), km=round(distance_km))


def locator_item() -> Item:
    return Item(
        _("ICE's Online Detainee Locator: {address}").format(address=LOCATOR_ADDRESS),
        [
            _(
                "Search with the person's A-number and country of birth, or with their first and last name and "
                "country of birth "
                "(the date of birth may be added)."
            ),
            _(
                "The A-number has nine digits, sometimes with zeros before them. It is at the top right of the "
                "Notice to Appear (Form I-862)."
            ),
            _(
                "Since June 2024 the locator also shows people held by U.S. Customs and Border Protection (CBP) for "
                "48 hours or more."
            ),
        ],
        _("Source: U.S. Department of Homeland Security, June 7, 2024."),
        LOCATOR_ADDRESS,
    )


def detained_sections(answer: DetainedAnswer, locale: str = "en") -> list[Section]:
    def date_of(kind: str) -> str | None:
        header = answer.headers.get(kind)
        return header.date if header else None

    sections = [Section(_("Find where the person is held"), [locator_item()])]
    office_source = _("Source: {list}.").format(list=list_label("ice-offices", date_of("ice-offices"), locale))
    if answer.office is not None:
        chosen = Item(answer.office["name"], [street_address(answer.office)], office_source)
        sections.append(Section(_("The ICE office you chose"), [chosen]))
    office = answer.field_office
    if office is not None:
        lines = [street_address(office)]
        if office.get("phone"):
            lines.append(_("Phone: {number}").format(number=office["phone"]))
        sections.append(Section(_("ICE field office for this area"), [Item(office["name"], lines, office_source)]))
    elif answer.headers:
        sections.append(
            Section(
                _("ICE field office for this area"),
                [Item(_("The lists do not say which ICE field office covers this place."), [])],
            )
        )
    if answer.facilities:
        source = _("Source: {list}.").format(list=list_label("ice-facilities", date_of("ice-facilities"), locale))
        items = []
        for near in answer.facilities:
            record = near.record
            kind = facility_type(record.get("facility_type") or "")
            lines = [
                line
                for line in (
                    street_address(record),
                    _("Type: {kind}").format(kind=kind) if kind else "",
                    _miles(near.distance_km),
                )
                if line
            ]
            items.append(Item(record["name"], lines, source))
        sections.append(Section(_("The nearest detention facilities ICE lists"), items))
    elif not answer.location.has_coordinates:
        sections.append(
            Section(
                _("The nearest detention facilities ICE lists"),
                [Item(_("Type a ZIP code to see the nearest facilities."), [])],
            )
        )
    court_list = list_label("eoir-pro-bono", date_of("eoir-pro-bono"), locale)
    for court, providers in answer.courts:
        items = []
        for provider in providers:
            lines = [line for line in (provider.get("phone") or "", street_address(provider)) if line]
            if provider.get("detained"):
                lines.append(_("Takes cases of people in detention."))
            items.append(Item(provider["organization"], lines))
        if items:
            items.append(Item(_("Source: {list}.").format(list=court_list), []))
        # TRANSLATORS: {court} is an immigration court's name as EOIR writes it
        sections.append(Section(_("Free legal help on the pro bono list of {court}").format(court=court), items))
    return sections


def detained_to_dict(answer: DetainedAnswer, locale: str = "en") -> dict[str, object]:
    return {
        "area": answer.area,
        "office": answer.office,
        "field_office": answer.field_office,
        "facilities": [
            {
                **n.record,
                "distance_km": round(n.distance_km, 1),
                "distance_miles": round(n.distance_km / KM_PER_MILE, 1),
            }
            for n in answer.facilities
        ],
        "courts": [{"court": court, "providers": providers} for court, providers in answer.courts],
        "locator": {
            "address": LOCATOR_ADDRESS,
            "needs": [
                "a-number + country of birth",
                "first and last name + country of birth (+ date of birth, optional)",
            ],
        },
        "lists": headers_to_dict(answer.headers),
        "sections": sections_to_dicts(detained_sections(answer, locale)),
    }
