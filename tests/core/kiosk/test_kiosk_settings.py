"""The kiosk settings file: defaults, round trip, damage named in one sentence, owner-only."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from desktopguide.core.kiosk.pin import hash_pin, verify_pin
from desktopguide.core.kiosk.settings import (
    ENV_VAR,
    KioskSettings,
    KioskSettingsError,
    load_settings,
    save_settings,
    settings_path,
)


def test_no_file_means_the_defaults(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "kiosk.json")
    assert (settings.idle_seconds, settings.print_limit, settings.start_in_kiosk_mode, settings.pin) == (
        120,
        4,
        False,
        None,
    )


def test_settings_round_trip_and_only_the_owner_can_read_them(tmp_path: Path) -> None:
    path = tmp_path / "new" / "kiosk.json"
    save_settings(
        KioskSettings(idle_seconds=300, print_limit=0, start_in_kiosk_mode=True, pin=hash_pin("482913")), path
    )
    again = load_settings(path)
    assert (again.idle_seconds, again.print_limit, again.start_in_kiosk_mode) == (300, 0, True)
    assert verify_pin("482913", again.pin)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind


def test_the_environment_variable_or_an_explicit_path_chooses_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from-env.json"))
    assert settings_path() == tmp_path / "from-env.json"
    assert settings_path(tmp_path / "explicit.json") == tmp_path / "explicit.json"
    monkeypatch.delenv(ENV_VAR)
    assert settings_path().name == "kiosk.json"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("{", "not valid JSON"),
        ("[]", "JSON object"),
        ('{"idle_seconds": 5}', "between 30 and 3600"),
        ('{"idle_seconds": "soon"}', "whole number"),
        ('{"print_limit": 1000}', "between 0 and 100"),
        ('{"start_in_kiosk_mode": "yes"}', "true or false"),
        ('{"pin": {"kdf": "plain", "pin": "1234"}}', "scrypt"),
        ("[" * 100_000, "not valid settings JSON"),
        ('{"idle_seconds": ' + "9" * 5000 + "}", "not valid settings JSON"),
        ("\udcff\udcfe", "not UTF-8"),
    ],
)
def test_a_damaged_file_is_named_in_one_sentence(tmp_path: Path, text: str, said: str) -> None:
    path = tmp_path / "kiosk.json"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    with pytest.raises(KioskSettingsError, match=said) as error:
        load_settings(path)
    assert str(path) in str(error.value)


def test_stored_json_has_the_hash_beside_its_parameters(tmp_path: Path) -> None:
    path = save_settings(KioskSettings(pin=hash_pin("482913")), tmp_path / "kiosk.json")
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert set(stored["pin"]) == {"kdf", "n", "r", "p", "salt", "hash"}


def test_settings_that_cannot_be_saved_say_why_in_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(KioskSettingsError) as error:
        save_settings(KioskSettings(), Path("/proc/kiosk.json"))
    assert "system folder" in str(error.value) and "None" not in str(error.value)
