"""A language as a caseworker's picker shows it: its own name, and its name in the interface's
language ("ትግርኛ — Tigrinya"), so that Tigrinya and Amharic, or Farsi, Dari and Pashto, can be
told apart by someone who reads neither script."""

from __future__ import annotations

import functools

from babel import Locale, UnknownLocaleError

from desktopguide.core.language.language import Language

SEPARATOR = " — "


@functools.cache
def _babel_locale(tag: str) -> Locale | None:
    try:
        return Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


def name_in(language: Language, interface_locale: str) -> str:
    """The language's name in the interface's language, from Babel (CLDR); its English name when
    CLDR has none. The full locale is tried first: CLDR calls fa_AF "Dari", not "Persian"."""
    shown_in = _babel_locale(interface_locale or "en") or _babel_locale("en")
    if shown_in is not None and shown_in.language == "en" and language.english_name:
        return language.english_name  # the content's own English name ("Tagalog", where CLDR says "Filipino")
    names = shown_in.languages if shown_in is not None else {}
    for key in (language.locale, language.code):
        if key and key.replace("-", "_") in names:
            return names[key.replace("-", "_")]
    return language.english_name or language.code


def picker_label(language: Language, interface_locale: str) -> str:
    """"ትግርኛ — Tigrinya"; one name when both are the same ("English" in English)."""
    native = language.native_name or language.code
    translated = name_in(language, interface_locale)
    if translated.casefold() == native.casefold():
        return native
    return f"{native}{SEPARATOR}{translated}"
