"""Offline U.S. ZIP code and county facts, from the `zipcodes` package."""

from __future__ import annotations

import functools
import re

import zipcodes

ZIP_PATTERN = re.compile(r"^\d{5}$")

STATE_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
    "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP".split()
)


def zip_exists(zip_code: str) -> bool:
    if not ZIP_PATTERN.match(zip_code):
        return False
    try:
        return bool(zipcodes.matching(zip_code))
    except (TypeError, ValueError):
        return False


@functools.cache
def counties_by_state() -> dict[str, frozenset[str]]:
    """Every county (and independent city) name per state, as the Postal Service names it."""
    found: dict[str, set[str]] = {}
    for entry in zipcodes.list_all():
        if entry.get("county") and entry.get("state"):
            found.setdefault(entry["state"], set()).add(entry["county"])
    return {state: frozenset(names) for state, names in found.items()}


def county_exists(state: str, county: str) -> bool:
    return county in counties_by_state().get(state, frozenset())
