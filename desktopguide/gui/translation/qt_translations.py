"""Qt's own translations (qtbase: standard dialogs and buttons) for the current language,
and our catalog's words for Qt's buttons and print dialogs where Qt ships no translation.

Only plain QTranslator objects holding compiled catalogs are installed: Qt translates on its own
threads too (Qt Quick's loader thread, when the on-screen keyboard loads), and a translator that
called Python there would wait for Python's lock while the main thread, holding it, waits for
that thread. Our words are compiled to .qm data in memory (qm_format.py) for that reason.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktopguide.gui.translation.qm_format import qm_bytes
from desktopguide.gui.translation.qt_source_texts import QT_SOURCE_TEXTS
from desktopguide.i18n import _, current_language

# Installed translators with the bytes they read: a translator loaded from memory reads them in
# place, so they live exactly as long as it is installed.
_installed: list[tuple[QTranslator, bytes | None]] = []
# A context no catalog has: asking it goes through every installed translator (see _ask_each_once).
_PROBE = ("desktopguide-probe", "probe")


@functools.cache
def catalog_qm(language_code: str) -> bytes | None:
    """Our catalog's words for Qt's own texts in `language_code` (the current language), compiled;
    None when the catalog translates none of them (English)."""
    messages = [
        (context, text, _(text))
        for context, texts in sorted(QT_SOURCE_TEXTS.items())
        for text in sorted(texts)
        if _(text) != text
    ]
    return qm_bytes(messages, language_code.replace("-", "_")) if messages else None


def install_qt_translations(app: QApplication, locale_name: str | None) -> bool:
    """Replace Qt's translators with those for `locale_name` (our catalog's words, and Qt's own
    catalog over them where Qt ships one); False when Qt ships none."""
    for translator, _data in _installed:
        app.removeTranslator(translator)
    _installed.clear()  # the last reference: the translators and their catalogs go (a kiosk switches all day)
    ours = catalog_qm(current_language())
    translator = QTranslator()  # owned here, not by the app, so it is freed when replaced
    if ours is not None and translator.load(ours):  # first, so Qt's own catalog, installed next, is asked first
        app.installTranslator(translator)
        _installed.append((translator, ours))
    found = False
    if locale_name and not locale_name.startswith("en"):
        path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator()
        found = qt_own.load(QLocale(locale_name), "qtbase", "_", path)
        if found:
            app.installTranslator(qt_own)
            _installed.append((qt_own, None))
    _ask_each_once()
    return found


def _ask_each_once() -> None:
    """Let Qt ask every new translator once, here on the main thread. A QTranslator made from Python
    looks up, the first time Qt calls it, whether Python overrides the call, and that look-up takes
    Python's lock; once done it is remembered, so later calls from Qt's threads stay in C++."""
    QCoreApplication.translate(*_PROBE)
