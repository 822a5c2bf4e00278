"""The kiosk's settings file, set by staff: the PIN hash, the idle time, the print limit,
whether the app starts as a kiosk, and the home ZIP code whose legal help printed cards list.

A JSON file in the user's config folder (`kiosk.json`), or wherever the environment
variable DESKTOPGUIDE_KIOSK_CONFIG points. Nothing a visitor does is ever written here.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from desktopguide.core.kiosk.pin import PinError, check_pin_record
from desktopguide.core.storage import StorageError, atomic_write_text, user_config_dir

ENV_VAR = "DESKTOPGUIDE_KIOSK_CONFIG"
FILE_NAME = "kiosk.json"

DEFAULT_IDLE_SECONDS = 120
IDLE_SECONDS_RANGE = (30, 3600)
DEFAULT_PRINT_LIMIT = 4
PRINT_LIMIT_RANGE = (0, 100)  # 0: the kiosk does not print


class KioskSettingsError(ValueError):
    """The settings file cannot be read or written, or a value is out of range; one sentence."""


@dataclass
class KioskSettings:
    idle_seconds: int = DEFAULT_IDLE_SECONDS
    print_limit: int = DEFAULT_PRINT_LIMIT  # pages each visitor may print
    start_in_kiosk_mode: bool = False
    home_zip: str = ""  # cards printed without a ZIP code list legal help near this one
    pin: dict[str, object] | None = field(default=None, repr=False)  # see kiosk_pin.hash_pin

    @property
    def has_pin(self) -> bool:
        return self.pin is not None


def settings_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The file to use: `explicit`, else $DESKTOPGUIDE_KIOSK_CONFIG, else the user config folder."""
    if explicit:
        return Path(explicit)
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    return user_config_dir() / FILE_NAME


def check_idle_seconds(value: int) -> int:
    low, high = IDLE_SECONDS_RANGE
    if not low <= value <= high:
        raise KioskSettingsError(f"the idle time must be between {low} and {high} seconds, not {value}.")
    return value


def check_print_limit(value: int) -> int:
    low, high = PRINT_LIMIT_RANGE
    if not low <= value <= high:
        raise KioskSettingsError(f"the print limit must be between {low} and {high} pages, not {value}.")
    return value


def check_home_zip(value: str) -> str:
    """A five-digit U.S. ZIP code that exists, or '' (no home ZIP code)."""
    from desktopguide.core.places.geo import zip_exists

    text = value.strip()
    if text and not (len(text) == 5 and text.isdigit() and zip_exists(text)):
        raise KioskSettingsError(
            f"the home ZIP code must be a U.S. ZIP code of five digits, such as 60601, not '{text}'."
        )
    return text


def load_settings(path: Path | None = None) -> KioskSettings:
    """The settings in `path` (defaults when there is no file); raises KioskSettingsError when damaged."""
    path = path or settings_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return KioskSettings()
    except OSError as error:
        raise KioskSettingsError(f"the kiosk settings file {path} cannot be read ({error.strerror}).") from error
    except UnicodeDecodeError as error:
        raise KioskSettingsError(f"the kiosk settings file {path} is not UTF-8 text.") from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise KioskSettingsError(f"the kiosk settings file {path} is not valid JSON (line {error.lineno}).") from error
    except (ValueError, RecursionError) as error:  # a number of thousands of digits, nesting without end
        raise KioskSettingsError(f"the kiosk settings file {path} is not valid settings JSON.") from error
    if not isinstance(data, dict):
        raise KioskSettingsError(f"the kiosk settings file {path} does not hold a JSON object.")
    settings = KioskSettings()
    try:
        if "idle_seconds" in data:
            settings.idle_seconds = check_idle_seconds(_whole_number(data["idle_seconds"], "idle_seconds"))
        if "print_limit" in data:
            settings.print_limit = check_print_limit(_whole_number(data["print_limit"], "print_limit"))
        if "start_in_kiosk_mode" in data:
            if not isinstance(data["start_in_kiosk_mode"], bool):
                raise KioskSettingsError("start_in_kiosk_mode must be true or false.")
            settings.start_in_kiosk_mode = data["start_in_kiosk_mode"]
        if data.get("home_zip"):
            if not isinstance(data["home_zip"], str):
                raise KioskSettingsError('home_zip must be a ZIP code in quotes, such as "60601".')
            settings.home_zip = check_home_zip(data["home_zip"])
        if data.get("pin") is not None:
            settings.pin = check_pin_record(data["pin"])
    except (KioskSettingsError, PinError) as error:
        raise KioskSettingsError(f"the kiosk settings file {path}: {error}") from error
    return settings


def _whole_number(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise KioskSettingsError(f"{name} must be a whole number.")
    return value


def save_settings(settings: KioskSettings, path: Path | None = None) -> Path:
    """Write the settings readable by their owner only; the file is replaced whole, never half-written."""
    path = path or settings_path()
    data = {
        "idle_seconds": settings.idle_seconds,
        "print_limit": settings.print_limit,
        "start_in_kiosk_mode": settings.start_in_kiosk_mode,
        "home_zip": settings.home_zip,
        "pin": settings.pin,
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write_text(path, json.dumps(data, indent=2) + "\n", mode=0o600)
    except StorageError as error:  # its message is already a sentence: say it, not "(None)"
        raise KioskSettingsError(f"the kiosk settings were not saved: {error}") from error
    except OSError as error:
        raise KioskSettingsError(f"the kiosk settings file {path} cannot be written ({error.strerror}).") from error
    return path


def home_zip() -> str:
    """The home ZIP code for cards, or '' when none is set or the settings cannot be read."""
    try:
        return load_settings().home_zip
    except KioskSettingsError:
        return ""
