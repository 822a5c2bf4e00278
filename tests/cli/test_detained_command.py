"""`desktopguide detained`: the locator, the field office, facilities and pro bono help for a ZIP."""

from __future__ import annotations

import json

from desktopguide.cli.main import main


def test_detained_lists_the_locator_office_facilities_and_court_help(capsys) -> None:
    assert main(["detained", "77002"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "ICE's Online Detainee Locator: https://locator.ice.gov/odls/" in out
    assert "A-number and country of birth" in out
    assert "Houston Field Office" in out
    assert "The nearest detention facilities ICE lists" in out and "mi (" in out
    assert "Free legal help on the pro bono list of" in out


def test_detained_json_has_facilities_sorted_by_distance(capsys) -> None:
    assert main(["detained", "85003", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    distances = [f["distance_km"] for f in document["facilities"]]
    assert distances == sorted(distances) and distances
    assert document["field_office"]["aor"] == "PHO"


def test_a_bad_place_is_one_sentence_and_a_non_zero_exit(capsys) -> None:
    assert main(["detained", "Harris County"]) != 0
    err = capsys.readouterr().err
    assert "more than one state" in err and "Traceback" not in err
