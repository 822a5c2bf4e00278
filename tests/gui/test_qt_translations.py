"""Qt's standard buttons speak the person's language: Qt's catalog where Qt has one, ours where not."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from desktopguide.core.loader import load_languages, load_library
from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.preferences import PreferenceStore
from desktopguide.i18n import _, set_language


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.fixture
def window(qtbot, library, tmp_path: Path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = AppWindow(load_languages(), PreferenceStore(settings), library)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.set_language("en")
    set_language("en")
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)


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
    from desktopguide.gui.print_dialog import save_file_dialog

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
