"""Caseworkers' language pickers show both names, Settings offers no second language, and the
print preview lets the caseworker choose the card's own language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox

from desktopguide.core.content.loader import load_languages, load_library
from desktopguide.core.content.model import Library
from desktopguide.gui.dialogs.print_dialog import CardPrintDialog
from desktopguide.gui.dialogs.settings_dialog import SettingsDialog
from desktopguide.gui.pages.directory_page import DirectoryPage
from desktopguide.gui.preferences import Preferences, PreferenceStore
from desktopguide.gui.translation.language_names import picker_label
from desktopguide.i18n import set_language


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


def texts(box: QComboBox) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


def test_languages_that_look_alike_to_an_english_reader_are_named_in_english_too() -> None:
    languages = load_languages()
    labels = {code: picker_label(languages[code], "en") for code in ("ti", "am", "fa", "prs", "ps", "en", "tl")}
    assert labels["ti"] == "ትግርኛ — Tigrinya"
    assert labels["am"] == "አማርኛ — Amharic"
    assert labels["prs"] == "دری — Dari"
    assert labels["fa"].endswith("— Persian") and labels["ps"].endswith("— Pashto")
    assert labels["en"] == "English" and labels["tl"] == "Tagalog"  # one name when both are the same
    assert picker_label(languages["ti"], "es") == "ትግርኛ — tigriña"  # in the interface's language


def test_settings_name_each_language_twice_and_offer_no_second_language(qtbot, library: Library, tmp_path) -> None:
    store = PreferenceStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    dialog = SettingsDialog(library, Preferences(language="en"))
    qtbot.addWidget(dialog)
    assert "ትግርኛ — Tigrinya" in texts(dialog.language_box)
    assert "دری — Dari" in texts(dialog.pair_box)
    assert dialog.pair_box.itemText(0) == "None"
    dialog.pair_box.setCurrentIndex(0)
    chosen = dialog.preferences()
    assert chosen.pair_language == ""
    store.save(chosen)
    assert store.load().pair_language == ""
    again = SettingsDialog(library, store.load())
    qtbot.addWidget(again)
    assert again.pair_box.currentIndex() == 0  # None is kept, not replaced by English


def test_directory_language_filter_names_each_language_twice(qtbot, library: Library) -> None:
    page = DirectoryPage(library, "en")
    qtbot.addWidget(page)
    assert {"ትግርኛ — Tigrinya", "አማርኛ — Amharic", "دری — Dari"} <= set(texts(page.language_box))


def test_language_names_follow_the_interface_language(qtbot, library: Library) -> None:
    set_language("es")
    try:
        page = DirectoryPage(library, "es")
        qtbot.addWidget(page)
        assert "ትግርኛ — tigriña" in texts(page.language_box)
    finally:
        set_language("en")


def test_print_preview_lets_the_caseworker_choose_the_cards_language(qtbot, library: Library) -> None:
    dialog = CardPrintDialog(library, "agents-at-door", "en")
    qtbot.addWidget(dialog)
    assert dialog.language_choice.currentData() == "en"
    assert "ትግርኛ — Tigrinya" in texts(dialog.language_choice)
    dialog.language_choice.setCurrentIndex(dialog.language_choice.findData("ti"))
    assert dialog.lang == "ti"
    assert "ትግርኛ — Tigrinya" not in texts(dialog.pair_choice)  # not beside itself
    headline = library.guides["agents-at-door"].card_text("ti").card.headline
    assert headline in dialog.windowTitle()
    plan = dialog.plan()
    assert plan.pages and headline in plan.title  # the card itself is the Tigrinya one


def test_settings_keep_the_home_zip_for_cards_and_refuse_a_bad_one(
    qtbot, library: Library, tmp_path, monkeypatch
) -> None:
    from desktopguide.core.kiosk.settings import load_settings
    from desktopguide.gui.dialogs.settings_dialog import save_home_zip

    monkeypatch.setenv("DESKTOPGUIDE_KIOSK_CONFIG", str(tmp_path / "kiosk.json"))
    dialog = SettingsDialog(library, Preferences(language="en"))
    qtbot.addWidget(dialog)
    assert dialog.home_zip_field.text() == ""
    dialog.home_zip_field.setText("60601")
    assert save_home_zip(dialog, dialog.home_zip()) is True
    assert load_settings().home_zip == "60601"
    assert save_home_zip(dialog, "123") is False
    assert load_settings().home_zip == "60601"
