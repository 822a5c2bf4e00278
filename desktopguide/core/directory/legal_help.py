"""Legal help from the official lists as directory records, merged with the hand-written ones (Qt-free).

EOIR's roster (every office of every DOJ-recognized organization), its newer recognized-
organization list, and its pro bono list become `DirectoryRecord`s with `listing` facts. A
pro bono provider that is also a roster office (same name and phone) is one record. A hand-
written record matching a list record by name and phone keeps its own text and gains the
list's facts (and the list's address when it had none) instead of appearing twice.

`full_index(library)` builds the combined `DirectoryIndex` the first time it is asked for,
never at startup, and keeps one per library.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import threading
import weakref
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktopguide.core.content.model import Address, DirectoryRecord, Library, ListFacts, LocalizedText, Phone
from desktopguide.core.data.national import NationalData, NationalDataError, national_data
from desktopguide.core.directory.phones import check_phone
from desktopguide.core.directory.query import DirectoryIndex

LIST_KINDS = ("eoir-roster", "eoir-recognized", "eoir-pro-bono")
# Names the pro bono list gives languages that Babel's English names do not match.
EXTRA_LANGUAGE_CODES = {
    "mandarin": "zh", "cantonese": "yue", "chinese": "zh", "creole": "ht", "haitian creole": "ht", "farsi": "fa",
    "dari": "prs", "tagalog": "tl", "filipino": "tl", "burmese": "my", "sign language": "ase", "asl": "ase",
    "american sign language": "ase", "k'iche'": "quc", "kiche": "quc", "quiche": "quc", "mam": "mam",
}


def organization_key(name: str) -> str:
    """"International Rescue Committee, Inc." and "The International Rescue Committee" meet."""
    words = re.sub(r"[^a-z0-9 ]", " ", name.casefold())
    words = re.sub(r"\b(?:the|inc|incorporated|llc|corp|corporation|co|ltd)\b", " ", words)
    return "".join(words.split())


def _language_codes() -> dict[str, str]:
    from babel import Locale

    codes = {name.casefold(): code for code, name in Locale("en").languages.items() if "_" not in code}
    codes.update(EXTRA_LANGUAGE_CODES)
    return codes


def language_codes(names: Iterable[str]) -> list[str]:
    """Language names as the pro bono list writes them ("Spanish", "Haitian Creole") as codes.

    Unknown names are left out."""
    table = _LANGUAGES.get("table")
    if table is None:
        table = _LANGUAGES["table"] = _language_codes()
    found: dict[str, None] = {}
    for name in names:
        code = table.get(" ".join(name.split()).casefold())
        if code:
            found[code] = None
    return list(found)


_LANGUAGES: dict[str, dict[str, str]] = {}


def _phone(number: str | None) -> list[Phone]:
    if not number:
        return []
    checked = check_phone(number)
    if checked is None:
        return []
    return [Phone(number=checked.display, e164=checked.e164, display=checked.display)]


def _date(value: str | None, fallback: dt.date) -> dt.date:
    try:
        return dt.date.fromisoformat(value) if value else fallback
    except ValueError:
        return fallback


def list_record(entry: dict[str, Any], dates: dict[str, str]) -> DirectoryRecord:
    """One office or provider of the lists as a directory record."""
    source = entry["source"]
    pro_bono = source == "eoir-pro-bono"
    today = dt.date.today()
    address = None
    if entry.get("street") or entry.get("zip"):
        address = Address(
            entry.get("street") or "", "", entry.get("city") or "", entry.get("state") or "", entry.get("zip") or ""
        )
    services = ["immigration-legal-help"]
    if entry.get("detained"):
        services.append("detention-help")
    accreditations = [] if pro_bono else ["doj-recognized-organization"]
    if entry.get("fully_accredited"):
        accreditations.append("fully-accredited-representative")
    office = entry.get("office_name") if entry.get("office_type") == "extension" else ""
    facts = ListFacts(
        lists=((source, dates.get(source, "")),),
        recognized=not pro_bono,
        office_type=entry.get("office_type") or "",
        pending_renewal=bool(entry.get("pending_renewal")),
        expires=entry.get("expires"),
        on_newer_roster=entry.get("on_newer_roster"),
        newer_roster_date=entry.get("newer_roster_date"),
        representatives=entry.get("representatives"),
        fully_accredited=entry.get("fully_accredited"),
        courts=tuple(c["court"] for c in entry.get("courts") or ()),
        detained=bool(entry.get("detained")),
        mailing_address_only=bool(entry.get("mailing_address_only")),
    )
    prefix = {"eoir-roster": "roster", "eoir-recognized": "recognized", "eoir-pro-bono": "pro-bono"}[source]
    return DirectoryRecord(
        id=f"{prefix}-{entry['id']}",
        name=entry["organization"],
        alternate_name=office or "",
        kind="organization",
        description=LocalizedText({}),
        services=services,
        service_area=[],  # a list record serves by distance (see DirectoryIndex.serving)
        verified=_date(dates.get(source), today),
        sources=[],
        path=_LISTS_PATH,
        languages=language_codes(entry.get("languages") or ()),
        fees="free" if pro_bono else "",
        accreditations=accreditations,
        url=entry.get("website") or "",
        email=entry.get("email") or "",
        phones=_phone(entry.get("phone")),
        physical_address=None if entry.get("mailing_address_only") else address,
        listing=facts,
    )


_LISTS_PATH = Path("resources/data")


def _phones_of(record: DirectoryRecord) -> set[str]:
    return {p.e164 for p in record.phones if p.e164}


def _merge_lists(into: ListFacts, other: ListFacts, other_id: str) -> ListFacts:
    return dataclasses.replace(
        into,
        merged_ids=(*into.merged_ids, other_id, *other.merged_ids),
        lists=tuple(dict.fromkeys(into.lists + other.lists)),
        recognized=into.recognized or other.recognized,
        courts=tuple(dict.fromkeys(into.courts + other.courts)),
        detained=into.detained or other.detained,
    )


def _merge(record: DirectoryRecord, other: DirectoryRecord) -> DirectoryRecord:
    """`record` with what `other` (a list record) adds: list facts, services, languages, and an address it lacked."""
    if record.listing is None:
        listing = dataclasses.replace(other.listing, merged_ids=(other.id,)) if other.listing else None
    else:
        listing = _merge_lists(record.listing, other.listing, other.id) if other.listing else record.listing
    return dataclasses.replace(
        record,
        services=list(dict.fromkeys([*record.services, *other.services])),
        languages=list(dict.fromkeys([*record.languages, *other.languages])),
        accreditations=list(dict.fromkeys([*record.accreditations, *other.accreditations])),
        fees=record.fees or other.fees,
        phones=record.phones or other.phones,
        physical_address=record.physical_address or other.physical_address,
        url=record.url or other.url,
        email=record.email or other.email,
        listing=listing,
    )


def merged_records(
    handwritten: Iterable[DirectoryRecord], entries: Iterable[dict[str, Any]], dates: dict[str, str]
) -> list[DirectoryRecord]:
    """Hand-written records first (each gaining what the lists say of it), then the other list records.
    Records meet when their names match and they share a phone (or one has no phone at all)."""
    records: list[DirectoryRecord] = list(handwritten)
    by_name: dict[str, list[int]] = {}
    for number, record in enumerate(records):
        by_name.setdefault(organization_key(record.name), []).append(number)
    for entry in entries:
        new = list_record(entry, dates)
        key = organization_key(new.name)
        phones = _phones_of(new)
        match = next(
            (
                n
                for n in by_name.get(key, ())
                if (not phones or not _phones_of(records[n]) or phones & _phones_of(records[n]))
                and _same_place(records[n], new)
            ),
            None,
        )
        if match is None:
            by_name.setdefault(key, []).append(len(records))
            records.append(new)
        else:
            records[match] = _merge(records[match], new)
    return records


def _same_place(record: DirectoryRecord, new: DirectoryRecord) -> bool:
    """Two offices without phones are one only at the same ZIP code.

    A hand-written record without an address matches any."""
    if _phones_of(record) and _phones_of(new):
        return True
    mine, theirs = record.physical_address, new.physical_address
    if mine is None or theirs is None:
        return True
    return mine.postal_code[:5] == theirs.postal_code[:5]


def list_dates(data: NationalData) -> dict[str, str]:
    return {kind: header.date for kind in LIST_KINDS if (header := data.header(kind)) is not None}


def _entries(data: NationalData) -> list[dict[str, Any]]:
    # Roster offices first: a pro bono provider at the same office joins them rather than the other way.
    order = {"eoir-roster": 0, "eoir-recognized": 1, "eoir-pro-bono": 2}
    return sorted(data.all_legal_help(), key=lambda e: order.get(e["source"], 3))


# id(library) -> (a weak reference to it, its index); a library is not hashable.
_INDEXES: dict[int, tuple[weakref.ref[Library], DirectoryIndex]] = {}
_LOCK = threading.Lock()


def full_index(library: Library) -> DirectoryIndex:
    """The hand-written records and the official lists' legal help in one index, built when first asked."""
    with _LOCK:
        known = _INDEXES.get(id(library))
        if known is not None and known[0]() is library:
            return known[1]
        index = build_full_index(library)
        for key in [k for k, (ref, _i) in _INDEXES.items() if ref() is None]:
            del _INDEXES[key]
        _INDEXES[id(library)] = (weakref.ref(library), index)
        return index


