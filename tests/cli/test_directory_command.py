"""`desktopguide directory`: filters, distance_km, bad input, and HSDS import and export."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktopguide.cli.main import main
from desktopguide.core.content.loader import load_library
from tests.content_factory import write
from tests.directory_content import write_directory_content


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_directory_content(tmp_path_factory.mktemp("content") / "resources")


def directory(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["directory", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def as_json(capsys, *args: str) -> dict:
    code, out, err = directory(capsys, *args, "--json")
    assert code == 0 and err == "", err
    return json.loads(out)


def result_ids(data: dict) -> list[str]:
    return [r["id"] for r in data["results"]]


def test_a_zip_gives_distance_km_on_every_result_nearest_first(content: Path, capsys) -> None:
    data = as_json(capsys, "--zip", "22314", "--content", str(content))
    assert result_ids(data) == ["city-hotline", "near-help", "arlington-help", "richmond-help", "national-hotline"]
    distances = [r["distance_km"] for r in data["results"]]
    assert all("distance_km" in r for r in data["results"])
    assert distances[-1] is None and distances[:-1] == sorted(distances[:-1])
    assert data["where"]["county"] == "Alexandria city"


def test_without_a_zip_there_is_no_distance(content: Path, capsys) -> None:
    data = as_json(capsys, "--county", "Arlington County, VA", "--content", str(content))
    assert set(result_ids(data)) == {"arlington-help", "near-help", "richmond-help", "national-hotline"}
    assert all("distance_km" not in r for r in data["results"])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--service", "immigration-legal-help"), ["near-help", "richmond-help"]),
        (("--language", "ar"), ["arlington-help", "national-hotline"]),
        (("--language", "Spanish"), ["near-help", "richmond-help", "national-hotline"]),
        (("--fees", "free,sliding-scale"), ["near-help", "arlington-help"]),
        (("--accreditation", "attorneys"), ["arlington-help"]),
        (("--kind", "public-office"), ["city-hotline"]),
        (("--within-km", "50"), ["city-hotline", "near-help", "arlington-help", "national-hotline"]),
        (("--limit", "2"), ["city-hotline", "near-help"]),
    ],
)
def test_each_filter(content: Path, capsys, args: tuple[str, ...], expected: list[str]) -> None:
    assert result_ids(as_json(capsys, "--zip", "22314", *args, "--content", str(content))) == expected


def test_the_plain_listing_shows_phones_distance_and_the_stale_flag(content: Path, capsys) -> None:
    code, out, _err = directory(capsys, "--zip", "22314", "--content", str(content))
    assert code == 0
    assert out.startswith("Help that serves 22314 (Alexandria, Alexandria city, VA):")
    assert "Phone: (703) 555-0100 (Intake line)" in out
    assert "Cost: Free" in out and "Accreditation: DOJ-recognized organization, Accredited representative" in out
    arlington = out.split("Arlington Defense Project")[1].split("\n\n")[0]
    assert "(details over 12 months old)" in arlington and "About 6 mi (9.7 km) away" in arlington
    assert "Distance unknown: no street address" in out.split("National Rights Hotline")[1]
    assert "Not confirmed by a source: schedule" in out


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (("--zip", "abc"), "abc is not a ZIP code: a ZIP code has five digits."),
        (("--zip", "99999"), "There is no U.S. ZIP code 99999."),
        (("--zip", ""), "Type a ZIP code"),
        (("--county", "Atlantis County, VA"), "There is no county or city called Atlantis County in Virginia."),
        (("--service", "haircuts"), "'haircuts' is not a service"),
        (("--language", "klingon"), "'klingon' is not a language of this guide"),
        (("--within-km", "10"), "--within-km needs --zip"),
    ],
)
def test_bad_input_is_one_sentence_on_stderr_and_a_non_zero_exit(args: tuple[str, ...], sentence: str) -> None:
    result = subprocess.run([sys.executable, "-m", "desktopguide", "directory", *args], capture_output=True, text=True)
    assert result.returncode != 0
    assert result.stdout == ""
    assert sentence in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr


def test_export_then_import_writes_record_files_that_load_the_same(content: Path, tmp_path: Path, capsys) -> None:
    for fmt, out in (("csv", tmp_path / "pkg"), ("json", tmp_path / "directory.json")):
        code, _out, err = directory(capsys, "export", "--format", fmt, "-o", str(out), "--content", str(content))
        assert code == 0 and "6 records exported" in err
    assert (tmp_path / "pkg/datapackage.json").is_file() and (tmp_path / "pkg/services.csv").is_file()
    original = load_library(content).directory
    for source in ("pkg", "directory.json"):
        target = tmp_path / f"{source}-records"
        code, out, err = directory(
            capsys, "import", str(tmp_path / source), "--out", str(target), "--content", str(content)
        )
        assert code == 0, out + err
        assert "6 records written" in err
        assert sorted(p.stem for p in target.glob("*.yaml")) == sorted(original)
        written = (target / "near-help.yaml").read_text(encoding="utf-8")
        assert "postal_code: '22314'" in written and "fees: free" in written


def test_import_reports_bad_rows_keeps_good_ones_and_exits_1(content: Path, tmp_path: Path, capsys) -> None:
    write(
        tmp_path / "pkg/services.csv",
        "id,name,description,assured_date,fees_description\n"
        "good,Good Desk,Help.,2026-01-01,free\n"
        "bad,Bad Desk,Help.,2026-01-01,maybe\n",
    )
    write(tmp_path / "pkg/service_areas.csv", "id,service_id,name\na1,good,VA\na2,bad,VA\n")
    args = [
        "import",
        str(tmp_path / "pkg"),
        "--out",
        str(tmp_path / "out"),
        "--source",
        "legal-article",
        "--service",
        "immigration-legal-help",
        "--content",
        str(content),
    ]
    code, out, err = directory(capsys, *args)
    assert code == 1
    assert (
        out.strip()
        == "services.csv, row 3, column fees_description: 'maybe' is not one of: free, sliding-scale, low-cost, fee"
    )
    assert "1 record written" in err and "1 problem" in err
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["good.yaml"]
    code, out, _err = directory(capsys, *args, "--json")
    data = json.loads(out)
    assert code == 1 and data["written"] == []  # good.yaml exists and --replace was not given
    problems = {(p["file"], p["row"], p["column"]) for p in data["problems"]}
    assert ("services.csv", 3, "fees_description") in problems


def test_import_of_a_missing_file_is_reported(content: Path, tmp_path: Path, capsys) -> None:
    code, out, _err = directory(
        capsys, "import", str(tmp_path / "nothing.json"), "--out", str(tmp_path / "out"), "--content", str(content)
    )
    assert code == 1 and "there is no such file or folder" in out
