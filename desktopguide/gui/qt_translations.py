"""Qt's own translations (qtbase: standard dialogs and buttons) for the current language,
and our catalog's words for Qt's buttons and print dialogs where Qt ships no translation."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktopguide.gui.qt_source_texts import is_qt_source_text
from desktopguide.i18n import _

_installed: list[QTranslator] = []
_fallback: list[QTranslator] = []


class CatalogFallbackTranslator(QTranslator):
    """Answers Qt's requests for its button and print dialog texts from our catalogs. Installed
    first, so Qt's own qtbase translation, installed after it, is asked first."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None is Qt's null string: "not here, ask the next translator". An empty string
        # would count as a translation and blank the button.
        if is_qt_source_text(context, source_text):
            text = _(source_text)
            return text if text != source_text else None
        return None

    def isEmpty(self) -> bool:
        return False


def install_qt_translations(app: QApplication, locale_name: str | None) -> bool:
    """Replace Qt's translator with the one for `locale_name`; False when Qt ships none."""
    if not _fallback:
        _fallback.append(CatalogFallbackTranslator())
        app.installTranslator(_fallback[0])
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()  # the last reference: the translator and its catalog go (a kiosk switches all day)
    if not locale_name or locale_name.startswith("en"):
        return False
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()  # owned here, not by the app, so it is freed when replaced
    if translator.load(QLocale(locale_name), "qtbase", "_", path):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False
