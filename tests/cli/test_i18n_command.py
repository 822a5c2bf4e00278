"""`desktopguide i18n stats` counts interface strings and content per language."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktopguide.cli.main import main

FULL_GUIDES = ("es", "ar", "zh", "fr", "vi", "am", "prs", "ht")


@pytest.fixture(scope="module")
def report() -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "desktopguide", "i18n", "stats", "--json"], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def test_stats_reports_every_language_with_interface_and_each_kind_of_content(report: dict) -> None:
    assert len(report) == 19
    assert report["en"]["ui"]["status"] == "source"
    for code, row in report.items():
        assert set(row) >= {"name", "ui", "guides", "cards", "directory", "places", "glossary"}, code
    assert report["es"]["directory"]["machine"] == report["en"]["directory"]["source"] > 0


def test_shipped_content_covers_the_languages_the_product_promises(report: dict) -> None:
    for code, row in report.items():
        if code == "en":
            continue
        # The whole interface, made by us and said to be so.
        assert row["ui"]["translated"] == row["ui"]["total"] > 0, code
        assert row["ui"]["status"] == "machine", code
        # Every card and every glossary term, in every language, none out of date.
        for kind in ("cards", "glossary"):
            assert row[kind]["missing"] == row[kind]["out_of_date"] == 0, (code, kind)
    for code in FULL_GUIDES:
        assert report[code]["guides"]["missing"] == report[code]["guides"]["out_of_date"] == 0, code


def test_stats_table_has_a_row_per_language() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktopguide", "i18n", "stats"], capture_output=True, text=True, check=True
    )
    table, summary = result.stdout.split("\n\n", 1)
    rows = table.splitlines()[2:]
    assert len(rows) == 19
    assert rows[0].split()[:2] == ["en", "English"]
    english = rows[0].split()
    assert english[-1] == f"{english[3]}/{english[3]}"  # English: every guide complete
    assert " of 19 languages with every guide (" in summary


def test_stats_counts_complete_guides_and_says_when_no_person_reviewed_any(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--content", str(content), "i18n", "stats"]) == 0
    out = capsys.readouterr().out
    assert "1 of 3 languages with every guide (2 guides" in out
    assert "Every translation is a machine translation: no person has reviewed one yet." in out
