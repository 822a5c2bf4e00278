"""A language of the guide, as the first screen needs it: kept apart from the content model so
that showing the language list does not wait for the rest of the model to load."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    locale: str | None
    native_name: str
    english_name: str
    direction: str  # "ltr" or "rtl"

    @property
    def is_rtl(self) -> bool:
        return self.direction == "rtl"
