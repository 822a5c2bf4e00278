"""Interface translations, Qt-free: gettext catalogs through Babel.

Import the functions explicitly (`from desktopguide.i18n import _, N_`); nothing is
installed into builtins. `_` looks the message up in the current language each time it
is called, so text built after `set_language` is in the new language.
"""

from __future__ import annotations

import functools
from gettext import GNUTranslations, NullTranslations

from desktopguide.core.content.resources import translations_dir

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
    _catalog = translations_for(code)


def translations_for(code: str) -> NullTranslations:
    """The catalog of `code`, for text that must stay in one language whatever the interface's
    (a kiosk's staff screens): call its `gettext` and `ngettext`."""
    if code == "en":
        return NullTranslations()
    if code in ("en-XA", "ar-XB"):  # pseudo-locales for layout tests; imported only when asked for
        from desktopguide.i18n.pseudo import PseudoTranslations

        return PseudoTranslations(code)
    return load_translations(code)


@functools.cache
def load_translations(code: str) -> NullTranslations:
    """The compiled catalog when there is one, else the .po compiled in memory (a checkout).

    Kept once read: switching back and forth between languages costs nothing.
    """
    folder = translations_dir() / code / "LC_MESSAGES"
    mo_file = folder / f"{DOMAIN}.mo"
    po_file = folder / f"{DOMAIN}.po"
    # A .mo older than its .po (a checkout after an edit) would show stale strings.
    if mo_file.is_file() and (not po_file.is_file() or mo_file.stat().st_mtime >= po_file.stat().st_mtime):
        with mo_file.open("rb") as handle:
            return GNUTranslations(handle)
    if not po_file.is_file():
        return NullTranslations()
    import io

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_file.open("rb") as handle:
        catalog = read_po(handle, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return GNUTranslations(buffer)


def current_language() -> str:
    return _current_code
