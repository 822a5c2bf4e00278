"""Who a card tells people to call: the guide's own contacts, then "help near you".

For a ZIP code (the card's, else the home ZIP code set for this kiosk or laptop), help near
you is the nearest legal help with a phone (hand-written records and the official lists,
nearest first), then the place profiles' other local contacts. With no ZIP code at all, it is
the national help lines the content gives (records serving the whole country with a phone),
not one city's. A police line is never the first or only contact.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktopguide.cards.errors import CardError
from desktopguide.core.content.model import DirectoryRecord, Library
from desktopguide.core.directory.query import KM_PER_MILE, LEGAL_HELP_SERVICES, DirectoryFilter
from desktopguide.core.places import geo
from desktopguide.core.places.lookup import lookup_place

CALLABLE_PHONE_TYPES = ("voice", "hotline", "text")
NEAR_MILES = (50, 150)  # legal help this near, then farther when there is none


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


def is_legal_help(record: DirectoryRecord) -> bool:
    return bool(LEGAL_HELP_SERVICES & set(record.services))


def is_police(record: DirectoryRecord) -> bool:
    name = record.name.casefold()
    return "police" in name or "sheriff" in name


def _callable(record: DirectoryRecord) -> bool:
    return any(p.type in CALLABLE_PHONE_TYPES for p in record.phones)


def nearest_legal_help(library: Library, location: geo.Location, limit: int) -> list[DirectoryRecord]:
    """Legal help with a phone near a ZIP code, nearest first (the official lists included)."""
    from desktopguide.core.directory.legal_help import full_index

    if not location.has_coordinates:
        return []
    index = full_index(library)
    for miles in NEAR_MILES:
        wanted = DirectoryFilter(
            near=location, services=LEGAL_HELP_SERVICES, max_distance_km=miles * KM_PER_MILE, include_unlocated=False
        )
        found = [r.record for r in index.query(wanted, limit=limit * 4) if _callable(r.record)]
        if found:
            return found[:limit]
    return []


def national_lines(library: Library) -> list[DirectoryRecord]:
    """Records serving the whole country with a phone, legal help first."""
    records = [r for r in library.directory.values() if any(a.national for a in r.service_area) and _callable(r)]
    return sorted(records, key=lambda r: (not is_legal_help(r), r.name.casefold()))


def help_near(library: Library, zip_code: str | None, limit: int) -> list[DirectoryRecord]:
    """The records of "help near you", legal help first."""
    if not zip_code:
        return national_lines(library)
    location = location_of(zip_code)
    legal = nearest_legal_help(library, location, limit)
    others = [r for r in local_records(library, location) if r not in legal]
    ordered = [*legal, *sorted(others, key=lambda r: not is_legal_help(r))]
    return ordered or national_lines(library)


def card_contacts(
    library: Library, guide_id: str, lang: str, zip_code: str | None = None, limit: int = 3
) -> list[CardContact]:
    """The contacts a card prints: the card's own, then help near `zip_code` (or the home ZIP code), at most `limit`."""
    from desktopguide.core.kiosk.settings import home_zip

    guide = library.guides[guide_id]
    ids = list(guide.card_text(lang).card.contacts or guide.source_text.card.contacts)
    records = [(library.directory[i], False) for i in ids if i in library.directory]
    records += [(record, True) for record in help_near(library, zip_code or home_zip() or None, limit)]
    records.sort(key=lambda pair: not is_legal_help(pair[0]))  # legal help first, each group in its order
    found: list[CardContact] = []
    kept: list[DirectoryRecord] = []
    seen: set[str] = set()
    for record, local in records:
        contact = contact_of(record, local)
        from desktopguide.core.directory.legal_help import organization_key

        if contact is None or record.id in seen or organization_key(record.name) in seen:
            continue  # one office per organization: more organizations fit
        if is_police(record) and not any(not is_police(k) for k in kept):
            continue  # never a police line first: only after someone who helps
        seen.update((record.id, organization_key(record.name)))
        found.append(contact)
        kept.append(record)
        if len(found) >= limit:
            break
    return found
