"""The person's choices: language, text size, contrast, paper and card pair language.

Kept with QSettings in caseworker mode; a kiosk keeps them only in memory, so nothing a
visitor chose outlives their session.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QSettings

TEXT_SCALES = (100, 125, 150, 175, 200)
PAPERS = ("letter", "a4", "wallet")


@dataclass
class Preferences:
    language: str = ""
    text_scale: int = 100  # percent
    high_contrast: bool = False
    paper: str = "letter"
    pair_language: str = "en"


class PreferenceStore:
    """Reads and writes Preferences; `persistent=False` (kiosk) never touches disk."""

    def __init__(self, settings: QSettings | None = None, persistent: bool = True) -> None:
        self.persistent = persistent
        self._settings = settings if persistent else None
        if persistent and self._settings is None:
            self._settings = QSettings()

    def load(self) -> Preferences:
        prefs = Preferences()
        if self._settings is None:
            return prefs
        for item in fields(Preferences):
            value = self._settings.value(f"preferences/{item.name}")
            if value is None:
                continue
            try:
                if item.type in ("bool", bool):
                    value = str(value).lower() in ("true", "1")
                elif item.type in ("int", int):
                    value = int(value)
                else:
                    value = str(value)
            except (TypeError, ValueError):
                continue  # a damaged settings file falls back to the default
            setattr(prefs, item.name, value)
        if prefs.text_scale not in TEXT_SCALES:
            prefs.text_scale = 100
        if prefs.paper not in PAPERS:
            prefs.paper = "letter"
        return prefs

    def save(self, prefs: Preferences) -> None:
        if self._settings is None:
            return
        for item in fields(Preferences):
            self._settings.setValue(f"preferences/{item.name}", getattr(prefs, item.name))
        self._settings.sync()