def build_full_index(library: Library) -> DirectoryIndex:
    try:
        data = national_data(library.root)
    except NationalDataError:
        return DirectoryIndex.build(library.directory.values())
    return DirectoryIndex.build(merged_records(library.directory.values(), _entries(data), list_dates(data)))


def record_by_id(library: Library, record_id: str) -> DirectoryRecord | None:
    """A hand-written record, or a list record (building the combined index only for a list record's id)."""
    record = library.directory.get(record_id)
    if record is not None or not record_id.startswith(("roster-", "recognized-", "pro-bono-")):
        return record
    records = full_index(library).records
    return next((r for r in records if r.id == record_id), None) or next(
        (r for r in records if r.listing is not None and record_id in r.listing.merged_ids), None
    )


def records_by_ids(library: Library, record_ids: Iterable[str]) -> list[DirectoryRecord]:
    """The records of these ids, in order (list records too); unknown ids are left out."""
    ids = list(record_ids)
    known: dict[str, DirectoryRecord] = dict(library.directory)
    built = _INDEXES.get(id(library))
    if any(i not in known for i in ids) or (built is not None and built[0]() is library):
        # The combined index's versions: a hand-written record there carries what the lists add (a phone).
        known.update({r.id: r for r in full_index(library).records})
    return [known[i] for i in ids if i in known]


