"""Offline U.S. ZIP code and county facts, from the `zipcodes` package (through core.places.zip_table).

The `zipcodes` data spells some county names two ways ("Alexandria city" and
"Alexandria City"), so lookups compare names case-insensitively and show the most
common spelling.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from typing import Any

from desktopguide.core.places.zip_table import zip_table

ZIP_PATTERN = re.compile(r"^\d{5}$")
EARTH_RADIUS_KM = 6371.0088  # the mean Earth radius (IUGG)

STATE_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
    "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP".split()
)

# The Postal Service's names of the states and territories of STATE_CODES.
STATE_NAMES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "PR": "Puerto Rico", "GU": "Guam",
    "VI": "U.S. Virgin Islands", "AS": "American Samoa", "MP": "Northern Mariana Islands",
}


@dataclass(frozen=True)
class ZipInfo:
    """One ZIP code: its Postal Service city, state, county and coordinates."""

    zip_code: str
    city: str
    state: str
    county: str
    latitude: float | None
    longitude: float | None

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


def _info(row: tuple[Any, ...]) -> ZipInfo:
    code, city, state, county, lat, lon = row
    return ZipInfo(code, city, state, county, lat, lon)


def lookup_zip(zip_code: str) -> ZipInfo | None:
    """The ZIP code's facts, or None when it is not a five-digit ZIP code that exists."""
    if not isinstance(zip_code, str) or not ZIP_PATTERN.match(zip_code):
        return None
    rows = zip_table().rows("SELECT zip, city, state, county, lat, lon FROM zips WHERE zip = ?", zip_code)
    return _info(rows[0]) if rows else None


def all_zips() -> list[ZipInfo]:
    """Every ZIP code, in order (for benchmarks)."""
    return [_info(row) for row in zip_table().rows("SELECT zip, city, state, county, lat, lon FROM zips ORDER BY zip")]


def zip_exists(zip_code: str) -> bool:
    return lookup_zip(zip_code) is not None


def county_exists(state: str, county: str) -> bool:
    """Whether the Postal Service data spells a county (or independent city) of `state` exactly so."""
    return bool(zip_table().rows("SELECT 1 FROM county_spellings WHERE state = ? AND name = ?", state, county))


def canonical_county(state: str, county: str) -> str | None:
    """The usual spelling of `county` in `state` (any case), or None when there is no such county."""
    if not county:
        return None
    rows = zip_table().rows(
        "SELECT name FROM counties WHERE state = ? AND name_key = ?", state, county.strip().casefold()
    )
    return rows[0][0] if rows else None


def same_county(first: str, second: str) -> bool:
    return bool(first) and first.casefold() == second.casefold()


@functools.cache
def county_names(state: str) -> tuple[str, ...]:
    """The counties and independent cities of `state`, each once, in alphabetical order."""
    return tuple(
        sorted(
            (row[0] for row in zip_table().rows("SELECT name FROM counties WHERE state = ?", state)), key=str.casefold
        )
    )


def state_code(text: str) -> str | None:
    """The two-letter code for a state written as its code or its name (any case), or None."""
    cleaned = " ".join(text.replace(".", " ").split()).casefold()
    if cleaned.upper() in STATE_CODES:
        return cleaned.upper()
    for code, name in STATE_NAMES.items():
        if " ".join(name.replace(".", " ").split()).casefold() == cleaned:
            return code
    return None


def state_name(code: str) -> str:
    return STATE_NAMES.get(code, code)


def find_counties(state: str, text: str) -> list[str]:
    """Counties of `state` that `text` names: the exact name, else names that start with it.

    "fairfax" in VA gives both "Fairfax County" and "Fairfax City"; "arlington" gives
    "Arlington County".
    """
    wanted = " ".join(text.split()).casefold()
    if not wanted:
        return []
    exact = canonical_county(state, wanted)
    if exact:
        return [exact]
    return [name for name in county_names(state) if name.casefold().startswith(wanted + " ")]


def counties_named(text: str) -> list[tuple[str, str]]:
    """(state, county) pairs in every state whose county `text` names, as find_counties does."""
    found: list[tuple[str, str]] = []
    for state in sorted(STATE_CODES):
        found.extend((state, county) for county in find_counties(state, text))
    return found


def zips_of_city(state: str, city: str) -> tuple[ZipInfo, ...]:
    """The ZIP codes whose Postal Service city is `city` in `state` (any case)."""
    rows = zip_table().rows(
        "SELECT zip, city, state, county, lat, lon FROM zips WHERE state = ? AND city_key = ? ORDER BY zip",
        state,
        " ".join(city.split()).casefold(),
    )
    return tuple(_info(row) for row in rows)


def main_county_of_city(state: str, city: str) -> str:
    """The county most of the city's ZIP codes are in ("" when unknown); of counties with
    as many, the one with the lowest ZIP code. Counted by SQLite: a large city has
    hundreds of ZIP codes, too many to read one by one while a visitor types."""
    rows = zip_table().rows(
        "SELECT county FROM zips WHERE state = ? AND city_key = ? AND county != ''"
        " GROUP BY county ORDER BY COUNT(*) DESC, MIN(zip) LIMIT 1",
        state,
        " ".join(city.split()).casefold(),
    )
    return str(rows[0][0]) if rows else ""


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance between two points in kilometres (haversine formula)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half_dphi = (phi2 - phi1) / 2
    half_dlambda = math.radians(lon2 - lon1) / 2
    a = math.sin(half_dphi) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(half_dlambda) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def unit_vector(latitude: float, longitude: float) -> tuple[float, float, float]:
    """The point on the unit sphere; the straight-line (chord) distance between two such points
    orders them exactly as the haversine distance does, and `chord_to_km` turns it into kilometres."""
    phi, lam = math.radians(latitude), math.radians(longitude)
    return (math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi))


