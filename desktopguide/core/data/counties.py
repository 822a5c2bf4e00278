"""County FIPS codes from names and ZIP codes, never from a name alone.

Harris County, GA (13145) is not Harris County, TX (48201); Alexandria, VA is an
independent city and a county of its own (51510). Names are resolved within one state
from the county table (county-ice-aor snapshot), ZIP codes through HUD's crosswalk.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

# Words that end a county-equivalent's name; "city" is kept apart: Baltimore city is not
# Baltimore County, Fairfax city is not Fairfax County.
COUNTY_WORDS = ("city and borough", "census area", "municipality", "borough", "parish", "county", "municipio")


def name_key(text: str) -> str:
    """Letters and digits only, "Saint" as "st": "St. Mary's Parish" and "Saint Marys parish" meet."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold()
    plain = re.sub(r"\bsaint\b", "st", plain)
    plain = re.sub(r"\bste\b", "st", plain)  # Ste. Genevieve
    return re.sub(r"[^a-z0-9]", "", plain)


def split_suffix(text: str) -> tuple[str, str]:
    """("harris", "county") from "Harris County"; ("alexandria", "city") from "Alexandria city"."""
    words = " ".join(text.replace("\u00a0", " ").split()).casefold()
    for suffix in (*COUNTY_WORDS, "city"):
        if words.endswith(" " + suffix):
            return words[: -len(suffix) - 1].strip(" ,"), suffix
    return words.strip(" ,"), ""


class CountyIndex:
    """(state, name) -> FIPS over the counties and county-equivalents of one table."""

    def __init__(self, counties: Iterable[tuple[str, str, str]]) -> None:
        """`counties`: (fips, name as written such as "Harris County", state code)."""
        self.names: dict[str, tuple[str, str]] = {}
        self._full: dict[tuple[str, str], str] = {}
        self._base: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        self.state_fips: dict[str, str] = {}
        for fips, name, state in counties:
            self.names[fips] = (name, state)
            self.state_fips.setdefault(state, fips[:2])
            base, suffix = split_suffix(name)
            self._full[(state, name_key(name))] = fips
            self._base[(state, name_key(base))].append((fips, suffix))

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]]) -> CountyIndex:
        return cls((str(r["county_fips"]), str(r["county"]), str(r["state"])) for r in records if r.get("county_fips"))

    def resolve(self, state: str, name: str | None) -> str | None:
        """The FIPS of the county `name` in `state`, or None when it names none or more than one."""
        return self.resolve_how(state, name)[0]

    def resolve_how(self, state: str, name: str | None, spelling: bool = False) -> tuple[str | None, str]:
        """(FIPS or None, how): "name" (as written), "suffix" ("Hopewell County" is Hopewell city,
        "Lake Conty" is Lake County) or, with `spelling`, "spelling" (one letter off from exactly
        one county of the state: "Frankin County" -> Franklin County)."""
        if not name or not state:
            return None, ""
        text = " ".join(name.replace("\u00a0", " ").split())
        text = re.sub(r"(?i)\b(?:conty|countey|cnty|co\.?)$", "County", text)
        exact = self._full.get((state, name_key(text)))
        if exact:
            return exact, "name" if text == " ".join(name.split()) else "suffix"
        base, suffix = split_suffix(text)
        candidates = self._base.get((state, name_key(base)), [])
        if suffix == "city":
            matches = [fips for fips, their in candidates if their == "city"]
        elif suffix:
            matches = [fips for fips, their in candidates if their != "city"]
        else:
            # A bare name ("Harris") means the county; only an independent city when no county has it.
            matches = [fips for fips, their in candidates if their != "city"] or [f for f, _s in candidates]
        if len(matches) == 1:
            return matches[0], "name" if suffix or not candidates else "suffix"
        if not matches and len(candidates) == 1:
            # Virginia's independent cities written as counties ("Hopewell County").
            return candidates[0][0], "suffix"
        if spelling and not matches and len(name_key(base)) >= 5:
            key = name_key(base)
            # Typing slips keep the first letter ("Frankin", "Lexignton"); "North" is not "Worth".
            near = {fips for (their_state, their_key), found in self._base.items() if their_state == state
                    and their_key[:1] == key[:1] and one_edit_apart(key, their_key) for fips, _s in found}
            if len(near) == 1:
                return near.pop(), "spelling"
        return None, ""

    def name(self, fips: str) -> str | None:
        found = self.names.get(fips)
        return found[0] if found else None


class ZipCounties:
    """ZIP -> [(county FIPS, share)], largest share first (HUD's crosswalk)."""

    def __init__(self, rows: Iterable[tuple[str, str, float]]) -> None:
        table: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for zip_code, fips, share in rows:
            table[zip_code].append((fips, share))
        self._table = {z: sorted(v, key=lambda item: (-item[1], item[0])) for z, v in table.items()}

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]]) -> ZipCounties:
        return cls((str(r["zip"]), str(r["county_fips"]), float(r["share"] or 0.0)) for r in records)

    def counties(self, zip_code: str | None) -> list[tuple[str, float]]:
        return list(self._table.get(zip_code or "", []))

    def main_county(self, zip_code: str | None) -> str | None:
        found = self._table.get(zip_code or "")
        return found[0][0] if found else None


def one_edit_apart(first: str, second: str) -> bool:
    """One insertion, deletion, substitution or swap of two neighbours turns one into the other."""
    if first == second or abs(len(first) - len(second)) > 1:
        return False
    if len(first) == len(second):
        diffs = [i for i, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and first[diffs[0]] == second[diffs[1]]
            and first[diffs[1]] == second[diffs[0]]
        )
    shorter, longer = sorted((first, second), key=len)
    for i in range(len(longer)):
        if longer[:i] + longer[i + 1 :] == shorter:
            return True
    return False
