"""The person's choices: language, text size, contrast, paper and card pair language.

Kept with QSettings in caseworker mode. A kiosk starts from the choices saved there (the
staff's) but keeps every change only in memory, so nothing a visitor chose outlives their session.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QSettings

from desktopguide.core.papers import DEFAULT_PAPER, PAPER_IDS

TEXT_SCALES = (100, 125, 150, 175, 200)


@dataclass
class Preferences:
    language: str = ""
    text_scale: int = 100  # percent
    high_contrast: bool = False
    paper: str = DEFAULT_PAPER
    pair_language: str = "en"


class PreferenceStore:
    """Reads and writes Preferences; `persistent=False` (kiosk) never writes to disk, and with
    `read_saved=True` starts from the choices saved by a persistent store."""

    def __init__(self, settings: QSettings | None = None, persistent: bool = True, read_saved: bool = False) -> None:
        self.persistent = persistent
        if settings is None and (persistent or read_saved):
            settings = QSettings()
        self._reader = settings if persistent or read_saved else None
        self._settings = settings if persistent else None

    def load(self) -> Preferences:
        prefs = Preferences()
        if self._reader is None:
            return prefs
        for item in fields(Preferences):
            value = self._reader.value(f"preferences/{item.name}")
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
        if prefs.paper not in PAPER_IDS:
            prefs.paper = DEFAULT_PAPER
        return prefs

    def save(self, prefs: Preferences) -> None:
        if self._settings is None:
            return
        for item in fields(Preferences):
            self._settings.setValue(f"preferences/{item.name}", getattr(prefs, item.name))
        self._settings.sync()