def listing_notes(listing: ListFacts, locale: str = "en") -> list[str]:
    """What the lists say of a record, each with the list's date, in plain sentences."""
    from desktopguide.core.places.national import list_label, long_date
    from desktopguide.i18n import _, ngettext

    notes = []
    dates = dict(listing.lists)
    for kind in ("eoir-roster", "eoir-recognized"):
        if kind in dates:
            office = (
                _("principal office")
                if listing.office_type == "principal"
                else _("extension office")
                if listing.office_type == "extension"
                else ""
            )
            # TRANSLATORS: {list} is like "EOIR's roster of April 21, 2025"
            sentence = _("{list}: a DOJ-recognized organization.").format(list=list_label(kind, dates[kind], locale))
            if office:
                sentence = _("{list}: a DOJ-recognized organization ({office}).").format(
                    list=list_label(kind, dates[kind], locale), office=office
                )
            notes.append(sentence)
            break
    if listing.pending_renewal:
        notes.append(_("The roster marks its recognition as pending renewal."))
    elif listing.expires and listing.recognized and listing.expires >= dt.date.today().isoformat():
        notes.append(
            _("Recognition expires on {date}, as the roster gives it.").format(date=long_date(listing.expires, locale))
        )
    if listing.on_newer_roster is False and listing.newer_roster_date:
        notes.append(_("Not on {list}.").format(list=list_label("eoir-recognized", listing.newer_roster_date, locale)))
    elif listing.on_newer_roster and listing.newer_roster_date:
        notes.append(
            _("Still on {list}.").format(list=list_label("eoir-recognized", listing.newer_roster_date, locale))
        )
    if listing.representatives:
        notes.append(
            ngettext(
                "{count} accredited representative on the roster.",
                "{count} accredited representatives on the roster.",
                listing.representatives,
            ).format(count=listing.representatives)
        )
    if listing.fully_accredited:
        notes.append(_("At least one is fully accredited: may represent people in immigration court."))
    if listing.courts:
        notes.append(
            _("On {list} for: {courts}.").format(
                list=list_label("eoir-pro-bono", dates.get("eoir-pro-bono"), locale), courts="; ".join(listing.courts)
            )
        )
    if listing.detained:
        notes.append(_("The pro bono list says it takes cases of people in detention."))
    if listing.mailing_address_only:
        notes.append(_("The roster gives only a mailing address."))
    return notes


def listing_flags(listing: ListFacts | None, locale: str = "en") -> list[str]:
    """Short warnings for a result row: pending renewal, no longer on the newer roster."""
    from desktopguide.i18n import _

    if listing is None:
        return []
    flags = []
    if listing.pending_renewal:
        flags.append(_("recognition pending renewal"))
    if listing.on_newer_roster is False and listing.newer_roster_date:
        from babel.dates import format_skeleton

        month = format_skeleton("yMMMM", dt.date.fromisoformat(listing.newer_roster_date), locale=locale)
        # TRANSLATORS: {month} is like "September 2026": EOIR's newer roster does not list the organization
        flags.append(_("not on the {month} list").format(month=month))
    return flags


def search_entries(library: Library, data: NationalData) -> list[tuple[str, dict[str, Any]]]:
    """(record id, entry) for each list record as the combined index keeps it, without building it:
    entries meeting a hand-written record or an earlier entry (same name and phone) are left out."""
    handwritten = {organization_key(r.name) for r in library.directory.values()}
    seen: set[tuple[str, str]] = set()
    found = []
    prefixes = {"eoir-roster": "roster", "eoir-recognized": "recognized", "eoir-pro-bono": "pro-bono"}
    for entry in _entries(data):
        key = organization_key(entry["organization"])
        phone = re.sub(r"\D", "", entry.get("phone") or "") or (entry.get("zip") or "")
        if key in handwritten or (key, phone) in seen:
            continue
        seen.add((key, phone))
        found.append((f"{prefixes[entry['source']]}-{entry['id']}", entry))
    return found
