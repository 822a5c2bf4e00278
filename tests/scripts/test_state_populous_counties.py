"""scripts/state_populous_counties.py: each state's most populous county from UWCHR's table."""

from __future__ import annotations

import yaml

from tests.scripts.script_module import load_script


def test_each_state_gets_its_county_with_the_largest_estimate_and_unreadable_rows_are_left_out() -> None:
    module = load_script("state_populous_counties")
    rows = [
        {"name": "harris county, texas", "estimate": "4602523"},
        {"name": "dallas county, texas", "estimate": "2600840"},
        {"name": "nowhere county, atlantis", "estimate": "9999999"},  # no such state
        {"name": "bexar county, texas", "estimate": "NA"},  # no estimate
        {"name": "anchorage municipality, alaska", "estimate": "296112"},
    ]
    assert module.most_populous(rows) == {
        "AK": {"county": "anchorage municipality", "population_2022": 296112},
        "TX": {"county": "harris county", "population_2022": 4602523},
    }


def test_the_search_data_file_is_what_the_script_makes_of_the_projects_table() -> None:
    module = load_script("state_populous_counties")
    written = yaml.safe_load(module.OUTPUT.read_text(encoding="utf-8"))
    assert written == module.read_table(module.TABLE)
    assert written["TX"]["county"] == "harris county"
