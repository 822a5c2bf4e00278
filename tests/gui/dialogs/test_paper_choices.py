"""The settings and the print preview offer the same papers under the same names."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from desktopguide.core.kiosk.settings import ENV_VAR
from desktopguide.core.papers import PAPER_IDS
from desktopguide.gui.dialogs.print_dialog import CardPrintDialog
from desktopguide.gui.dialogs.settings_dialog import SettingsDialog
from desktopguide.gui.preferences import Preferences, PreferenceStore
from desktopguide.gui.theme import apply_theme
from desktopguide.i18n import set_language
from tests.gui.clipping import find_clipping


@pytest.fixture
def library(content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "kiosk.json"))  # the settings read the home ZIP code from it
    return load_library(content)


def choices(box: QComboBox) -> list[tuple[str, str]]:
    return [(box.itemData(i), box.itemText(i)) for i in range(box.count())]


def test_settings_and_print_preview_list_the_same_papers_with_the_same_names(qtbot, library: Library) -> None:
    set_language("es")
    try:
        settings = SettingsDialog(library, Preferences(language="es"))
        qtbot.addWidget(settings)
        preview = CardPrintDialog(library, "agents-at-door", "es")
        qtbot.addWidget(preview)
        assert choices(settings.paper_box) == choices(preview.paper_choice)
        assert [paper for paper, _name in choices(settings.paper_box)] == list(PAPER_IDS)
        assert ("letter", "Carta") in choices(settings.paper_box)
    finally:
        set_language("en")


def test_every_paper_the_settings_offer_is_kept(tmp_path) -> None:
    store = PreferenceStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    for paper in PAPER_IDS:
        store.save(Preferences(paper=paper))
        assert store.load().paper == paper
    store.save(Preferences(paper="legal"))
    assert store.load().paper == "letter"


@pytest.mark.parametrize("paper", PAPER_IDS)
def test_the_settings_fit_a_small_screen_at_200_percent_text_whichever_paper_is_chosen(
    qtbot, library: Library, paper: str
) -> None:
    # Russian's paper names are among the longest; the ZIP code field goes below the paper when
    # both do not fit beside each other.
    set_language("ru")
    apply_theme(QApplication.instance(), 200, False)
    try:
        screen = QWidget()
        screen.resize(1024, 600)
        qtbot.addWidget(screen)
        settings = SettingsDialog(library, Preferences(language="ru", paper=paper, text_scale=200), screen)
        settings.show()
        qtbot.waitExposed(settings)
        assert settings.paper_box.currentData() == paper
        assert settings.width() <= 1024, f"{paper}: the settings are {settings.width()} pixels wide"
        assert settings.height() <= 600, f"{paper}: the settings are {settings.height()} pixels high"
        assert find_clipping(settings) == []
    finally:
        apply_theme(QApplication.instance(), 100, False)
        set_language("en")