def chord_to_km(chord: float) -> float:
    # The haversine of the central angle is (chord / 2) squared, so this equals haversine_km.
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, chord / 2))


def km_to_chord(km: float) -> float:
    return 2 * math.sin(min(math.pi / 2, km / (2 * EARTH_RADIUS_KM)))


# -- where a person is: a ZIP code, a county or a state --------------------------------------

ZIP_LIKE = re.compile(r"^\d{5}(?:-\d{4})?$")


class PlaceQueryError(ValueError):
    """Text that names no ZIP code, county or state; the message is one plain sentence."""


@dataclass(frozen=True)
class Location:
    """A place a person asked about: a ZIP code (with its county and coordinates), a county or a state."""

    state: str
    county: str = ""
    city: str = ""
    zip_code: str = ""
    latitude: float | None = None
    longitude: float | None = None

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def label(self) -> str:
        """Plain words for the place: "22314 (Alexandria, Alexandria city, VA)", "Arlington County, VA", "Virginia"."""
        if self.zip_code:
            parts = [p for p in (self.city, self.county, self.state) if p]
            return f"{self.zip_code} ({', '.join(parts)})"
        if self.county:
            city = f"{self.city}, " if self.city and not same_county(self.city, self.county) else ""
            return f"{city}{self.county}, {self.state}"
        return state_name(self.state)


def location_of_zip(zip_code: str) -> Location | None:
    info = lookup_zip(zip_code)
    if info is None:
        return None
    return Location(info.state, info.county, info.city, info.zip_code, info.latitude, info.longitude)


def resolve_location(text: str) -> Location:
    """The place `text` names: a ZIP code ("22314"), "County, ST", "City, ST", a state, or a
    county name found in only one state. Raises PlaceQueryError with a plain sentence."""
    from desktopguide.i18n import _  # Qt-free; imported here so the validator does not load catalogs

    cleaned = " ".join(str(text or "").split())
    if not cleaned:
        raise PlaceQueryError(_("Type a ZIP code, a county and state (such as Arlington County, VA) or a state."))
    if ZIP_LIKE.match(cleaned):
        location = location_of_zip(cleaned[:5])
        if location is None:
            raise PlaceQueryError(_("There is no U.S. ZIP code {zip}.").format(zip=cleaned[:5]))
        return location
    if re.fullmatch(r"[\d\s-]+", cleaned):
        raise PlaceQueryError(_("{text} is not a ZIP code: a ZIP code has five digits.").format(text=cleaned))
    if "," in cleaned:
        name, _comma, state_text = cleaned.rpartition(",")
        state = state_code(state_text)
        if state is None:
            raise PlaceQueryError(
                _("{state} is not a U.S. state: write it as two letters, such as VA.").format(state=state_text.strip())
            )
        name = name.strip()
        return _county_or_city(state, name) if name else Location(state)
    state = state_code(cleaned)
    if state is not None:
        return Location(state)
    # "Cook County IL", "Harris County Texas": the state written last without a comma.
    for words in (1, 2, 3):
        parts = cleaned.split(" ")
        if len(parts) <= words:
            break
        head, tail = " ".join(parts[:-words]), " ".join(parts[-words:])
        tail_state = state_code(tail)
        if tail_state is not None and find_counties(tail_state, head):
            return _county_or_city(tail_state, head)
    found = counties_named(cleaned)
    if len(found) == 1:
        return Location(found[0][0], found[0][1])
    if found:
        raise PlaceQueryError(
            _("There is a {name} in more than one state: add the state, such as {example}.").format(
                name=cleaned, example=f"{found[0][1]}, {found[0][0]}"
            )
        )
    raise PlaceQueryError(
        _(
            "{text} is not a ZIP code, a county or a state. "
            "Try a ZIP code such as 22314 or a county such as Arlington County, VA."
        ).format(text=cleaned)
    )


def _county_or_city(state: str, name: str) -> Location:
    from desktopguide.i18n import _

    counties = find_counties(state, name)
    if len(counties) == 1:
        return Location(state, counties[0])
    if counties:
        raise PlaceQueryError(
            _("{name}, {state} could mean {choices}: type one of them.").format(
                name=name, state=state, choices=" / ".join(f"{c}, {state}" for c in counties)
            )
        )
    zips = zips_of_city(state, name)
    city_counties = sorted({info.county for info in zips if info.county})
    if len(city_counties) == 1:
        return Location(state, city_counties[0], zips[0].city)
    if city_counties:
        raise PlaceQueryError(
            _("{city}, {state} lies in more than one county ({choices}): type the county or a ZIP code.").format(
                city=zips[0].city, state=state, choices=", ".join(city_counties)
            )
        )
    raise PlaceQueryError(
        _("There is no county or city called {name} in {state}.").format(name=name, state=state_name(state))
    )
