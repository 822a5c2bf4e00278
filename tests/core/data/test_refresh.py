"""A maintainer's refresh: broken or wrong files are refused with one sentence and nothing is
written; an older edition is refused unless forced; the change summary names what changed."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from desktopguide.core.data.cleaning import ListFormatError
from desktopguide.core.data.refresh import OlderEditionError, run_import, status
from desktopguide.core.data.snapshot import read_snapshot, snapshot_path

PARTICIPATING = "287g-participating-agencies-2026-05-18.xlsx"
STATISTICS = "detention-statistics-FY26-2026-04-09.xlsx"
ROSTER = "raroster-orgs-reps-by-state-and-city-2025-04-21.pdf"


def assert_refused(kind: str, source: Path, content: Path, words: str) -> None:
    """The import fails with a sentence containing `words`, and the content folder is unchanged."""
    before = {p.name: p.read_bytes() for p in (content / "data").iterdir()}
    with pytest.raises(ListFormatError) as raised:
        run_import(kind, source, content)
    message = str(raised.value)
    assert words in message
    assert "\n" not in message and message.endswith(".")
    after = {p.name: p.read_bytes() for p in (content / "data").iterdir()}
    assert after == before


def test_a_workbook_without_the_facilities_sheet_is_refused(fixtures: Path, content_copy: Path, tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(fixtures / STATISTICS)
    workbook["Facilities FY26"].title = "Facilities FY25"
    broken = tmp_path / "detention-statistics-FY26-2026-04-09.xlsx"
    workbook.save(broken)
    assert_refused("ice-facilities", broken, content_copy, "has no sheet called 'Facilities FY26'")


def test_a_287g_sheet_missing_a_column_is_refused(fixtures: Path, content_copy: Path, tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(fixtures / PARTICIPATING)
    sheet = workbook.worksheets[0]
    for cell in sheet[1]:
        if str(cell.value or "").strip() == "SUPPORT TYPE":
            cell.value = None
    broken = tmp_path / PARTICIPATING
    workbook.save(broken)
    assert_refused("ice-287g", broken, content_copy, "has no SUPPORT TYPE column")


def test_a_truncated_roster_pdf_is_refused(fixtures: Path, content_copy: Path, tmp_path: Path) -> None:
    broken = tmp_path / ROSTER
    broken.write_bytes((fixtures / ROSTER).read_bytes()[:300_000])
    assert_refused("eoir-roster", broken, content_copy, ROSTER)


def test_the_wrong_list_is_refused(fixtures: Path, content_copy: Path) -> None:
    assert_refused("ice-287g", fixtures / "ice-offices.xlsx", content_copy, "is not ICE's 287(g) list")
    assert_refused("eoir-recognized", fixtures / "pro-bono-providers-2026-07.json", content_copy,
                   "is not the list of recognized organizations")
    assert_refused("eoir-roster", fixtures / PARTICIPATING, content_copy, "is not a PDF")
    assert_refused("hud-zip-county", fixtures / "sanctuary-jurisdictions-2025-08-05.csv", content_copy,
                   "is not HUD's ZIP to county crosswalk")
    assert_refused("ice-over-72", fixtures / STATISTICS, content_copy, "over 72 hours")
    assert_refused("ice-287g", fixtures / ROSTER, content_copy, "is not an Excel workbook that can be read")
    assert_refused("doj-sanctuary", fixtures / "pro-bono-providers-2026-07.json", content_copy,
                   "is not DOJ's sanctuary jurisdiction list")


def test_a_truncated_workbook_is_refused(fixtures: Path, content_copy: Path, tmp_path: Path) -> None:
    broken = tmp_path / PARTICIPATING
    broken.write_bytes((fixtures / PARTICIPATING).read_bytes()[:50_000])
    assert_refused("ice-287g", broken, content_copy, "is not an Excel workbook that can be read")


def test_an_older_edition_is_refused_unless_forced(fixtures: Path, content_copy: Path, tmp_path: Path) -> None:
    run_import("ice-287g", fixtures / PARTICIPATING, content_copy)
    older = tmp_path / "287g-participating-agencies-2026-01-10.xlsx"
    shutil.copyfile(fixtures / PARTICIPATING, older)
    with pytest.raises(
        OlderEditionError, match=r"older edition \(January 10, 2026\) than the one in use \(May 18, 2026\)"
    ):
        run_import("ice-287g", older, content_copy)
    assert read_snapshot(snapshot_path(content_copy, "ice-287g")).header.date == "2026-05-18"
    outcome = run_import("ice-287g", older, content_copy, force=True)
    assert outcome.header.date == "2026-01-10"


def test_the_change_summary_counts_added_ended_and_changed_agreements(
    fixtures: Path, content_copy: Path, tmp_path: Path
) -> None:
    run_import("ice-287g", fixtures / PARTICIPATING, content_copy)
    workbook = openpyxl.load_workbook(fixtures / PARTICIPATING)
    sheet = workbook.worksheets[0]
    ended = [str(sheet.cell(row, 2).value).strip() for row in (2, 5)]
    for row in (2, 5):  # emptied rather than deleted: openpyxl would not move the links up
        for cell in sheet[row]:
            cell.value = None
    # A new agreement, as the next edition would add it.
    sheet.cell(1900, 1, "TEXAS")
    for column, value in enumerate(
        [
            "Example Police Department",
            "Municipality",
            "Harris County",
            "Task Force Model",
            dt.datetime(2026, 5, 20),
            "link pending",
        ],
        start=2,
    ):
        sheet.cell(1900, column, value)
    newer = tmp_path / "287g-participating-agencies-2026-05-25.xlsx"
    workbook.save(newer)
    outcome = run_import("ice-287g", newer, content_copy)
    summary = outcome.changes.summary()
    assert summary.splitlines()[0] == "+1 agreements, -2 ended, 0 changed"
    assert "+ Example Police Department (TX)" in summary
    assert all(f"- {name}" in summary for name in ended)
    assert outcome.changes.added[0]["county_fips"] == "48201"
    data = outcome.changes.as_dict()
    assert (data["added"], data["removed"], data["changed"]) == (1, 2, 0)


def test_the_same_file_twice_changes_nothing(fixtures: Path, content_copy: Path) -> None:
    run_import("doj-sanctuary", fixtures / "sanctuary-jurisdictions-2025-08-05.csv", content_copy)
    outcome = run_import("doj-sanctuary", fixtures / "sanctuary-jurisdictions-2025-08-05.csv", content_copy)
    assert outcome.changes.summary() == "no change: the same jurisdictions as before."


def test_a_changed_record_names_its_changed_fields(fixtures: Path, content_copy: Path, tmp_path: Path) -> None:
    run_import("eoir-recognized", fixtures / "recognized-organizations-2026-09-13.json", content_copy)
    rows = json.loads((fixtures / "recognized-organizations-2026-09-13.json").read_text(encoding="utf-8"))
    rows[0]["phone"] = "(503) 810-2910"
    newer = tmp_path / "recognized-organizations-2026-10-01.json"
    newer.write_text(json.dumps(rows), encoding="utf-8")
    outcome = run_import("eoir-recognized", newer, content_copy)
    assert outcome.changes.summary().splitlines()[0] == "+0 organizations, -0 no longer recognized, 1 changed"
    assert "~ Adelante Mujeres (Forest Grove, OR): phone" in outcome.changes.summary()


def test_status_lists_each_list_with_its_age_and_the_missing_ones(fixtures: Path, content_copy: Path) -> None:
    lists = {item.snapshot: item for item in status(content_copy, dt.date(2026, 12, 6))}
    assert lists["hud-zip-county"].header is not None
    assert lists["hud-zip-county"].age_days == (dt.date(2026, 12, 6) - dt.date(2023, 3, 1)).days
    assert lists["ice-287g"].problem == "missing"


def test_hud_crosswalk_reads_hud_own_workbook_and_dates_it_by_its_name(
    fixtures: Path, content_copy: Path, tmp_path: Path
) -> None:
    lines = (fixtures / "hud-zip-county-2023q1.csv").read_text(encoding="utf-8").splitlines()
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(lines[0].split(","))
    for line in lines[1:]:
        if line.startswith(("22314,", "31822,")):
            cells = line.split(",")
            # HUD's workbook stores ZIP and county as text; numbers would lose leading zeros.
            sheet.append(cells[:4] + [float(x) for x in cells[4:]])
    newer = tmp_path / "ZIP_COUNTY_062024.xlsx"
    workbook.save(newer)
    outcome = run_import("hud-zip-county", newer, content_copy)
    assert outcome.header.date == "2024-06-01"
    crosswalk = {r["id"]: r for r in read_snapshot(snapshot_path(content_copy, "hud-zip-county")).records}
    assert crosswalk["22314-51510"]["share"] == 1.0
    assert {r["zip"] for r in crosswalk.values()} == {"22314", "31822"}


def test_without_pdftotext_the_roster_import_says_what_to_install(
    fixtures: Path, content_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktopguide.core.data.eoir_roster.shutil.which", lambda _name: None)
    assert_refused("eoir-roster", fixtures / ROSTER, content_copy, "install poppler-utils")
