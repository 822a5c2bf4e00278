"""Who a card tells people to call: the guide's own contacts and, for a ZIP code, local help.

Local help is the place profiles' contacts for the ZIP's county or city, then directory
records serving that county, then those serving its whole state (legal help first).
National organizations are not "near you" and are left to the guide pages.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktopguide.cards.errors import CardError
from desktopguide.core import geo
from desktopguide.core.directory_query import LEGAL_HELP_SERVICES
from desktopguide.core.model import DirectoryRecord, Library
from desktopguide.core.place_lookup import lookup_place

CALLABLE_PHONE_TYPES = ("voice", "hotline", "text")


@dataclass(frozen=True)
class CardContact:
    name: str
    phones: tuple[str, ...]  # national display form, e.g. "(703) 746-4444"
    url: str
    qr_text: str  # the website, else a tel: URI of the first phone; '' when neither
    qr_caption: str  # what the QR code holds, as people read it
    local: bool = False  # found for a ZIP code, not named by the card: dropped first when space runs out


def contact_of(record: DirectoryRecord, local: bool = False) -> CardContact | None:
    """A record as a card lists it, or None when it has no phone or website to reach it by."""
    phones = [p for p in record.phones if p.type in CALLABLE_PHONE_TYPES]
    if not phones and not record.url:
        return None
    if record.url:
        qr_text, caption = record.url, record.url.removeprefix("https://").removeprefix("http://").rstrip("/")
    else:
        qr_text, caption = f"tel:{phones[0].e164}", phones[0].display
    return CardContact(record.name, tuple(p.display for p in phones), record.url, qr_text, caption, local)


def location_of(zip_code: str) -> geo.Location:
    location = geo.location_of_zip(zip_code.strip()) if geo.ZIP_PATTERN.match(zip_code.strip()) else None
    if location is None:
        raise CardError(f"'{zip_code}' is not a U.S. ZIP code; a ZIP code has five digits, such as 22314.")
    return location


def local_records(library: Library, location: geo.Location) -> list[DirectoryRecord]:
    """Directory records for a place, most local first."""
    ordered: dict[str, DirectoryRecord] = {r.id: r for r in lookup_place(library, location).contacts}

    def rank(record: DirectoryRecord) -> tuple[int, str]:
        return (0 if LEGAL_HELP_SERVICES & set(record.services) else 1, record.name.casefold())

    county, state = [], []
    for record in library.directory.values():
        for area in record.service_area:
            if area.national or area.state != location.state:
                continue
            if area.county and location.county and geo.same_county(area.county, location.county):
                county.append(record)
                break
            if not area.county:
                state.append(record)
                break
    for record in [*sorted(county, key=rank), *sorted(state, key=rank)]:
        ordered.setdefault(record.id, record)
    return list(ordered.values())


def card_contacts(
    library: Library, guide_id: str, lang: str, zip_code: str | None = None, limit: int = 3
) -> list[CardContact]:
    """The contacts a card prints: the card's own, then local help for `zip_code`, at most `limit`."""
    guide = library.guides[guide_id]
    ids = list(guide.card_text(lang).card.contacts or guide.source_text.card.contacts)
    records = [(library.directory[i], False) for i in ids if i in library.directory]
    if zip_code:
        records += [(record, True) for record in local_records(library, location_of(zip_code))]
    found: list[CardContact] = []
    seen: set[str] = set()
    for record, local in records:
        contact = contact_of(record, local)
        if contact is None or record.id in seen:
            continue
        seen.add(record.id)
        found.append(contact)
        if len(found) >= limit:
            break
    return found
