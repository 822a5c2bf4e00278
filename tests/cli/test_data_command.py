"""`desktopguide data import` and `data status` from the command line."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from desktopguide.cli.main import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "data"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "resources"
    (folder / "data").mkdir(parents=True)
    assert main(["data", "import", "county-ice-aor", str(FIXTURES / "county-ice-area-of-responsibility-2022.csv"),
                 "--content", str(folder)]) == 0
    return folder


def test_import_prints_the_list_and_what_changed(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code = main(["data", "import", "doj-sanctuary", str(FIXTURES / "sanctuary-jurisdictions-2025-08-05.csv"),
                 "--content", str(content)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Sanctuary jurisdictions listed under Executive Order 14287, 2025-08-05: 35 records" in out
    assert "+35 jurisdictions, -0 no longer listed, 0 changed" in out
    assert (content / "data" / "doj-sanctuary.jsonl").is_file()


def test_import_json_output_is_one_clean_object(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code = main(["data", "import", "ice-287g", str(FIXTURES / "287g-participating-agencies-2026-05-18.xlsx"),
                 "--content", str(content), "--json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    data = json.loads(captured.out)
    assert data["records"] == 1843 and data["changes"]["added"] == 1843 and data["date"] == "2026-05-18"


def test_a_file_that_is_not_the_list_exits_1_with_one_sentence_and_writes_nothing(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    code = main(["data", "import", "ice-287g", str(FIXTURES / "ice-offices.xlsx"), "--content", str(content)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("desktopguide: ice-offices.xlsx is not ICE's 287(g) list") and err.count("\n") == 1
    assert "Traceback" not in err
    assert not (content / "data" / "ice-287g.jsonl").exists()


def test_an_older_edition_exits_1_unless_forced(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = FIXTURES / "sanctuary-jurisdictions-2025-08-05.csv"
    assert main(["data", "import", "doj-sanctuary", str(source), "--content", str(content)]) == 0
    older = tmp_path / "sanctuary-jurisdictions-2025-01-01.csv"
    shutil.copyfile(source, older)
    capsys.readouterr()
    assert main(["data", "import", "doj-sanctuary", str(older), "--content", str(content)]) == 1
    assert "older edition" in capsys.readouterr().err
    assert main(["data", "import", "doj-sanctuary", str(older), "--content", str(content), "--force"]) == 0


def test_status_warns_about_lists_older_than_the_threshold(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["data", "status", "--content", str(content), "--max-age-days", "30"]) == 0
    captured = capsys.readouterr()
    assert "county-ice-aor   2022-01-01" in captured.out
    assert "warning: county-ice-aor is" in captured.err and "more than 30" in captured.err
    assert "eoir-roster: missing" in captured.err


def test_status_json_marks_old_lists(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["data", "status", "--content", str(content), "--json", "--max-age-days", "100000"]) == 0
    data = json.loads(capsys.readouterr().out)
    rows = {row["kind"]: row for row in data["lists"]}
    assert rows["county-ice-aor"]["too_old"] is False and rows["county-ice-aor"]["records"] == 3220
    assert rows["ice-287g"]["problem"] == "missing"


def test_a_slow_imports_progress_goes_to_the_stderr_in_force_when_it_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    # An import that takes over a second shows a percentage; sys.stderr may have been replaced
    # since the module was imported (a closed stream there made the command end with exit 2).
    from desktopguide.cli.data_command import ProgressLine

    stream = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)
    progress = ProgressLine("importing ice-287g")
    progress.started -= 2  # as if the import had been going for two seconds
    progress(0.5)
    progress.close()
    assert stream.getvalue() == "\rimporting ice-287g:  50%\n"
