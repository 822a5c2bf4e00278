"""Qt's standard buttons speak the person's language: Qt's catalog where Qt has one, ours where not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer, QTranslator
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QWidget,
)

from desktopguide.core.content.loader import load_languages, load_library
from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.preferences import PreferenceStore
from desktopguide.gui.translation.qt_source_texts import QT_SOURCE_TEXTS, is_qt_source_text
from desktopguide.i18n import _


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.fixture
def window(qtbot, library, tmp_path: Path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = AppWindow(load_languages(), PreferenceStore(settings), library)
    qtbot.addWidget(win)
    win.show()
    return win


def about_close_text(window: AppWindow) -> str:
    dialog = window.open_about()
    [button] = dialog.findChild(QDialogButtonBox).buttons()
    text = button.text()
    dialog.close()
    return text


def test_spanish_buttons_come_from_qts_own_catalog(window: AppWindow) -> None:
    window.set_language("es")
    assert about_close_text(window) == "Cerrar"


@pytest.mark.parametrize("code", ["am", "ti", "ps", "hmn", "vi"])
def test_languages_qt_does_not_ship_use_our_catalogs_words(window: AppWindow, code: str) -> None:
    window.set_language(code)
    expected = _("Close")
    assert about_close_text(window) == expected != "Close"


def test_english_buttons_are_qts_english(window: AppWindow) -> None:
    window.set_language("am")
    window.set_language("en")
    assert about_close_text(window) == "Close"


def test_save_as_pdf_dialog_speaks_amharic_where_qt_has_no_translation(window: AppWindow) -> None:
    from desktopguide.gui.dialogs.print_dialog import save_file_dialog

    window.set_language("am")
    dialog = save_file_dialog(window, _("Save as PDF"), "card.pdf", _("PDF files (*.pdf)"))
    try:
        for label, english in (
            (QFileDialog.DialogLabel.FileName, "File name:"),
            (QFileDialog.DialogLabel.Accept, "Save"),
            (QFileDialog.DialogLabel.Reject, "Cancel"),
        ):
            assert dialog.labelText(label) == _(english) != english
        assert dialog.windowTitle() == _("Save as PDF") != "Save as PDF"
    finally:
        dialog.close()


# -- Qt's print dialogs ------------------------------------------------------------------------
# What Qt asks for that stays as Qt has it: widget-form names nobody sees, "...", "%1%", paper
# size names, units and page-count items like "4 (2x2)".
LEFT_AS_QT_HAS_THEM = re.compile(r"^(Form|\.\.\.|%1%|mm|\d+ \(\dx\d\)|.* \((mm|in|pt|CC|DD|P\u0338)\))$")
PRINT_CONTEXTS = ("QPrintDialog", "QPrintWidget", "QPrintSettingsOutput", "QPrintPropertiesDialog",
                  "QPrintPropertiesWidget", "QPageSetupWidget", "QCupsJobWidget", "QPrintPreviewDialog")


class RecordingTranslator(QTranslator):
    """Notes every text Qt asks to translate; translates nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        self.asked.add((context, source_text))
        return None

    def isEmpty(self) -> bool:
        return False

    def assert_all_known(self, contexts: tuple[str, ...], left_as_qt_has_them: re.Pattern[str]) -> None:
        """Every text Qt asked for in `contexts` is in our catalogs (bar those left as Qt has them),
        and every text we list there was asked for: a misspelt or renamed one fails."""
        asked = {(context, text) for context, text in self.asked if context in contexts}
        missing = {(c, t) for c, t in asked if not is_qt_source_text(c, t) and not left_as_qt_has_them.match(t)}
        assert not missing, f"Qt asks for texts our catalogs lack: {sorted(missing)}"
        never_asked = {(c, t) for c, texts in QT_SOURCE_TEXTS.items() if c in contexts for t in texts} - asked
        assert not never_asked, f"texts Qt never asks for (misspelt?): {sorted(never_asked)}"


