"""Write search's names of U.S. states and cities in other languages (desktopguide/core/search/
data/us_place_names.yaml) from CLDR: its subdivision names for the states, its territory
names for Puerto Rico and the other territories, and its time zones' cities for the cities.

CLDR is not on PyPI with its subdivision names (Babel leaves them out). The npm package
`cldr` carries the whole of CLDR; unpack it and give this script its CLDR folder:

    npm pack cldr@8.0.0 && tar xzf cldr-8.0.0.tgz
    .venv/bin/python scripts/cldr_place_names.py package/3rdparty/cldr

Search also reads Debian's iso-codes translations (through pycountry); CLDR adds the
languages iso-codes lacks (Arabic, Persian, Pashto, Punjabi, Amharic, Portuguese ...).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from desktopguide.core.places.geo import STATE_NAMES

# CLDR locales for the app's languages that have subdivision names (Dari reads Persian's).
LOCALES = ("am", "ar", "es", "fa", "fr", "ko", "pa", "ps", "pt", "ru", "uk", "vi", "zh")
# ... and those with city names (CLDR's only U.S. cities are its time zones' own).
CITY_LOCALES = (*LOCALES, "ti")
CITY_ZONES = {
    "America/Anchorage": "Anchorage",
    "America/Boise": "Boise",
    "America/Chicago": "Chicago",
    "America/Denver": "Denver",
    "America/Detroit": "Detroit",
    "America/Indiana/Indianapolis": "Indianapolis",
    "America/Kentucky/Louisville": "Louisville",
    "America/Los_Angeles": "Los Angeles",
    "America/New_York": "New York",
    "America/Phoenix": "Phoenix",
    "Pacific/Honolulu": "Honolulu",
}
# U.S. territories with a country code of their own (CLDR's "GA" is Gabon, not Georgia).
TERRITORIES = ("AS", "GU", "MP", "PR", "VI")
OUTPUT = Path(__file__).resolve().parent.parent / "desktopguide" / "core" / "search" / "data" / "us_place_names.yaml"
HEADER = """\
# U.S. states' and cities' names in other languages, for search to know "تكساس" or "ቴክሳስ"
# is Texas and "شيكاغو" is Chicago. From CLDR {version}: `states` from its subdivision names
# (common/subdivisions/LANG.xml; CLDR marks them provisional: they come from Wikidata and
# were not voted on) and, for Puerto Rico and the other territories, its territory names;
# `cities` from its time zones' cities (common/main/LANG.xml), by English name. Written by
# scripts/cldr_place_names.py; do not edit by hand. CLDR's licence: unicode-license.txt
# beside this file.
"""


def state_names(cldr: Path, locale: str) -> dict[str, str]:
    """The states' and DC's names (subdivisions "usXX"), and the territories' (CLDR counts
    Puerto Rico, Guam and the others as territories of their own), by two-letter code."""
    names = {}
    subdivisions = ElementTree.parse(cldr / "common" / "subdivisions" / f"{locale}.xml").getroot()
    for element in subdivisions.iter("subdivision"):
        kind = element.get("type", "")
        if kind.startswith("us") and kind[2:].upper() in STATE_NAMES and element.text and not element.get("alt"):
            names[kind[2:].upper()] = _plain(element.text)
    main = ElementTree.parse(cldr / "common" / "main" / f"{locale}.xml").getroot()
    for element in main.iter("territory"):
        code = element.get("type", "")
        if code in TERRITORIES and element.text and not element.get("alt"):
            names[code] = _plain(element.text)
    return dict(sorted(names.items()))


def city_names(cldr: Path, locale: str) -> dict[str, str]:
    """The cities that name U.S. time zones, by English name."""
    main = ElementTree.parse(cldr / "common" / "main" / f"{locale}.xml").getroot()
    names = {}
    for zone in main.iter("zone"):
        city = zone.find("exemplarCity")
        english = CITY_ZONES.get(zone.get("type", ""))
        if english and city is not None and city.text and not city.get("alt"):
            names[english] = _plain(city.text)
    return dict(sorted(names.items()))


def _plain(name: str) -> str:
    """Without a note in brackets: "جورجيا (د امريکا ايالت)" (Georgia, the U.S. state)."""
    return name.split(" (")[0].strip()


def cldr_version(cldr: Path) -> str:
    dtd = (cldr / "common" / "dtd" / "ldml.dtd").read_text(encoding="utf-8")
    marker = 'cldrVersion CDATA #FIXED "'
    start = dtd.find(marker)
    return dtd[start + len(marker) : dtd.index('"', start + len(marker))] if start >= 0 else "?"


def main(cldr: Path) -> None:
    names = {
        "states": {locale: state_names(cldr, locale) for locale in LOCALES},
        "cities": {locale: found for locale in CITY_LOCALES if (found := city_names(cldr, locale))},
    }
    text = HEADER.format(version=cldr_version(cldr)) + yaml.safe_dump(names, allow_unicode=True, sort_keys=True)
    OUTPUT.write_text(text, encoding="utf-8")
    licence = (cldr / "LICENSE").read_text(encoding="utf-8-sig")
    (OUTPUT.parent / "unicode-license.txt").write_text(licence, encoding="utf-8")
    for section, by_locale in names.items():
        print(f"{OUTPUT.name}: {sum(len(n) for n in by_locale.values())} {section} in {len(by_locale)} languages")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python scripts/cldr_place_names.py CLDR_FOLDER", file=sys.stderr)
        sys.exit(2)
    main(Path(sys.argv[1]))
