"""Fill untranslated Qt dialog texts (desktopguide/gui/translation/qt_source_texts.py) in our catalogs with
Qt's own qtbase translation, for the languages Qt ships one for. Entries already translated are
kept; the rest are left for a translator (`scripts/po_todo.py LANG`).

    .venv/bin/python scripts/po_from_qtbase.py
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktopguide.core.content.loader import load_languages
from desktopguide.gui.translation.qt_source_texts import QT_SOURCE_TEXTS
from desktopguide.i18n.catalogs import po_path, read_catalog, write_catalog


def qtbase_translator(locale_name: str) -> QTranslator | None:
    translator = QTranslator()
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(QLocale(locale_name), "qtbase", "_", path) else None


def fill_from_qtbase(code: str, translator: QTranslator) -> int:
    path = po_path(code)
    catalog = read_catalog(path)
    filled = 0
    for context, texts in QT_SOURCE_TEXTS.items():
        for text in texts:
            message = catalog.get(text)
            if message is None or (message.string and not message.fuzzy):
                continue
            translated = translator.translate(context, text)
            if translated and translated != text:
                message.string = translated
                message.flags.discard("fuzzy")
                filled += 1
    write_catalog(catalog, path)
    return filled


def main() -> None:
    QCoreApplication([])
    for code, language in load_languages().items():
        if code == "en" or not language.locale:
            continue
        translator = qtbase_translator(language.locale)
        if translator is not None:
            print(f"{code}: {fill_from_qtbase(code, translator)} filled from qtbase")


if __name__ == "__main__":
    main()
