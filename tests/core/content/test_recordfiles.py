"""Reading one content file: a file that cannot be read or parsed is reported by file and line, never raised."""

from __future__ import annotations

from pathlib import Path

from desktopguide.core.content.problems import ProblemLog
from desktopguide.core.content.recordfiles import parse_file, read_yaml_file
from desktopguide.core.content.yamldoc import parse_front_matter, parse_yaml


def test_a_file_that_cannot_be_read_is_reported_and_skipped(tmp_path: Path) -> None:
    log = ProblemLog()
    missing = tmp_path / "gone.md"
    assert parse_file(missing, log, parse_front_matter) is None
    assert [(p.path, p.line) for p in log.problems] == [(missing, 1)]
    assert "cannot be read" in log.problems[0].message


def test_a_parse_error_is_reported_at_its_line(tmp_path: Path) -> None:
    log = ProblemLog()
    path = tmp_path / "broken.yaml"
    path.write_text("id: one\nname: [unclosed\n", encoding="utf-8")
    assert parse_file(path, log, parse_yaml) is None
    assert log.error_count(path) == 1 and log.problems[0].line >= 2


def test_an_empty_yaml_file_is_reported_as_empty(tmp_path: Path) -> None:
    log = ProblemLog()
    path = tmp_path / "empty.yaml"
    path.write_text("", encoding="utf-8")
    assert read_yaml_file(path, log) is None
    assert log.problems[0].message == "the file is empty"
