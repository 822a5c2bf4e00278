"""The language list (`languages.yaml`): codes, Babel locales, names and text direction."""

from __future__ import annotations

from pathlib import Path

from babel import Locale, UnknownLocaleError

from desktopguide.core.content.model import SOURCE_LANGUAGE, Language
from desktopguide.core.content.problems import ProblemLog
from desktopguide.core.content.record_reader import RecordReader
from desktopguide.core.content.yamldoc import YamlDoc

FIELDS = ("code", "locale", "native_name", "english_name", "direction")


def babel_locale(code: str | None) -> Locale | None:
    if not code:
        return None
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def read_languages(path: Path, doc: YamlDoc, log: ProblemLog) -> dict[str, Language]:
    if not isinstance(doc.data, list):
        log.error(path, doc.line(()), "languages.yaml must be a list of languages")
        return {}
    languages: dict[str, Language] = {}
    for index in range(len(doc.data)):
        reader = RecordReader(path, doc, log, (index,))
        if not reader.check_keys(FIELDS, ("code",), what=f"language {index + 1}"):
            continue
        code = reader.text("code")
        locale_name = reader.text("locale")
        locale = babel_locale(locale_name)
        if locale_name and locale is None:
            reader.error(("locale",), f"Babel does not know the locale '{locale_name}'")
        direction = reader.choice("direction", choices=("ltr", "rtl"))
        if direction is None and locale is not None:
            direction = "rtl" if locale.character_order == "right-to-left" else "ltr"
        if direction is None and not reader.has_errors:
            reader.error((), f"language '{code}' has no Babel locale, so it needs 'direction: ltr' or 'rtl'")
        native = reader.text("native_name") or (locale.get_display_name(locale) if locale else None)
        english = reader.text("english_name") or (locale.get_display_name("en") if locale else None)
        if not native or not english:
            reader.error((), f"language '{code}' needs 'native_name' and 'english_name' when Babel cannot name it")
        if code in languages:
            reader.error(("code",), f"the language '{code}' is listed twice")
            continue
        if reader.has_errors or not code or not native or not english or not direction:
            continue
        languages[code] = Language(code, locale_name, native, english, direction)
    if languages and SOURCE_LANGUAGE not in languages:
        log.error(path, 1, f"the source language '{SOURCE_LANGUAGE}' must be listed")
    return languages
