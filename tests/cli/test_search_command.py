"""`desktopguide search`: results as text or JSON, filters, and one sentence for bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktopguide.cli.main import main


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "xdg-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


def search(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["search", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_lists_results_with_kind_id_lang_title_snippet_and_score(content: Path, capsys) -> None:
    code, out, err = search(capsys, "door", "--content", str(content), "--json")
    assert code == 0 and err == ""
    results = json.loads(out)
    assert isinstance(results, list) and results
    first = results[0]
    assert {"kind", "id", "lang", "title", "snippet", "score"} <= set(first)
    assert (first["kind"], first["id"], first["lang"]) == ("guide", "agents-at-door", "en")
    assert "door" in first["snippet"].lower()
    assert isinstance(first["score"], float)


def test_the_readers_language_comes_first(content: Path, capsys) -> None:
    code, out, _err = search(capsys, "puerta", "--lang", "es", "--content", str(content), "--json")
    assert code == 0
    first = json.loads(out)[0]
    assert (first["id"], first["lang"], first["title"]) == (
        "agents-at-door",
        "es",
        "Agentes de inmigración en su puerta",
    )


def test_kind_limits_the_results(content: Path, capsys) -> None:
    code, out, _err = search(capsys, "alexandria", "--kind", "place", "--content", str(content), "--json")
    assert code == 0
    assert [(r["kind"], r["id"]) for r in json.loads(out)] == [("place", "us-va-alexandria")]


def test_limit_caps_the_number_of_results(content: Path, capsys) -> None:
    code, out, _err = search(capsys, "the", "--limit", "1", "--content", str(content), "--json")
    assert code == 0 and len(json.loads(out)) == 1


def test_a_typo_is_corrected_and_said_on_stderr_with_json(content: Path, capsys) -> None:
    code, out, err = search(capsys, "detainr", "--content", str(content), "--json")
    assert code == 0
    assert err.strip() == "Showing results for “detainer”."
    assert json.loads(out)[0]["id"] == "detainer"


def test_text_output_groups_results_by_kind(content: Path, capsys) -> None:
    code, out, err = search(capsys, "alexandria", "--content", str(content))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert "Organizations" in lines and "Places" in lines
    assert "  Alex311  [org:city-hotline]" in lines
    assert lines.index("  Alex311  [org:city-hotline]") > lines.index("Organizations")


def test_text_output_names_the_language_of_a_result_in_another_one(content: Path, capsys) -> None:
    code, out, _err = search(capsys, "stopped", "--lang", "es", "--content", str(content))
    assert code == 0
    assert "  Stopped by police  [guide:stopped]  (English)" in out.splitlines()


def test_text_output_says_when_nothing_matches(content: Path, capsys) -> None:
    code, out, _err = search(capsys, "zzzzqqq", "--content", str(content))
    assert code == 0 and out.strip() == "No results."


@pytest.mark.parametrize("query", ['NEAR("ice" AND', "*", "😀", "\x00", "(" * 10_000, ""])
def test_any_query_prints_valid_json(content: Path, capsys, query: str) -> None:
    code, out, _err = search(capsys, query, "--content", str(content), "--json")
    assert code == 0 and isinstance(json.loads(out), list)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--lang", "xx"], "'xx' is not a language of this guide"),
        (["--kind", "people"], "'people' is not a kind of record; use one of: guide, org, place, term."),
        (["--limit", "abc"], "--limit must be a whole number from 1 to 1000, not 'abc'."),
        (["--limit", "0"], "--limit must be a whole number from 1 to 1000, not '0'."),
        (["--limit", "5000"], "--limit must be a whole number from 1 to 1000, not '5000'."),
    ],
)
def test_bad_options_are_one_sentence_and_a_non_zero_exit(content: Path, capsys, args: list[str], message: str) -> None:
    code, out, err = search(capsys, "door", "--content", str(content), "--json", *args)
    assert code != 0 and out == ""
    assert err.startswith("desktopguide: " + message)
    assert err.count("\n") == 1 and "Traceback" not in err


def test_the_installed_command_searches_the_bundled_content(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run(
        [sys.executable, "-m", "desktopguide", "search", "la migra", "--lang", "es", "--json", "--limit", "3"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    results = json.loads(result.stdout)
    assert len(results) == 3 and all(r["lang"] == "es" for r in results)
    assert (tmp_path / "cache" / "desktopguide" / "search").is_dir()


def test_near_lists_legal_help_by_that_zip_code_first(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DESKTOPGUIDE_KIOSK_CONFIG", str(tmp_path / "kiosk.json"))  # no home ZIP code kept
    code, out, err = search(capsys, "I need a lawyer", "--near", "77036", "--json")
    assert code == 0, err
    orgs = [r["id"] for r in json.loads(out) if r["kind"] == "org"]
    assert orgs and all("-tx-" in org for org in orgs[:3]), orgs[:3]  # the official lists' offices in Texas


@pytest.mark.parametrize(
    ("near", "sentence"),
    [
        ("99999", "There is no U.S. ZIP code 99999."),
        ("Houston, TX", "Houston, TX is not a ZIP code: a ZIP code has five digits."),
        ("2231", "2231 is not a ZIP code: a ZIP code has five digits."),
    ],
)
def test_a_bad_near_is_one_sentence_and_a_non_zero_exit(capsys, content: Path, near: str, sentence: str) -> None:
    code, out, err = search(capsys, "lawyer", "--near", near, "--content", str(content))
    assert code != 0 and out == ""
    assert err.strip() == f"desktopguide: {sentence}"
