"""The About box: the date the content last changed and whether a lawyer has reviewed it."""

from __future__ import annotations

from pathlib import Path

from desktopguide.core.content.loader import load_library
from desktopguide.gui.dialogs.about_dialog import AboutDialog
from tests.core.test_validator import TODAY, replace_in


def test_about_box_says_last_changed_and_that_no_lawyer_has_reviewed(qtbot, content: Path) -> None:
    dialog = AboutDialog(load_library(content, today=TODAY), "en")
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert "last changed January 10, 2026" in text
    assert "No lawyer has reviewed these guides yet." in text
    assert "reviewed January" not in text


def test_about_box_counts_guides_a_lawyer_has_reviewed(qtbot, content: Path) -> None:
    replace_in(
        content / "guides/agents-at-door/en.md",
        "updated: 2026-01-10",
        "updated: 2026-01-10\nreviewed:\n  - {kind: legal, date: 2026-02-03}",
    )
    library = load_library(content, today=TODAY)
    dialog = AboutDialog(library, "en")
    qtbot.addWidget(dialog)
    assert f"1 of {len(library.guides)} guides have been reviewed by a lawyer." in dialog.summary.text()


def test_about_box_says_the_translations_are_machine_translations_no_person_reviewed(qtbot, content: Path) -> None:
    dialog = AboutDialog(load_library(content, today=TODAY), "en")
    qtbot.addWidget(dialog)
    assert "The translations are machine translations: no person has reviewed them yet." in dialog.summary.text()


def test_about_box_counts_translations_a_person_checked(qtbot, content: Path) -> None:
    replace_in(content / "guides/agents-at-door/es.md", "status: machine", "status: reviewed")
    dialog = AboutDialog(load_library(content, today=TODAY), "en")
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert "Translated guides checked by a person: 1. The others are machine translations." in text
    assert "no person has reviewed them yet" not in text
