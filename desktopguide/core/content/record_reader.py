"""Reading one record's fields with type checks, reporting each problem at its line."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktopguide.core.content.model import SOURCE_LANGUAGE, LocalizedText, Translation
from desktopguide.core.content.problems import ProblemLog
from desktopguide.core.content.yamldoc import Path_, YamlDoc

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TRANSLATION_STATUSES = ("machine", "reviewed")


class RecordReader:
    """Reads typed values out of one YAML mapping and logs what is wrong with them.

    Every getter returns a usable value or None; the caller decides whether a record
    with errors is kept (it is not) by comparing error counts before and after.
    """

    def __init__(self, path: Path, doc: YamlDoc, log: ProblemLog, base: Path_ = (), today: dt.date | None = None):
        self.path = path
        self.doc = doc
        self.log = log
        self.base = base
        self.today = today or dt.date.today()
        self._errors_at_start = log.error_count(path)

    # -- reporting -------------------------------------------------------------
    def line(self, *path: Any) -> int:
        return self.doc.line((*self.base, *path))

    def error(self, path: Path_, message: str) -> None:
        self.log.error(self.path, self.line(*path), message)

    def warning(self, path: Path_, message: str) -> None:
        self.log.warning(self.path, self.line(*path), message)

    @property
    def has_errors(self) -> bool:
        return self.log.error_count(self.path) > self._errors_at_start

    @staticmethod
    def name(path: Path_) -> str:
        return ".".join(f"[{p}]" if isinstance(p, int) else str(p) for p in path).replace(".[", "[")

    def raw(self, path: Path_) -> Any:
        value: Any = self.doc.data
        for part in (*self.base, *path):
            if isinstance(value, dict) and part in value:
                value = value[part]
            elif isinstance(value, list) and isinstance(part, int) and part < len(value):
                value = value[part]
            else:
                return None
        return value

    def sub(self, *path: Any) -> RecordReader:
        """A reader for a nested mapping, sharing this record's log."""
        child = RecordReader(self.path, self.doc, self.log, (*self.base, *path), self.today)
        child._errors_at_start = self._errors_at_start
        return child

    # -- structure -------------------------------------------------------------
    def check_keys(self, allowed: Iterable[str], required: Iterable[str], path: Path_ = (), what: str = "") -> bool:
        """Unknown and missing keys of the mapping at `path`; False if it is no mapping."""
        value = self.raw(path)
        label = what or (self.name(path) if path else "the record")
        if not isinstance(value, dict):
            self.error(path, f"{label} must be a mapping of fields")
            return False
        allowed_set = set(allowed)
        for key in value:
            if key not in allowed_set:
                hint = _closest(str(key), allowed_set)
                suggestion = f" (did you mean '{hint}'?)" if hint else ""
                self.error((*path, key), f"unknown field '{key}' in {label}{suggestion}")
        for key in required:
            if key not in value or value[key] is None or value[key] == "" or value[key] == []:
                self.error(path, f"{label} is missing the required field '{key}'")
        return True

    # -- scalars ---------------------------------------------------------------
    def text(self, *path: Any, required: bool = False) -> str | None:
        value = self.raw(path)
        if value is None:
            return None
        if isinstance(value, (dict, list)) or isinstance(value, bool):
            self.error(path, f"'{self.name(path)}' must be text")
            return None
        text = str(value).strip()
        if not text and required:
            self.error(path, f"'{self.name(path)}' must not be empty")
            return None
        return text

    def identifier(self, *path: Any) -> str | None:
        value = self.text(*path)
        if value is not None and not ID_PATTERN.match(value):
            self.error(path, f"'{value}' is not a valid id: use lowercase letters, digits and hyphens")
            return None
        return value

    def choice(self, *path: Any, choices: Iterable[str]) -> str | None:
        value = self.text(*path)
        options = list(choices)
        if value is not None and value not in options:
            self.error(path, f"'{self.name(path)}' is '{value}', which is not one of: {', '.join(options)}")
            return None
        return value

    def date(self, *path: Any) -> dt.date | None:
        value = self.raw(path)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            value = value.date()
        if not isinstance(value, dt.date):
            self.error(path, f"'{self.name(path)}' is '{value}', which is not a date (write YYYY-MM-DD)")
            return None
        if value > self.today:
            self.error(path, f"'{self.name(path)}' is {value.isoformat()}, which lies in the future")
            return None
        return value

    def string_list(self, *path: Any) -> list[str] | None:
        value = self.raw(path)
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.error(path, f"'{self.name(path)}' must be a list")
            return None
        out: list[str] = []
        for index, item in enumerate(value):
            if isinstance(item, (dict, list)) or item is None or isinstance(item, bool):
                self.error((*path, index), f"item {index + 1} of '{self.name(path)}' must be text")
                continue
            out.append(str(item).strip())
        return out

    def choice_list(self, *path: Any, choices: Iterable[str]) -> list[str]:
        options = list(choices)
        values = self.string_list(*path) or []
        for index, value in enumerate(values):
            if value not in options:
                self.error((*path, index), f"'{value}' in '{self.name(path)}' is not one of: {', '.join(options)}")
        return [v for v in values if v in options]

    def mapping_list(self, *path: Any) -> list[int]:
        """Indexes of the mapping items of the list at `path`."""
        value = self.raw(path)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(path, f"'{self.name(path)}' must be a list")
            return []
        indexes = []
        for index, item in enumerate(value):
            if isinstance(item, dict):
                indexes.append(index)
            else:
                self.error((*path, index), f"item {index + 1} of '{self.name(path)}' must be a mapping of fields")
        return indexes

    # -- localized text and translations -----------------------------------------
    def localized(self, *path: Any, languages: Iterable[str], required: bool = True) -> LocalizedText | None:
        value = self.raw(path)
        if value is None:
            return None
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return LocalizedText({SOURCE_LANGUAGE: str(value).strip()})
        if not isinstance(value, dict):
            self.error(path, f"'{self.name(path)}' must be text, or a mapping from language code to text")
            return None
        known = set(languages)
        texts: dict[str, str] = {}
        for lang in value:
            if lang not in known:
                self.error((*path, lang), f"'{lang}' in '{self.name(path)}' is not a language of languages.yaml")
                continue
            text = self.text(*path, lang)
            if text:
                texts[str(lang)] = text
        if SOURCE_LANGUAGE not in texts:
            self.error(path, f"'{self.name(path)}' has no English ('{SOURCE_LANGUAGE}') text")
            return None
        return LocalizedText(texts)

    def translation(self, *path: Any, allow_source: bool = False) -> Translation | None:
        if not self.check_keys(("status", "from_hash"), ("status",), path, what=f"'{self.name(path)}'"):
            return None
        statuses = ("source", *TRANSLATION_STATUSES) if allow_source else TRANSLATION_STATUSES
        status = self.choice(*path, "status", choices=statuses)
        from_hash = self.text(*path, "from_hash")
        if status in TRANSLATION_STATUSES and not from_hash:
            self.error(
                path, f"a {status} translation must record 'from_hash', the hash of the English text it was made from"
            )
        if status is None:
            return None
        return Translation(status, from_hash)

    def translations(self, *path: Any, languages: Iterable[str]) -> dict[str, Translation]:
        value = self.raw(path)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.error(path, "'translations' must map language codes to a status and a from_hash")
            return {}
        known = set(languages)
        out = {}
        for lang in value:
            if lang not in known or lang == SOURCE_LANGUAGE:
                self.error((*path, lang), f"'{lang}' in 'translations' is not a translated language of languages.yaml")
                continue
            found = self.translation(*path, lang)
            if found:
                out[str(lang)] = found
        return out


def _closest(word: str, options: set[str]) -> str | None:
    import difflib

    matches = difflib.get_close_matches(word, sorted(options), n=1, cutoff=0.7)
    return matches[0] if matches else None
