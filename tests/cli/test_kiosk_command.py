"""`desktopguide kiosk set-pin|config`: a hashed PIN, settings in range, one sentence on bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktopguide.cli.main import main
from desktopguide.core.kiosk.pin import verify_pin


def set_pin(config: Path, pin: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(pin + "\n"))
    return main(["kiosk", "set-pin", "--pin-stdin", "--config", str(config)])


def test_set_pin_stores_a_hash_that_verifies_and_not_the_pin(tmp_path: Path, monkeypatch, capsys) -> None:
    config = tmp_path / "kiosk.json"
    assert set_pin(config, "482913", monkeypatch) == 0
    text = config.read_text(encoding="utf-8")
    assert "482913" not in text
    record = json.loads(text)["pin"]
    assert verify_pin("482913", record) and not verify_pin("482914", record)
    assert "staff PIN set" in capsys.readouterr().out


def test_a_short_pin_works_but_is_advised_against(tmp_path: Path, monkeypatch, capsys) -> None:
    assert set_pin(tmp_path / "kiosk.json", "4829", monkeypatch) == 0
    assert "6 digits is harder to guess" in capsys.readouterr().out


@pytest.mark.parametrize("pin", ["12", "12ab56", "", "1234567890123"])
def test_a_bad_pin_is_one_sentence_and_exit_2_and_changes_nothing(
    tmp_path: Path, monkeypatch, capsys, pin: str
) -> None:
    config = tmp_path / "kiosk.json"
    assert set_pin(config, "482913", monkeypatch) == 0
    before = config.read_text(encoding="utf-8")
    capsys.readouterr()
    assert set_pin(config, pin, monkeypatch) == 2
    err = capsys.readouterr().err
    assert err.startswith("desktopguide: the PIN must") and err.count("\n") == 1
    assert config.read_text(encoding="utf-8") == before


def test_config_changes_and_shows_the_settings_and_keeps_the_pin(tmp_path: Path, monkeypatch, capsys) -> None:
    config = tmp_path / "kiosk.json"
    set_pin(config, "482913", monkeypatch)
    args = ["kiosk", "config", "--config", str(config)]
    assert main([*args, "--idle-seconds", "90", "--print-limit", "6", "--start-in-kiosk-mode", "yes", "--show"]) == 0
    out = capsys.readouterr().out
    assert "idle seconds:        90" in out and "print limit (pages): 6" in out and "start in kiosk mode: yes" in out
    assert "staff PIN:           set" in out
    stored = json.loads(config.read_text(encoding="utf-8"))
    assert verify_pin("482913", stored["pin"])


def test_config_with_no_file_shows_the_defaults_and_a_missing_pin(tmp_path: Path, capsys) -> None:
    assert main(["kiosk", "config", "--config", str(tmp_path / "kiosk.json")]) == 0
    out = capsys.readouterr().out
    assert "NOT SET" in out and "idle seconds:        120" in out
    assert not (tmp_path / "kiosk.json").exists()


@pytest.mark.parametrize(
    ("option", "said"), [("--idle-seconds=5", "between 30 and 3600"), ("--print-limit=-1", "between 0 and 100")]
)
def test_config_out_of_range_is_one_sentence_and_exit_2(tmp_path: Path, capsys, option: str, said: str) -> None:
    assert main(["kiosk", "config", "--config", str(tmp_path / "kiosk.json"), option]) == 2
    err = capsys.readouterr().err
    assert said in err and err.count("\n") == 1


def test_a_damaged_file_is_named_and_not_overwritten(tmp_path: Path, monkeypatch, capsys) -> None:
    config = tmp_path / "kiosk.json"
    config.write_text("{", encoding="utf-8")
    assert set_pin(config, "482913", monkeypatch) == 2
    assert "not valid JSON" in capsys.readouterr().err
    assert config.read_text(encoding="utf-8") == "{"


def test_set_pin_without_a_terminal_asks_for_pin_stdin(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktopguide", "kiosk", "set-pin", "--config", str(tmp_path / "kiosk.json")],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "--pin-stdin" in result.stderr and "Traceback" not in result.stderr


def test_config_sets_and_clears_the_home_zip_for_cards(tmp_path: Path, capsys) -> None:
    config = tmp_path / "kiosk.json"
    assert main(["kiosk", "config", "--config", str(config), "--home-zip", "60601", "--show"]) == 0
    assert json.loads(config.read_text(encoding="utf-8"))["home_zip"] == "60601"
    assert "home ZIP for cards:  60601" in capsys.readouterr().out
    assert main(["kiosk", "config", "--config", str(config), "--home-zip", ""]) == 0
    assert json.loads(config.read_text(encoding="utf-8"))["home_zip"] == ""


@pytest.mark.parametrize("bad", ["6060", "99999", "abcde"])
def test_a_bad_home_zip_is_one_sentence_and_changes_nothing(tmp_path: Path, capsys, bad: str) -> None:
    config = tmp_path / "kiosk.json"
    assert main(["kiosk", "config", "--config", str(config), "--home-zip", bad]) != 0
    assert "home ZIP code must be a U.S. ZIP code" in capsys.readouterr().err
    assert not config.exists()