def open_every_print_dialog(qtbot, parent: QWidget, printer: QPrinter) -> None:
    """The print dialog with its options shown and its printer properties opened once, and a
    print preview: every part of Qt's printing a person can reach."""
    dialog = QPrintDialog(printer, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    [options] = [button for button in dialog.findChildren(QPushButton) if button.text() == "&Options >>"]
    options.click()
    properties = dialog.findChild(QPushButton, "properties")
    # The properties window is modal (exec): close it once it is up.
    closer = QTimer(dialog, interval=10)

    def close_properties() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.metaObject().className() == "QPrintPropertiesDialog":
                widget.reject()
                closer.stop()

    closer.timeout.connect(close_properties)
    closer.start()
    properties.click()
    assert not closer.isActive(), "the printer properties window did not open"
    dialog.close()
    preview = QPrintPreviewDialog(printer, parent)
    qtbot.addWidget(preview)
    preview.show()
    preview.close()


def test_our_catalogs_know_every_text_of_qts_print_dialogs(qtbot, window: AppWindow) -> None:
    recorder = RecordingTranslator()
    printer = QPrinter()  # outlives the dialogs, which do not own it
    QApplication.installTranslator(recorder)
    try:
        open_every_print_dialog(qtbot, window, printer)
    finally:
        QApplication.removeTranslator(recorder)
    recorder.assert_all_known(PRINT_CONTEXTS, LEFT_AS_QT_HAS_THEM)


FILE_CONTEXTS = ("QFileDialog", "QFileSystemModel", "QAbstractFileIconProvider")
KEY_NAMES = re.compile(r"^(Alt\+\w+|Show )$")  # shortcuts, and a fragment Qt asks for but never shows


def test_our_catalogs_know_every_text_of_qts_save_dialog(qtbot, window: AppWindow) -> None:
    from desktopguide.gui.dialogs.print_dialog import save_file_dialog

    recorder = RecordingTranslator()
    QApplication.installTranslator(recorder)
    try:
        dialog = save_file_dialog(window, "Save as PDF", "card.pdf", "PDF files (*.pdf)")
        dialog.show()
        qtbot.waitUntil(lambda: ("QFileSystemModel", "Name") in recorder.asked)
        dialog.close()
    finally:
        QApplication.removeTranslator(recorder)
    recorder.assert_all_known(FILE_CONTEXTS, KEY_NAMES)


@pytest.mark.parametrize("code", ["am", "ti", "ps", "pa", "hmn", "ht", "tl", "vi"])
def test_save_dialogs_buttons_and_headings_speak_languages_qt_has_no_translation_for(
    qtbot, window: AppWindow, code: str
) -> None:
    from desktopguide.gui.dialogs.print_dialog import save_file_dialog

    window.set_language(code)
    dialog = save_file_dialog(window, _("Save as PDF"), "card.pdf", _("PDF files (*.pdf)"))
    dialog.show()
    try:
        tips = {button.objectName(): button.toolTip() for button in dialog.findChildren(QToolButton)}
        assert tips["backButton"] == _("Back") != "Back"
        assert tips["toParentButton"] == _("Parent Directory") != "Parent Directory"
        [files] = [view for view in dialog.findChildren(QTreeView) if view.objectName() == "treeView"]
        headings = [files.model().headerData(column, Qt.Orientation.Horizontal) for column in range(4)]
        assert headings == [_("Name"), _("Size"), _("Type"), _("Date Modified")]
        assert "Name" not in headings
    finally:
        dialog.close()


@pytest.mark.parametrize("code", ["am", "ti", "ps", "pa", "hmn", "ht", "tl", "vi"])
def test_print_dialog_speaks_languages_qt_has_no_translation_for(qtbot, window: AppWindow, code: str) -> None:
    window.set_language(code)
    printer = QPrinter()  # the dialog does not own it
    dialog = QPrintDialog(printer, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == _("Print") != "Print"
    button_texts = {button.text() for button in dialog.findChildren(QPushButton)}
    assert {_("&Print"), _("&Options >>"), _("Cancel")} <= button_texts
    tabs = dialog.findChild(QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == [_("Copies"), _("Options")]
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)}
    assert {_("&Name:"), _("Location:"), _("Type:")} <= labels
    assert not labels & {"&Name:", "Location:", "Type:", "Copies:"}, "English left in the print dialog"
    dialog.close()


def test_print_preview_toolbar_speaks_amharic(qtbot, window: AppWindow) -> None:
    window.set_language("am")
    printer = QPrinter()
    preview = QPrintPreviewDialog(printer, window)
    qtbot.addWidget(preview)
    texts = {action.text() for action in preview.findChild(QToolBar).actions() if action.text()}
    assert {_("Next page"), _("Zoom in"), _("Print")} <= texts
    assert not texts & {"Next page", "Zoom in", "Print"}


# -- no Python on Qt's threads -------------------------------------------------------------------
def test_installed_translators_are_plain_qt_translators_with_compiled_catalogs(window: AppWindow) -> None:
    """Qt translates on its own threads too (the on-screen keyboard's loader): a Python translator
    there waits for Python's lock, which the main thread may hold, and the kiosk froze."""
    from desktopguide.gui.translation import qt_translations

    window.set_language("am")
    installed = [translator for translator, _data in qt_translations._installed]
    assert installed, "Amharic installs our catalog's words for Qt's buttons"
    assert all(type(translator) is QTranslator for translator in installed)
    assert installed[0].translate("QPlatformTheme", "Close") == _("Close") != "Close"


def test_compiled_catalog_answers_only_in_its_context() -> None:
    from desktopguide.gui.translation.qm_format import qm_bytes

    data = qm_bytes([("QPlatformTheme", "OK", "Sawa"), ("QPrintDialog", "&Print", "&Chapisha")], "sw")
    translator = QTranslator()
    assert translator.load(data)
    assert translator.language() == "sw"
    assert translator.translate("QPlatformTheme", "OK") == "Sawa"
    assert translator.translate("QPrintDialog", "&Print") == "&Chapisha"
    assert not translator.translate("QMessageBox", "OK")
    assert not translator.translate("QPlatformTheme", "Cancel")


def test_compiled_catalog_reads_like_lreleases() -> None:
    """The same messages through Qt's own lrelease (in PySide6's wheel) give the same answers."""
    import subprocess
    import tempfile

    import PySide6

    from desktopguide.gui.translation.qm_format import qm_bytes

    lrelease = Path(PySide6.__file__).parent / "lrelease"
    messages = [
        ("QPlatformTheme", "Close", "ይዝጉ"),
        ("QFileSystemModel", "Date Modified", "ቀን"),
        ("QPrintDialog", "Odd Pages", "ጎዶሎ"),
    ]
    data = qm_bytes(messages)  # read in place by the translator: kept while it is used
    ours = QTranslator()
    assert ours.load(data)
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "t.ts"
        contexts = "".join(
            f"<context><name>{c}</name><message><source>{s}</source><translation>{t}</translation></message></context>"
            for c, s, t in messages
        )
        ts.write_text(
            f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1">{contexts}</TS>', encoding="utf-8"
        )
        subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True)
        theirs = QTranslator()
        assert theirs.load(str(ts.with_suffix(".qm")))
    for context, source, translation in messages:
        assert ours.translate(context, source) == theirs.translate(context, source) == translation


def test_the_app_installs_no_python_code_that_qts_own_threads_would_call() -> None:
    """Qt's threads call installed translators and message handlers: a Python one there waits for
    Python's lock and can freeze the app. Neither may exist in the app's code."""
    import ast

    import desktopguide

    offenders = []
    for path in Path(desktopguide.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(
                getattr(base, "id", getattr(base, "attr", "")) == "QTranslator" for base in node.bases
            ):
                offenders.append(f"{path.name}: class {node.name}(QTranslator)")
            if (
                isinstance(node, ast.Name | ast.Attribute)
                and getattr(node, "id", getattr(node, "attr", "")) == "qInstallMessageHandler"
            ):
                offenders.append(f"{path.name}:{node.lineno}: qInstallMessageHandler")
    assert offenders == []
