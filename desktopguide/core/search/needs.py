"""What a question asks for: the needs in `data/intents.yaml`, and the U.S. places it names.

Both are read from the folded query words, so "Abogado", "abogado" and "ABOGADO" are one
word, and a Chinese or Korean need word is found inside a typed run of characters.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence, Set
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from desktopguide.core.data.counties import COUNTY_WORDS as COUNTY_ENDINGS
from desktopguide.core.data.counties import split_suffix
from desktopguide.core.search.normalize import is_cjk, words

DATA_FILE = Path(__file__).parent / "data" / "intents.yaml"
CLDR_PLACE_NAMES = Path(__file__).parent / "data" / "us_place_names.yaml"
POPULOUS_COUNTIES = Path(__file__).parent / "data" / "state_populous_counties.yaml"
GEONAMES_CITY_NAMES = Path(__file__).parent / "data" / "us_city_names_geonames.yaml"
# A state's or city's one-word name in another language shorter than this is too often
# another word (Arabic "مين", Maine, is "who"); one shorter than EVERYDAY_NAME_LENGTH is
# a place unless the guides use it as a word (Punjabi "ਹਵਾਈ", Hawaii, is also "by air").
MIN_OTHER_NAME_LENGTH = 4
EVERYDAY_NAME_LENGTH = 5
# A Russian or Ukrainian state name's case endings: at most this many letters after its
# stem ("Каролине", "Каліфорнії"), on a stem at least this long ("нью" of "Нью-Йорке").
MAX_ENDING = 3
MIN_STEM = 3
# Amharic's prepositions written onto the word they govern: in, for, from, of.
ETHIOPIC_PREPOSITIONS = ("በ", "ለ", "ከ", "የ")
# Words before a place name that say it is one: "in houston", "en houston", "near dallas".
LOCATIVES = frozenset(
    [
        "in",
        "near",
        "at",
        "around",
        "from",
        "en",
        "cerca",
        "a",
        "au",
        "dans",
        "pres",
        "em",
        "perto",
        "na",
        "no",
        "nan",
        "bo",
        "tai",
        "o",
        "у",
        "в",
        "біля",
        "sa",
        "malapit",
    ]
)
# "Harris County", "Orleans Parish": the word after a county's name (the one-word endings
# of `core.data.counties`); "condado de Harris", "comté de Harris": the words before it.
COUNTY_NAME_WORDS = frozenset(word for word in COUNTY_ENDINGS if " " not in word)
COUNTY_BEFORE = frozenset({("condado", "de"), ("comte", "de"), ("condado", "do"), ("county", "of")})
# A city must have at least this many ZIP codes to be recognised without a locative word:
# small towns are named like everyday words.
MIN_CITY_ZIPS = 5
MAX_PLACE_WORDS = 3
_ASCII_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Need:
    name: str
    words: frozenset[tuple[str, ...]]
    with_words: frozenset[tuple[str, ...]]
    records: tuple[tuple[str, str], ...]
    org_words: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class NamedPlace:
    """A place the query names: the typed words, the state, and county, city and coordinates when known."""

    words: tuple[str, ...]
    state: str
    county: str = ""
    city: str = ""
    latitude: float | None = None
    longitude: float | None = None
    start: int = 0  # index of the first query word naming it
    end: int = 0


@dataclass
class Gazetteer:
    """Folded U.S. city and state names -> where they are (the city with most ZIP codes wins)."""

    cities: dict[tuple[str, ...], NamedPlace] = field(default_factory=dict)
    states: dict[tuple[str, ...], NamedPlace] = field(default_factory=dict)
    # A state's or city's name in another of the app's languages -> its English name
    # ("nueva york", "شيكاغو").
    other_names: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    codes: frozenset[str] = frozenset()  # the states' two-letter codes, folded ("tx")
    # Chinese and Korean names of states and cities of two characters or more, looked for
    # inside typed runs ("纽约州免费律师", "뉴욕에서", "芝加哥律师"): (name, English name), by
    # the name's first character, so a run is scanned once, not once for each name.
    cjk_names: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    # Russian and Ukrainian names by their words' stems (Snowball's Russian stemmer), for
    # the names as a sentence inflects them: "в Техасе", "у Каліфорнії" (see `_inflected`).
    stems: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    stem_words: frozenset[str] = frozenset()
    stem_heads: frozenset[str] = frozenset()  # their first MIN_STEM letters: most words have none
    # Other languages' one-word names short enough to be everyday words as well ("ਹਵਾਈ").
    short_names: frozenset[tuple[str, ...]] = frozenset()
    # Counties by their name without "County" ("harris"): the one with most ZIP codes.
    counties: dict[tuple[str, ...], NamedPlace] = field(default_factory=dict)

    def words(self) -> set[str]:
        return {w for key in [*self.cities, *self.states, *self.other_names] for w in key}

    def english(self, key: tuple[str, ...], known: set[str] | frozenset[str] = frozenset()) -> tuple[str, ...]:
        """The English name `key` stands for (`key` itself when none). A short name that
        is one of the `known` everyday words is that word: Punjabi "ਹਵਾਈ" is Hawaii and
        "by air" ("ਹਵਾਈ ਅੱਡਾ", the airport)."""
        if key in self.short_names and all(word in known for word in key):
            return key
        found = self.other_names.get(key)
        if found is None and key and key[0][:MIN_STEM] in self.stem_heads:  # Cyrillic heads only
            found = self._inflected(key)
        return found if found is not None else key

    def _inflected(self, key: tuple[str, ...]) -> tuple[str, ...] | None:
        """The English name of the state or city whose stems begin `key`'s words, each
        followed by at most MAX_ENDING letters of a case ending ("техасе": "техас" + "е")."""
        choices: list[list[str]] = []
        for word in key:
            if word[:MIN_STEM] not in self.stem_heads:
                return None
            ends = range(len(word), max(len(word) - MAX_ENDING, MIN_STEM) - 1, -1)
            found = [word[:end] for end in ends if word[:end] in self.stem_words]
            if not found:
                return None
            choices.append(found)
        for stems in itertools.product(*choices):
            english = self.stems.get(stems)
            if english is not None:
                return english
        return None

    def city_named_as_state(self, key: tuple[str, ...]) -> NamedPlace | None:
        """The state's largest city when it bears the state's name (New York): where most
        who name the state are."""
        state, city = self.states.get(key), self.cities.get(key)
        return city if state is not None and city is not None and city.city and city.state == state.state else None


def _forms(texts: list[object]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(words(str(t))) for t in texts if words(str(t)))


@functools.cache
def needs() -> tuple[Need, ...]:
    loaded = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8")) or {}
    found = []
    for name, entry in loaded.items():
        records = tuple(tuple(str(r).split(":", 1)) for r in entry.get("records", []))
        found.append(
            Need(
                str(name),
                _forms(entry.get("words", [])),
                _forms(entry.get("with", [])),
                records,  # type: ignore[arg-type]
                tuple(sorted(_forms(entry.get("orgs", [])))),
            )
        )
    return tuple(found)


def needs_with_organizations() -> list[Need]:
    """The needs answered by organizations too (a lawyer, not a detained relative's guide)."""
    return [need for need in needs() if need.org_words]


def needs_asked(query_words: Sequence[str]) -> list[Need]:
    """The needs the words state: one of a need's `words` and, if it has them, one of its
    `with_words` (a phrase's words in a row; a Chinese or Korean form inside a typed run),
    every need looked up at once."""
    by_first, cjk = _needs_by_first()
    hits: set[tuple[int, bool]] = set()  # (need's number, a `with` word)
    for i, word in enumerate(query_words):
        for form, hit in by_first.get(word, ()):
            if tuple(query_words[i : i + len(form)]) == form:
                hits.add(hit)
        if is_cjk(word):
            hits.update(hit for name, hit in cjk if name in word)
    return [
        need
        for n, need in enumerate(needs())
        if (n, False) in hits and (not need.with_words or (n, True) in hits)
    ]


@functools.cache
def _needs_by_first() -> tuple[
    dict[str, list[tuple[tuple[str, ...], tuple[int, bool]]]], list[tuple[str, tuple[int, bool]]]
]:
    """Every need's forms by their first word, and its Chinese and Korean ones apart."""
    by_first: dict[str, list[tuple[tuple[str, ...], tuple[int, bool]]]] = {}
    cjk: list[tuple[str, tuple[int, bool]]] = []
    for n, need in enumerate(needs()):
        for is_with, forms in ((False, need.words), (True, need.with_words)):
            for form in forms:
                if len(form) == 1 and is_cjk(form[0]):
                    cjk.append((form[0], (n, is_with)))
                else:
                    by_first.setdefault(form[0], []).append((form, (n, is_with)))
    return by_first, cjk


@functools.cache
def gazetteer() -> Gazetteer:
    """City names from the ZIP table (where each has most ZIP codes) and state names, and
    their names in the app's other languages where iso-codes or CLDR has them. A state is
    where most of its people live (`_where_most_live`)."""
    from desktopguide.core.places.geo import STATE_NAMES
    from desktopguide.core.places.zip_table import zip_table

    found = Gazetteer()
    rows = zip_table().rows(
        "SELECT city_key, state, min(city), count(*), avg(lat), avg(lon) FROM zips "
        "WHERE city_key IS NOT NULL GROUP BY city_key, state"
    )
    best: dict[tuple[str, ...], tuple[int, NamedPlace]] = {}
    for city_key, state, city, count, lat, lon in rows:
        text = str(city_key)
        # Most keys are plain ASCII: split them as folding would, without folding.
        key = tuple(_ASCII_WORD.findall(text.casefold())) if text.isascii() else tuple(words(text))
        if not key or len(key) > MAX_PLACE_WORDS:
            continue
        if key not in best or count > best[key][0]:
            best[key] = (count, NamedPlace(key, state, "", city, lat, lon))
    for key, (count, place) in best.items():
        found.cities[key] = place if count >= MIN_CITY_ZIPS else _small(place)
    county_rows = _county_rows()
    found.counties = _counties(county_rows)
    centres = _where_most_live(county_rows)
    for code, name in STATE_NAMES.items():
        key = tuple(words(name))
        lat, lon = centres.get(code, (None, None))
        found.states[key] = NamedPlace(key, code, "", "", lat, lon)
    found.codes = frozenset(code.lower() for code in STATE_NAMES)
    short: set[tuple[str, ...]] = set()
    listed = [*_states_in_other_languages(), *_places_from_cldr()]
    from_geonames = _cities_from_geonames()
    for english, other in [*listed, *from_geonames]:
        key, english_key = tuple(words(other)), tuple(words(english))
        known = english_key in found.states or english_key in found.cities
        if not key or key == english_key or not known or key in found.cities:
            continue
        if len(key) == 1 and not is_cjk(key[0]) and _letters(key[0]) < _shortest(other, key[0]):
            continue  # another word too: Arabic "مين" (Maine) is "who", Punjabi "ਮੇਨ" is "main"
        if len(key) == 1 and not is_cjk(key[0]) and _letters(key[0]) < EVERYDAY_NAME_LENGTH:
            short.add(key)
        found.other_names.setdefault(key, english_key)
    found.short_names = frozenset(short)
    geonames_only = {tuple(words(other)) for _english, other in from_geonames} - {tuple(words(o)) for _e, o in listed}
    _add_stems(found, geonames_only)
    _add_ethiopic_prepositions(found)
    for other_key, english_name in found.other_names.items():
        if len(other_key) == 1 and len(other_key[0]) > 1 and is_cjk(other_key[0]):
            found.cjk_names.setdefault(other_key[0][0], []).append((other_key[0], english_name))
    return found


# A county's ZIP codes: (state, county, how many, how many with a place, their middle).
_CountyRow = tuple[str, str, int, int, float | None, float | None]


def _county_rows() -> list[_CountyRow]:
    """Every county's ZIP codes and their middle, in one pass over the ZIP table."""
    from desktopguide.core.places.zip_table import zip_table

    return [
        (str(state), str(county or ""), count, placed, lat, lon)
        for state, county, count, placed, lat, lon in zip_table().rows(
            "SELECT state, county, count(*), count(lat), avg(lat), avg(lon) FROM zips GROUP BY state, county"
        )
    ]


def _counties(rows: list[_CountyRow]) -> dict[tuple[str, ...], NamedPlace]:
    """Each county's name without its "County" or "Parish" (`split_suffix`) -> the county of
    that name with most ZIP codes ("harris": Harris County, Texas, not Georgia's)."""
    best: dict[tuple[str, ...], tuple[int, NamedPlace]] = {}
    for state, county, count, _placed, lat, lon in rows:
        base, suffix = split_suffix(county)
        key = tuple(words(base))
        if suffix in COUNTY_NAME_WORDS and key and len(key) <= MAX_PLACE_WORDS:
            if key not in best or count > best[key][0]:
                best[key] = (count, NamedPlace(key, state, county, "", lat, lon))
    return {key: place for key, (_count, place) in best.items()}


def _where_most_live(rows: list[_CountyRow]) -> dict[str, tuple[float, float]]:
    """Each state's most populous county (`data/state_populous_counties.yaml`), as the middle
    of its ZIP codes: legal help for "lawyer in texas" is listed nearest Houston, where most
    Texans are, not nearest the state's middle (Waco). A state the file lacks (Guam and the
    other territories) is the middle of its ZIP codes."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    populous = yaml.load(POPULOUS_COUNTIES.read_text(encoding="utf-8"), Loader=loader) or {}
    county_of = {str(state): str(entry["county"]).casefold() for state, entry in populous.items()}
    centres: dict[str, tuple[float, float]] = {}
    sums: dict[str, tuple[float, float, int]] = {}  # the state's ZIP codes' places, summed
    for state, county, _count, placed, lat, lon in rows:
        if lat is None or lon is None:
            continue
        if county_of.get(state) == county.casefold():
            centres[state] = (lat, lon)
        lat_sum, lon_sum, n = sums.get(state, (0.0, 0.0, 0))
        sums[state] = (lat_sum + lat * placed, lon_sum + lon * placed, n + placed)
    for state, (lat_sum, lon_sum, n) in sums.items():
        centres.setdefault(state, (lat_sum / n, lon_sum / n))
    return centres


# The locales of Debian's iso-codes translations (through pycountry) for the app's languages.
STATE_NAME_LOCALES = ("es", "fr", "pt", "pt_BR", "ru", "uk", "ko", "vi", "zh_CN", "zh_TW", "ar", "fa", "pa_PK")


def _states_in_other_languages() -> list[tuple[str, str]]:
    """(English name, name in another language) of the U.S. states and territories, where
    a translation differs: "New York" is "Nueva York" in Spanish, "Нью-Йорк" in Russian.

    Read from pycountry's copy of iso-codes' message catalogs, without importing pycountry
    (which reads every country's subdivisions: a quarter of a second)."""
    import gettext
    import importlib.util

    from desktopguide.core.places.geo import STATE_NAMES

    spec = importlib.util.find_spec("pycountry")
    if spec is None or not spec.submodule_search_locations:
        return []
    locales = Path(spec.submodule_search_locations[0]) / "locales"
    pairs = []
    for locale in STATE_NAME_LOCALES:
        try:
            translation = gettext.translation("iso3166-2", locales, languages=[locale])
        except OSError:
            continue  # iso-codes has no translation for this language
        pairs += [(name, translation.gettext(name)) for name in STATE_NAMES.values()]
    return [(english, other) for english, other in pairs if other != english]


def _add_ethiopic_prepositions(places: Gazetteer) -> None:
    """Amharic names with "in", "for", "from" or "of" written onto them, as Amharic writes
    them: "በቴክሳስ ጠበቃ" is a lawyer in Texas."""
    for key, english in list(places.other_names.items()):
        if "\u1200" <= key[0][:1] <= "\u137f":
            for preposition in ETHIOPIC_PREPOSITIONS:
                places.other_names.setdefault((preposition + key[0], *key[1:]), english)


def _is_cyrillic(word: str) -> bool:
    return "\u0400" <= word[:1] <= "\u04ff"


def _add_stems(places: Gazetteer, whole_stems_only: Set[tuple[str, ...]] = frozenset()) -> None:
    """The stems of the Russian and Ukrainian names (Ukrainian's endings are close enough to
    Russian's for a state's name: "Каліфорнія" is "каліфорні" + "я"). A name of
    `whole_stems_only` (GeoNames', whose languages are not known) counts by its stem only
    when the stem is the whole name ("Хьюстон": "в Хьюстоне"): "Александрия" (Alexandria)
    would be "александр", a man's name, and "Гирлянда" (Garland) "гирлянд", garlands."""
    try:
        import snowballstemmer  # type: ignore[import-untyped]
    except ImportError:  # an install without it still finds the names as the list writes them
        return
    stemmer = snowballstemmer.stemmer("russian")
    for key, english in places.other_names.items():
        if any(_is_cyrillic(word) for word in key):
            stems = tuple(stemmer.stemWord(word) if _is_cyrillic(word) else word for word in key)
            if key in whole_stems_only and stems != key:
                continue
            if all(len(stem) >= MIN_STEM for stem in stems):
                places.stems.setdefault(stems, english)
    places.stem_words = frozenset(word for stems in places.stems for word in stems)
    places.stem_heads = frozenset(word[:MIN_STEM] for word in places.stem_words)


def _shortest(name: str, folded: str) -> int:
    """How many letters a one-word name needs to count: one more when folding took an
    Arabic article off it, which can leave another word ("إلينوي", Illinois: "ينوي", "he
    intends")."""
    return MIN_OTHER_NAME_LENGTH + (1 if _letters(folded) < _letters(name.strip()) - 1 else 0)


def _letters(word: str) -> int:
    """About how many letters: an Ethiopic character is a syllable, a consonant and a vowel."""
    return len(word) + sum(1 for char in word if "\u1200" <= char <= "\u137f")


def _places_from_cldr() -> list[tuple[str, str]]:
    """(English name, name in another language) from CLDR (`data/us_place_names.yaml`): the
    states and territories in Arabic, Persian, Pashto, Punjabi, Amharic and Portuguese,
    which iso-codes lacks, and the cities CLDR names (Chicago, Los Angeles ...), states first."""
    from desktopguide.core.places.geo import STATE_NAMES

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's: a fifth of the time
    loaded = yaml.load(CLDR_PLACE_NAMES.read_text(encoding="utf-8"), Loader=loader) or {}
    states = [
        (STATE_NAMES[code], str(name))
        for names in (loaded.get("states") or {}).values()
        for code, name in (names or {}).items()
        if code in STATE_NAMES
    ]
    cities = [
        (str(english), str(name))
        for names in (loaded.get("cities") or {}).values()
        for english, name in (names or {}).items()
    ]
    return states + cities


def _cities_from_geonames() -> list[tuple[str, str]]:
    """(English name, name in another script) of the larger cities, from GeoNames
    (`data/us_city_names_geonames.yaml`): "هيوستن", "Хьюстон", "休斯顿" (CLDR has no Houston)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loaded = yaml.load(GEONAMES_CITY_NAMES.read_text(encoding="utf-8"), Loader=loader) or {}
    cities = (loaded.get("cities") or {}).items()
    return [(str(english), str(name)) for english, names in cities for name in names or ()]


def _state_at(
    places: Gazetteer, query_words: Sequence[str], at: int, known: set[str] | frozenset[str] = frozenset()
) -> tuple[str, int] | None:
    """The state the words from `at` name (its two-letter code, or its name) and how many
    words name it; None for none. A code that is also an everyday word ("in", "or", "me")
    does not count: "lawyer in houston" is not a town called Lawyer in Indiana."""
    if at >= len(query_words):
        return None
    word = query_words[at]
    if word in places.codes and word not in _EVERYDAY_CODES:
        return word.upper(), 1
    for length in range(min(MAX_PLACE_WORDS, len(query_words) - at), 0, -1):
        named = places.states.get(places.english(tuple(query_words[at : at + length]), known))
        if named is not None:
            return named.state, length
    return None


def _city_in_state(
    places: Gazetteer, city_words: tuple[str, ...], state: str, state_words: int
) -> tuple[NamedPlace, int] | None:
    """The city `city_words` name in `state` (named by the `state_words` words after
    them) and that count; None when the state has no such city."""
    from desktopguide.core.places.zip_table import zip_table

    best = places.cities.get(city_words)
    if best is None:
        return None  # no city anywhere is called that
    if best.state == state and best.city:  # a small town's entry has no name (see `_small`)
        return best, state_words
    rows = zip_table().rows(
        "SELECT min(city), avg(lat), avg(lon) FROM zips WHERE state = ? AND city_key = ? AND lat IS NOT NULL",
        state,
        " ".join(city_words),
    )
    if not rows or rows[0][0] is None:
        return None
    city, latitude, longitude = rows[0]
    return NamedPlace(city_words, state, "", str(city), latitude, longitude), state_words


# Two-letter state codes that are also words people type in a question.
_EVERYDAY_CODES = frozenset({"in", "or", "me", "hi", "oh", "ok", "de", "la", "al", "co", "pa", "ma", "mo", "id", "ga"})


def _small(place: NamedPlace) -> NamedPlace:
    # Marked by an empty city: recognised only after a locative word.
    return NamedPlace(place.words, place.state, place.county, "", place.latitude, place.longitude)


def county_of_city(place: NamedPlace) -> str:
    """The county most of the city's ZIP codes are in ("" when unknown)."""
    from desktopguide.core.places.geo import main_county_of_city

    return main_county_of_city(place.state, place.city or " ".join(place.words))


def places_named(query_words: Sequence[str], known: set[str] | frozenset[str] = frozenset()) -> list[NamedPlace]:
    """Cities and states the words name, longest names first, left to right.

    A county is named with its word ("harris county", "condado de harris"). A name is
    taken after a locative word ("in houston"), but for a small town whose words
    are all `known` everyday words; without one only a state name, or a city with several
    ZIP codes whose words are not all everyday words. A
    city followed by its state ("washington dc", "houston texas") is that state's city;
    a state named like its largest city ("new york") is the city.
    """
    places = gazetteer()
    found: list[NamedPlace] = []
    states_at = [_state_at(places, query_words, at, known) for at in range(len(query_words) + 1)]
    start = 0
    while start < len(query_words):
        at_zip = _zip_code_place(query_words[start])  # "abogado cerca de 77036"
        if at_zip is not None:
            found.append(replace(at_zip, start=start, end=start + 1))
            start += 1
            continue
        after_locative = start > 0 and query_words[start - 1] in LOCATIVES
        for length in range(min(MAX_PLACE_WORDS, len(query_words) - start), 0, -1):
            key = tuple(query_words[start : start + length])
            county = places.counties.get(key)
            if county is not None:  # "harris county": the county, not Harris, Iowa
                after = start + length < len(query_words) and query_words[start + length] in COUNTY_NAME_WORDS
                if after or (start >= 2 and tuple(query_words[start - 2 : start]) in COUNTY_BEFORE):
                    end = start + length + (1 if after else 0)
                    found.append(replace(county, start=start, end=end))
                    start = end
                    break
            state_after = states_at[start + length]
            in_state = _city_in_state(places, key, *state_after) if state_after is not None else None
            key = places.english(key, known)  # "nueva york": New York
            if in_state is not None:
                city_in_state, state_words = in_state
                end = start + length + state_words
                found.append(replace(city_in_state, start=start, end=end))
                start = end
                break
            city = places.cities.get(key)
            place = places.city_named_as_state(key)  # named as surely as the state would be
            state = places.states.get(key) if place is None else None
            if state is not None:
                found.append(
                    NamedPlace(key, state.state, "", "", state.latitude, state.longitude, start, start + length)
                )
                start += length
                break
            if place is None and city is not None:
                everyday = all(w in known for w in key)
                named_alone = bool(city.city) and not everyday
                # A small town named like an everyday word needs its state after it: "a
                # check-in" is no visit to Check, Virginia.
                if (after_locative and (city.city or not everyday)) or named_alone:
                    place = city
            if place is not None:
                found.append(
                    NamedPlace(
                        key,
                        place.state,
                        place.county,
                        place.city or " ".join(key),
                        place.latitude,
                        place.longitude,
                        start,
                        start + length,
                    )
                )
                start += length
                break
        else:
            inside = _place_inside(places, query_words[start])
            if inside is not None:
                found.append(replace(inside, start=start, end=start + 1))
            start += 1
    return found


def _zip_code_place(word: str) -> NamedPlace | None:
    """The city of a five-digit ZIP code typed in a question, at the ZIP code's own
    coordinates; None for other words and for numbers that are no ZIP code."""
    if len(word) != 5 or not word.isdigit():
        return None
    from desktopguide.core.places.geo import lookup_zip

    info = lookup_zip(word)
    if info is None:
        return None
    return NamedPlace((word,), info.state, "", info.city, info.latitude, info.longitude)


def cjk_place_name(word: str) -> str | None:
    """The longest state or city name inside a run of Chinese or Korean characters ("纽约州"
    of "纽约州免费律师"), or None."""
    found = _cjk_name_inside(gazetteer(), word)
    return found[0] if found is not None else None


def _place_inside(places: Gazetteer, word: str) -> NamedPlace | None:
    """The state or city a run of Chinese or Korean characters names inside it ("纽约州免费律师":
    New York; "뉴욕에서", in New York; "芝加哥律师": Chicago), as such runs are typed without
    spaces or with a particle attached; None for none or for other words."""
    found = _cjk_name_inside(places, word)
    if found is None:
        return None
    english = found[1]
    return places.city_named_as_state(english) or places.states.get(english) or places.cities.get(english)


def _cjk_name_inside(places: Gazetteer, word: str) -> tuple[str, tuple[str, ...]] | None:
    """(name, English name) of the longest place name inside a run of Chinese or Korean characters."""
    if not is_cjk(word):
        return None
    inside = [
        (name, english)
        for at, char in enumerate(word)
        for name, english in places.cjk_names.get(char, ())
        if word.startswith(name, at)
    ]
    return max(inside, key=lambda pair: len(pair[0])) if inside else None
