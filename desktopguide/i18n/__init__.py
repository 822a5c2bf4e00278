"""Interface translations, Qt-free: gettext catalogs through Babel.

Import the functions explicitly (`from desktopguide.i18n import _, N_`); nothing is
installed into builtins. `_` looks the message up in the current language each time it
is called, so text built after `set_language` is in the new language.
"""

from __future__ import annotations

from babel.support import NullTranslations, Translations

from desktopguide.core.resources import translations_dir

DOMAIN = "desktopguide"

_current_code = "en"
_catalog: NullTranslations = NullTranslations()


def _(message: str) -> str:
    return _catalog.gettext(message)


def N_(message: str) -> str:
    """Mark a module-level string for extraction; translate it with `_` where it is shown."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    return _catalog.ngettext(singular, plural, n)


def set_language(code: str) -> None:
    """Switch the interface language; English (or a missing catalog) uses the source strings."""
    global _catalog, _current_code
    _current_code = code
    if code == "en":
        _catalog = NullTranslations()
        return
    _catalog = Translations.load(str(translations_dir()), [code], DOMAIN)


def current_language() -> str:
    return _current_code
