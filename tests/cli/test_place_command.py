"""`desktopguide place`: local policy with sources and dates, claims marked, the fallback, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktopguide.cli.main import main
from tests.directory_content import write_directory_content


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_directory_content(tmp_path_factory.mktemp("content") / "resources")


def place(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["place", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def flat(text: str) -> str:
    """The text with its line wrapping undone."""
    return " ".join(text.split())


def test_a_zip_shows_the_city_and_state_facts_with_source_and_date(content: Path, capsys) -> None:
    code, out, err = place(capsys, "22314", "--content", str(content))
    assert code == 0 and err == ""
    assert out.startswith("What happens here: 22314 (Alexandria, Alexandria city, VA)")
    assert "Alexandria (city)" in out and "Virginia (state)" in out
    assert "Has a 287(g) agreement with ICE? No" in out
    assert "Source: Status of ICE Operations, City of Alexandria, Virginia. As of February 19, 2026." in flat(out)
    assert "General legal information, not legal advice." in out


def test_claims_are_marked_as_claims_and_old_profiles_as_old(content: Path, capsys) -> None:
    code, out, _err = place(capsys, "Arlington County, VA", "--content", str(content))
    assert code == 0
    assert "Tells ICE when someone will be released? Claim by A community group, not confirmed." in flat(out)
    assert "Not changed for over 12 months" in out
    assert "Not confirmed by a source: release dates" in out


def test_nearest_legal_help_is_listed_with_distances(content: Path, capsys) -> None:
    _code, out, _err = place(capsys, "22314", "--content", str(content))
    help_part = out.split("Nearest legal help:")[1]
    assert (
        help_part.index("Old Town Immigrant Law Clinic")
        < help_part.index("Arlington Defense Project")
        < help_part.index("National Rights Hotline")
    )
    assert "Less than 1 mi (1.6 km) away" in help_part and "Distance unknown: no street address" in help_part
    assert "Phone: (703) 555-0100" in help_part


def test_a_county_without_a_profile_says_so_plainly(content: Path, capsys) -> None:
    code, out, _err = place(capsys, "Loudoun County, VA", "--content", str(content))
    assert code == 0
    assert "This guide has no profile for Loudoun County, VA yet." in flat(out)
    assert "Virginia (state)" in out
    assert "Local police and ICE (local-police)" in out  # a national guide


def test_json_has_facts_with_answers_sources_dates_and_help_with_distance(content: Path, capsys) -> None:
    code, out, err = place(capsys, "22314", "--json", "--content", str(content), "--lang", "es")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["location"]["county"] == "Alexandria city" and data["has_local_profile"] is True
    alexandria = data["profiles"][0]
    assert alexandria["id"] == "us-va-alexandria" and alexandria["kind"] == "city"
    fact = alexandria["facts"][0]
    assert {"answer", "text", "as_of", "sources", "is_claim", "heading"} <= set(fact)
    assert fact["sources"][0]["title"] == "Status of ICE Operations"
    help_ = data["nearest_help"]
    assert help_[0]["id"] == "near-help" and help_[0]["distance_km"] == 0.0
    assert help_[0]["description"].startswith("Ayuda legal")  # --lang es
    assert help_[-1]["distance_km"] is None


def test_json_of_a_place_with_no_profile_carries_the_sentence(content: Path, capsys) -> None:
    _code, out, _err = place(capsys, "90012", "--json", "--content", str(content))
    data = json.loads(out)
    assert data["profiles"] == [] and data["has_local_profile"] is False
    assert "no profile for California either" in data["missing"]


@pytest.mark.parametrize(
    ("where", "sentence"),
    [
        ("99999", "There is no U.S. ZIP code 99999."),
        ("abc", "abc is not a ZIP code, a county or a state."),
        ("", "Type a ZIP code"),
        ("2231", "2231 is not a ZIP code: a ZIP code has five digits."),
    ],
)
def test_bad_places_are_one_sentence_on_stderr_and_a_non_zero_exit(where: str, sentence: str) -> None:
    result = subprocess.run([sys.executable, "-m", "desktopguide", "place", where], capture_output=True, text=True)
    assert result.returncode != 0
    assert result.stdout == ""
    assert sentence in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr


def test_an_unknown_language_is_one_sentence(content: Path, capsys) -> None:
    code, out, err = place(capsys, "22314", "--lang", "xx", "--content", str(content))
    assert code != 0 and out == ""
    assert "'xx' is not a language of this guide" in err


def test_the_bundled_alexandria_profile_is_found() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktopguide", "place", "22314", "--json"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert "us-va-alexandria" in [p["id"] for p in data["profiles"]]


def test_a_zip_anywhere_shows_the_official_lists_facts_and_nearby_help(capsys) -> None:
    code, out, _err = place(capsys, "60601")
    text = flat(out)
    assert code == 0
    assert "ICE's list of May 18, 2026 shows no 287(g) agreement for an agency in Cook County, IL." in text
    assert "DOJ's sanctuary jurisdiction list of August 5, 2025 names Chicago (city)." in text
    help_part = text.split("Nearest legal help:")[1]
    assert "(312)" in help_part and "(703)" not in help_part


def test_a_county_typed_without_a_comma_resolves_with_its_state(capsys) -> None:
    code, out, _err = place(capsys, "Harris County TX")
    assert code == 0 and "287(g) agreements in Harris County, TX" in out
    code, _out, err = place(capsys, "Harris County")
    assert code != 0 and "more than one state" in err


def test_a_county_lists_local_offices_with_a_phone_before_national_records(capsys) -> None:
    code, out, _err = place(capsys, "Cook County IL", "--limit", "3")
    help_part = out.split("Nearest legal help:")[1]
    assert code == 0 and help_part.count("Phone: (") >= 3
    assert "ACLU" not in help_part
