"""Finding help in the directory: filter by where, service, language, cost and accreditation,
and sort by distance from a ZIP code.

`DirectoryIndex` is built once per library. Each filter is a set of record numbers, so a
query intersects a few sets and measures distance only for what is left; with 50,000
records a filtered, distance-sorted query stays well under the 50 ms the app allows
(`desktopguide bench directory`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from desktopguide.core.content.model import DirectoryRecord, ServiceArea
from desktopguide.core.places import geo
from desktopguide.i18n import N_, _

# What "legal help" means when a place asks for the nearest: these services, any of them.
LEGAL_HELP_SERVICES = frozenset({"immigration-legal-help", "deportation-defense", "detention-help", "know-your-rights"})

SERVICE_LABELS: dict[str, str] = {
    "immigration-legal-help": N_("Immigration legal help"),
    "know-your-rights": N_("Know your rights"),
    "deportation-defense": N_("Deportation defense"),
    "detention-help": N_("Help for people in detention"),
    "civil-rights": N_("Civil rights"),
    "discrimination-complaints": N_("Discrimination complaints"),
    "report-unverified-enforcement": N_("Report unverified enforcement activity"),
    "city-information": N_("City information"),
    "refugee-services": N_("Refugee services"),
    "youth-organizing": N_("Youth organizing"),
    "policy-advocacy": N_("Policy advocacy"),
    "court-case-information": N_("Immigration court case information"),
}
FEE_LABELS: dict[str, str] = {
    "free": N_("Free"),
    "sliding-scale": N_("Sliding scale (pay what you can)"),
    "low-cost": N_("Low cost"),
    "fee": N_("Fees apply"),
}
ACCREDITATION_LABELS: dict[str, str] = {
    "doj-recognized-organization": N_("DOJ-recognized organization"),
    "accredited-representative": N_("Accredited representative"),
    "attorneys": N_("Attorneys"),
    # TRANSLATORS: a representative EOIR accredited to appear in immigration court as well as before DHS
    "fully-accredited-representative": N_("Fully accredited representative (may appear in immigration court)"),
}
KIND_LABELS: dict[str, str] = {
    "organization": N_("Organization"),
    "public-office": N_("Public office"),
}


def one_year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # February 29
        return day.replace(year=day.year - 1, day=28)


def verified_over_a_year_ago(verified: dt.date, today: dt.date | None = None) -> bool:
    """True when a record was last confirmed more than 12 months before `today`."""
    return verified < one_year_before(today or dt.date.today())


@dataclass(frozen=True)
class DirectoryFilter:
    """What a person asks for. Empty sets mean "any"; a set means "any of these"."""

    near: geo.Location | None = None  # records serving this ZIP, county or state
    max_distance_km: float | None = None  # only with a ZIP: drops records known to be farther
    services: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    fees: frozenset[str] = frozenset()
    accreditations: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    courts: frozenset[str] = frozenset()  # on the pro bono list of any of these immigration courts
    # Records with no address cannot be measured: keep them (after the measured ones) or not.
    include_unlocated: bool = True


@dataclass(frozen=True)
class DirectoryResult:
    record: DirectoryRecord
    # Kilometres from the ZIP asked about; None when no ZIP was given or the record has no address to measure.
    distance_km: float | None
    stale: bool  # not verified for over 12 months
    measured: bool  # a ZIP was given, so distance_km None means "distance unknown"

    @property
    def distance_unknown(self) -> bool:
        return self.measured and self.distance_km is None


@dataclass
class DirectoryIndex:
    """Every record of a directory with its filters precomputed as sets of record numbers."""

    records: list[DirectoryRecord]
    _vectors: list[tuple[float, float, float] | None] = field(default_factory=list, repr=False)
    _name_keys: list[str] = field(default_factory=list, repr=False)
    _by_service: dict[str, set[int]] = field(default_factory=dict, repr=False)
    _by_language: dict[str, set[int]] = field(default_factory=dict, repr=False)
    _by_fees: dict[str, set[int]] = field(default_factory=dict, repr=False)
    _by_accreditation: dict[str, set[int]] = field(default_factory=dict, repr=False)
    _by_kind: dict[str, set[int]] = field(default_factory=dict, repr=False)
    _national: set[int] = field(default_factory=set, repr=False)
    _by_state: dict[str, set[int]] = field(default_factory=dict, repr=False)
    _by_county: dict[tuple[str, str], set[int]] = field(default_factory=dict, repr=False)
    _by_court: dict[str, set[int]] = field(default_factory=dict, repr=False)
    # Official-list records serve by distance: any place with coordinates, else their own state and county.
    _by_distance: set[int] = field(default_factory=set, repr=False)
    _listed_by_state: dict[str, set[int]] = field(default_factory=dict, repr=False)
    _listed_by_county: dict[tuple[str, str], set[int]] = field(default_factory=dict, repr=False)
    # Located records by latitude (sorted), to measure only those within reach of a distance limit.
    _latitudes: list[float] = field(default_factory=list, repr=False)
    _by_latitude: list[int] = field(default_factory=list, repr=False)
    _unlocated: set[int] = field(default_factory=set, repr=False)

    @classmethod
    def build(cls, records: Iterable[DirectoryRecord]) -> DirectoryIndex:
        index = cls(records=list(records))
        located: list[tuple[float, int]] = []
        for number, record in enumerate(index.records):
            index._vectors.append(_record_vector(record))
            vector = index._vectors[-1]
            if vector is None:
                index._unlocated.add(number)
            else:
                located.append((math.degrees(math.asin(max(-1.0, min(1.0, vector[2])))), number))
            index._name_keys.append(record.name.casefold())
            for service in record.services:
                index._by_service.setdefault(service, set()).add(number)
            for language in spoken_languages(record):
                index._by_language.setdefault(language, set()).add(number)
            if record.fees:
                index._by_fees.setdefault(record.fees, set()).add(number)
            for accreditation in record.accreditations:
                index._by_accreditation.setdefault(accreditation, set()).add(number)
            index._by_kind.setdefault(record.kind, set()).add(number)
            if record.listing is not None:
                for court in record.listing.courts:
                    index._by_court.setdefault(court, set()).add(number)
                if not record.service_area:
                    index._add_listed(number, record)
            for area in record.service_area:
                if area.national:
                    index._national.add(number)
                elif area.county:
                    index._by_county.setdefault((area.state, area.county.casefold()), set()).add(number)
                elif area.state:
                    index._by_state.setdefault(area.state, set()).add(number)
        located.sort()
        index._latitudes = [latitude for latitude, _n in located]
        index._by_latitude = [n for _latitude, n in located]
        return index

    def _within_latitudes(self, latitude: float, km: float) -> set[int]:
        """Located records no farther north or south than `km` (a cheap first cut before measuring)."""
        span = km / 111.0 + 0.01
        low = bisect.bisect_left(self._latitudes, latitude - span)
        high = bisect.bisect_right(self._latitudes, latitude + span)
        return set(self._by_latitude[low:high])

    def _add_listed(self, number: int, record: DirectoryRecord) -> None:
        self._by_distance.add(number)
        address = record.physical_address
        if address is None:
            return
        self._listed_by_state.setdefault(address.state_province, set()).add(number)
        info = geo.lookup_zip(address.postal_code[:5]) if address.postal_code else None
        if info is not None and info.county:
            self._listed_by_county.setdefault((info.state, info.county.casefold()), set()).add(number)

    def __len__(self) -> int:
        return len(self.records)

    def serving(self, location: geo.Location) -> set[int]:
        """Records that serve a place: national ones, those for its state, and those for its county."""
        found = self._national | self._by_state.get(location.state, set())
        if location.has_coordinates:
            found |= self._by_distance
        elif location.county:
            found |= self._listed_by_county.get((location.state, location.county.casefold()), set())
        else:
            found |= self._listed_by_state.get(location.state, set())
        if location.county:
            found |= self._by_county.get((location.state, location.county.casefold()), set())
        elif not location.zip_code:
            # A whole state asked about: every county-level record in it serves part of it.
            for (state, _county), numbers in self._by_county.items():
                if state == location.state:
                    found |= numbers
        return found

    def query(
        self, wanted: DirectoryFilter, today: dt.date | None = None, limit: int | None = None
    ) -> list[DirectoryResult]:
        """The records that match, nearest first when a ZIP is given (unmeasurable ones after), else by name."""
        today = today or dt.date.today()
        sets: list[set[int]] = []
        if wanted.near is not None:
            sets.append(self.serving(wanted.near))
        for chosen, by_value in (
            (wanted.services, self._by_service),
            (wanted.languages, self._by_language),
            (wanted.fees, self._by_fees),
            (wanted.accreditations, self._by_accreditation),
            (wanted.kinds, self._by_kind),
            (wanted.courts, self._by_court),
        ):
            if chosen:
                sets.append(set().union(*(by_value.get(value, set()) for value in chosen)))
        if sets:
            sets.sort(key=len)
            numbers = sets[0].intersection(*sets[1:])
        else:
            numbers = set(range(len(self.records)))

        near = wanted.near
        measured = near is not None and near.has_coordinates
        if not measured:
            ordered = sorted(numbers, key=lambda n: (self._name_keys[n], n))
            if limit is not None:
                ordered = ordered[:limit]
            return [self._result(n, None, False, today) for n in ordered]

        assert near is not None and near.latitude is not None and near.longitude is not None
        origin = geo.unit_vector(near.latitude, near.longitude)
        max_chord = geo.km_to_chord(wanted.max_distance_km) if wanted.max_distance_km is not None else math.inf
        located: list[tuple[float, str, int]] = []
        unlocated: list[int] = []
        vectors, names, dist = self._vectors, self._name_keys, math.dist
        candidates = numbers
        if wanted.max_distance_km is not None:
            # Measure only what lies within the distance north or south; keep the unlocated apart.
            unlocated = list(numbers & self._unlocated)
            candidates = numbers & self._within_latitudes(near.latitude, wanted.max_distance_km)
        for n in candidates:
            vector = vectors[n]
            if vector is None:
                unlocated.append(n)
                continue
            chord = dist(vector, origin)
            if chord <= max_chord:
                located.append((chord, names[n], n))
        if limit is not None and limit < len(located):
            located = heapq.nsmallest(limit, located)
        else:
            located.sort()
        results = [self._result(n, geo.chord_to_km(chord), True, today) for chord, _name, n in located]
        if wanted.include_unlocated and (limit is None or len(results) < limit):
            unlocated.sort(key=lambda n: (names[n], n))
            room = None if limit is None else limit - len(results)
            results.extend(self._result(n, None, True, today) for n in unlocated[:room])
        return results

    def _result(self, number: int, distance_km: float | None, measured: bool, today: dt.date) -> DirectoryResult:
        record = self.records[number]
        return DirectoryResult(record, distance_km, verified_over_a_year_ago(record.verified, today), measured)


def _record_vector(record: DirectoryRecord) -> tuple[float, float, float] | None:
    address = record.physical_address
    if address is None or not address.postal_code or address.country not in ("", "US"):
        return None
    info = geo.lookup_zip(address.postal_code[:5])
    if info is None or info.latitude is None or info.longitude is None:
        return None
    return geo.unit_vector(info.latitude, info.longitude)


def spoken_languages(record: DirectoryRecord) -> list[str]:
    """The record's languages and those of its phone lines, each once, in order."""
    seen: dict[str, None] = dict.fromkeys(record.languages)
    for phone in record.phones:
        seen.update(dict.fromkeys(phone.languages))
    return list(seen)


