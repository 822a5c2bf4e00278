"""The first window, used as a person would: pick a guide, read it, follow a link, switch language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl

from desktopguide.core.loader import load_library
from desktopguide.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, content: Path) -> MainWindow:
    win = MainWindow(load_library(content), "en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def list_titles(win: MainWindow) -> list[str]:
    return [win.guide_list.item(i).text() for i in range(win.guide_list.count())]


def test_window_lists_every_guide_by_title(window: MainWindow) -> None:
    assert list_titles(window) == ["Immigration agents at your door", "Stopped by police"]


def test_clicking_a_guide_shows_its_text_review_date_and_disclaimer(qtbot, window: MainWindow) -> None:
    item = window.guide_list.item(0)
    rect = window.guide_list.visualItemRect(item)
    qtbot.mouseClick(window.guide_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = window.guide_view.toPlainText()
    assert "Keep the door closed." in text
    assert "Reviewed on January 10, 2026" in text
    assert "Do Local Police Work With ICE?" in text  # the cited source
    assert "General legal information, not legal advice." in text


def test_following_an_internal_link_opens_that_guide(window: MainWindow) -> None:
    window.show_guide("agents-at-door")
    window.guide_view.anchorClicked.emit(QUrl("guide:stopped"))
    assert window.guide_list.currentItem().text() == "Stopped by police"
    assert "am I free to leave?" in window.guide_view.toPlainText()


def test_switching_to_spanish_shows_spanish_text_and_says_it_is_a_machine_translation(qtbot, window: MainWindow) -> None:
    window.show_guide("agents-at-door")
    window.language_box.setCurrentIndex(window.language_box.findData("es"))
    text = window.guide_view.toPlainText()
    assert "Mantenga la puerta cerrada." in text
    assert "machine translation" in text
    assert "Agentes de inmigración en su puerta" in list_titles(window)


def test_guide_without_a_translation_is_shown_in_english_with_a_notice(window: MainWindow) -> None:
    window.language_box.setCurrentIndex(window.language_box.findData("ar"))
    window.show_guide("stopped")
    text = window.guide_view.toPlainText()
    assert "You may ask" in text
    assert "It is shown in English." in text
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_content_problems_are_reported_calmly_in_the_window(qtbot, content: Path) -> None:
    (content / "directory/city-hotline.yaml").write_text("id: city-hotline\n", encoding="utf-8")
    win = MainWindow(load_library(content), "en")
    qtbot.addWidget(win)
    assert "content problem" in win.statusBar().currentMessage()
    assert win.guide_list.count() == 2
