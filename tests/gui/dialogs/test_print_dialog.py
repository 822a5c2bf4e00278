"""The print preview: opens on the card, paper and second-language choices, save as PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from desktopguide.gui.dialogs.print_dialog import CardPrintDialog, HelpListPrintDialog
from tests.cards.pdf_reading import contains_text, page_sizes, page_text
from tests.cards.scripts import TEXTS, add_script_guides


@pytest.fixture
def library(content: Path) -> Library:
    return load_library(add_script_guides(content))


@pytest.fixture
def dialog(qtbot, library: Library) -> CardPrintDialog:
    dialog = CardPrintDialog(library, "agents-at-door", "ar")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview.pageCount() == 1)
    return dialog


def test_preview_opens_on_the_card_beside_english(dialog: CardPrintDialog) -> None:
    assert dialog.pair_choice.currentData() == "en"
    assert dialog.paper_choice.currentData() == "letter"
    assert dialog.preview.pageCount() == 1
    assert not dialog.problem.isVisible()


def test_choosing_wallet_paper_previews_front_and_back(qtbot, dialog: CardPrintDialog) -> None:
    dialog.paper_choice.setCurrentIndex(dialog.paper_choice.findData("wallet"))
    qtbot.waitUntil(lambda: dialog.preview.pageCount() == 2)


def test_save_as_pdf_writes_the_chosen_paper(qtbot, dialog: CardPrintDialog, tmp_path: Path) -> None:
    dialog.paper_choice.setCurrentIndex(dialog.paper_choice.findData("a4"))
    dialog.pair_choice.setCurrentIndex(dialog.pair_choice.findData(None))
    target = tmp_path / "card.pdf"
    qtbot.mouseClick(dialog.save_button, qtbot_left_button())
    [file_dialog] = [d for d in dialog.findChildren(QFileDialog) if d.isVisible()]
    file_dialog.selectFile(str(target))
    file_dialog.accept()
    qtbot.waitUntil(target.exists)
    assert page_sizes(target) == [(595, 842)]
    text = page_text(target)
    assert contains_text(text, TEXTS["ar"][0])
    assert not contains_text(text, "Do not open the door")  # no second language chosen


def test_a_card_that_cannot_print_says_why(qtbot, library: Library, content: Path) -> None:
    path = content / "guides/agents-at-door/zh.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace(TEXTS["zh"][0], TEXTS["zh"][0] + "\ue000"), encoding="utf-8"
    )
    dialog = CardPrintDialog(load_library(content), "agents-at-door", "zh")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.problem.isVisible)
    assert "U+E000" in dialog.problem.text()
    assert not dialog.save_button.isEnabled()


def test_save_as_pdf_on_a_full_disk_says_so_and_keeps_the_old_file(
    qtbot, dialog: CardPrintDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktopguide.cards import render

    real_writer = render.QPdfWriter
    # /dev/full fails every write with ENOSPC, as a full disk does; QPdfWriter reports nothing.
    monkeypatch.setattr(render, "QPdfWriter", lambda _name: real_writer("/dev/full"))
    target = tmp_path / "cards" / "card.pdf"
    target.parent.mkdir()
    target.write_bytes(b"%PDF-1.4 the card printed yesterday")
    assert dialog.save_pdf(target) is False
    assert target.read_bytes() == b"%PDF-1.4 the card printed yesterday"
    assert [p.name for p in target.parent.iterdir()] == ["card.pdf"]  # no temporary file left behind
    box = dialog.save_problem
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "disk may be full" in box.text() and "card.pdf" in box.text()


def test_help_list_saves_one_page(qtbot, library: Library, tmp_path: Path) -> None:
    dialog = HelpListPrintDialog(library, list(library.directory.values()), "en", title="Legal help near 22314")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview.pageCount() == 1)
    assert not dialog.pair_choice.isVisible()
    assert dialog.save_pdf(tmp_path / "list") is True
    saved = tmp_path / "list.pdf"
    assert page_sizes(saved) == [(612, 792)]
    assert contains_text(page_text(saved), "Alex311") and contains_text(page_text(saved), "(703) 746-4311")


def qtbot_left_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