def area_label(area: ServiceArea) -> str:
    """A service area as the content writes it: "national", "VA" or "Alexandria city, VA"."""
    if area.national:
        return "national"
    return f"{area.county}, {area.state}" if area.county else area.state


KM_PER_MILE = 1.609344


def _about(value: float) -> float:
    return round(value) if value >= 10 else round(value, 1)


def distance_phrase(result: DirectoryResult, locale: str = "en") -> str:
    """How far a result is, in plain words: miles first, as people in the United States measure,
    kilometres beside them. Distances run between ZIP code centres, so they are "about"."""
    from babel.numbers import format_decimal

    if result.distance_km is not None:
        miles = result.distance_km / KM_PER_MILE
        if miles < 1:
            return _("Less than {miles} mi ({km} km) away").format(
                miles=format_decimal(1, locale=locale), km=format_decimal(1.6, locale=locale)
            )
        return _("About {miles} mi ({km} km) away").format(
            miles=format_decimal(_about(miles), locale=locale),
            km=format_decimal(_about(result.distance_km), locale=locale),
        )
    if result.distance_unknown:
        return _("Distance unknown: no street address")
    return ""


def result_to_dict(result: DirectoryResult, lang: str = "en") -> dict[str, object]:
    """One result as plain JSON data, for `--json` output."""
    record = result.record
    address = record.physical_address
    data: dict[str, object] = {
        "id": record.id,
        "name": record.name,
        "alternate_name": record.alternate_name or None,
        "kind": record.kind,
        "description": record.description.get(lang),
        "services": list(record.services),
        "languages": spoken_languages(record),
        "fees": record.fees or None,
        "accreditations": list(record.accreditations),
        "phones": [
            {
                "number": p.number,
                "display": p.display,
                "e164": p.e164,
                "type": p.type,
                "description": p.description or None,
                "languages": list(p.languages),
            }
            for p in record.phones
        ],
        "url": record.url or None,
        "email": record.email or None,
        "physical_address": None if address is None else asdict(address),
        "schedule": record.schedule.get(lang) if record.schedule else None,
        "service_area": [area_label(a) for a in record.service_area],
        "verified": record.verified.isoformat(),
        "not_verified_for_over_12_months": result.stale,
        "unverified": list(record.unverified),
        "sources": list(record.sources),
    }
    listing = record.listing
    if listing is not None:
        data["official_lists"] = {
            "lists": [{"kind": kind, "date": date or None} for kind, date in listing.lists],
            "recognized": listing.recognized, "office_type": listing.office_type or None,
            "pending_renewal": listing.pending_renewal, "expires": listing.expires,
            "on_newer_roster": listing.on_newer_roster, "newer_roster_date": listing.newer_roster_date,
            "representatives": listing.representatives, "fully_accredited": listing.fully_accredited,
            "pro_bono_courts": list(listing.courts), "detained": listing.detained,
        }
    if result.measured:
        data["distance_km"] = None if result.distance_km is None else round(result.distance_km, 1)
        data["distance_miles"] = None if result.distance_km is None else round(result.distance_km / KM_PER_MILE, 1)
    return data
