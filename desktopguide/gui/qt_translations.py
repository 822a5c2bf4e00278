"""Qt's own translations (qtbase: standard dialogs and buttons) for the current language."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

_installed: list[QTranslator] = []


def install_qt_translations(app: QApplication, locale_name: str | None) -> bool:
    """Replace Qt's translator with the one for `locale_name`; False when Qt ships none."""
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
