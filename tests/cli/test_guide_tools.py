"""`desktopguide i18n guide-todo|guide-stamp|guide-check`: the translators' commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktopguide.cli.main import main
from tests.content_factory import write


def test_guide_todo_names_the_file_to_write_and_the_count(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["i18n", "guide-todo", "es", "--content", str(content)]) == 0
    captured = capsys.readouterr()
    assert f"missing      {content / 'guides/stopped/es.md'}" in captured.out
    assert "es: 1 of 2 guides complete, 1 to do" in captured.err


def test_guide_todo_refuses_an_unknown_language(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["i18n", "guide-todo", "xx", "--content", str(content)]) == 2
    assert "'xx' is not a language to translate into" in capsys.readouterr().err


def test_guide_stamp_makes_an_out_of_date_translation_current(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english = content / "guides/agents-at-door/en.md"
    english.write_text(
        english.read_text(encoding="utf-8").replace("Keep the door closed.", "Keep it shut."), encoding="utf-8"
    )
    translated = content / "guides/agents-at-door/es.md"
    assert main(["i18n", "guide-check", "--no-cards", str(translated)]) == 0
    assert "warning: out of date" in capsys.readouterr().out
    assert main(["i18n", "guide-stamp", str(translated)]) == 0
    assert "status machine, from_hash" in capsys.readouterr().out
    assert main(["i18n", "guide-check", "--no-cards", str(translated)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "0 errors, 0 warnings" in captured.err


def test_guide_stamp_refuses_the_english_file_and_a_missing_file(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            ["i18n", "guide-stamp", str(content / "guides/agents-at-door/en.md"), str(content / "guides/stopped/es.md")]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert "en.md is the English source" in err
    assert "no such file" in err


def test_guide_check_reports_only_the_files_asked_for(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(content / "guides/stopped/es.md", "---\nid: stopped\ntitle: Parado\n---\n# Parado\n")
    assert main(["i18n", "guide-check", "--no-cards", str(content / "guides/agents-at-door/es.md")]) == 0
    assert capsys.readouterr().out == ""
    assert main(["i18n", "guide-check", "--no-cards", str(content / "guides/stopped/es.md")]) == 1
    assert f"{content / 'guides/stopped/es.md'}:2: error: the header is" in capsys.readouterr().out
