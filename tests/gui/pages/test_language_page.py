"""The first screen says, before anyone chooses, that the translations are machine translations."""

from __future__ import annotations

from pathlib import Path

from desktopguide.core.content.loader import load_languages
from desktopguide.gui.pages.language_page import MACHINE_NOTE, LanguagePage


def test_language_screen_says_the_guides_are_machine_translations(qtbot, content: Path) -> None:
    page = LanguagePage(load_languages(content).values())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.machine_note.isVisible)
    assert page.machine_note.text() == MACHINE_NOTE
    assert "machine translations" in MACHINE_NOTE and "no person has reviewed" in MACHINE_NOTE
