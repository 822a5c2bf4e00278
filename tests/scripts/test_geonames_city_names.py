"""scripts/geonames_city_names.py: the larger U.S. cities' names in other scripts, from GeoNames."""

from __future__ import annotations

from tests.scripts.script_module import load_script


def _city(name: str, state: str, population: int, names: list[str]) -> dict[str, object]:
    return {"name": name, "countrycode": "US", "admin1code": state, "population": population, "alternatenames": names}


def test_names_in_other_scripts_are_kept_by_the_zip_tables_name_less_short_ones_and_countries() -> None:
    module = load_script("geonames_city_names")
    cities = {
        "1": _city("Houston", "TX", 2_314_157, ["Hyuston", "Хьюстон", "هيوستن", "休斯顿", "ਹੂਸਟਨ", "HOU"]),
        "2": _city("New York City", "NY", 8_804_190, ["Нью-Йорк", "纽约"]),  # "纽约": two characters
        "3": _city("Columbia", "SC", 136_632, ["كولومبيا", "Колумби", "컬럼비아"]),  # Colombia's names
        "4": _city("Plano", "TX", 285_494, ["Плано"]),  # "план": a plan
        "5": _city("Tiny Town", "TX", 20_000, ["Тини Таун"]),  # too small
        "6": _city("Queens", "NY", 2_272_771, ["Квинс"]),  # not a city of the ZIP table
        "7": _city("Dallas", "TX", 1_343_573, ["達拉斯"]),  # traditional characters only
    }
    found, missing = module.city_names(cities, module.country_names())
    assert found == {
        "Columbia": ["컬럼비아"],
        "Dallas": ["达拉斯", "達拉斯"],  # simplified too: the app's Chinese
        "Houston": ["Хьюстон", "هيوستن", "ਹੂਸਟਨ", "休斯顿"],  # a Gurmukhi vowel sign counts as a letter
        "New York": ["Нью-Йорк"],
    }
    assert missing == ["Queens, NY"]
