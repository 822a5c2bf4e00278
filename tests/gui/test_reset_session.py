"""AppWindow.reset_session(): everything a visitor did is forgotten, one item at a time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktopguide.core.kiosk.settings import ENV_VAR
from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.dialogs.link_dialog import LinkDialog
from desktopguide.gui.history import Location


@pytest.fixture(autouse=True)
def _own_settings_file(tmp_path, monkeypatch) -> None:
    # A printed card reads the machine's settings file (its home ZIP code): this test's own, never the user's.
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "config" / "kiosk.json"))


def visible_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def visit_like_a_visitor(qtbot, window: AppWindow) -> None:
    """Spanish, a ZIP and a record, a guide scrolled down with larger text, a search, dialogs open."""
    window.choose_language("es")
    window.go(Location("place"))
    window.place_page.zip_field.setText("22314")
    window.place_page.show_zip()
    window.go(Location("org", "city-hotline"))
    window.directory_page.where_field.setText("22314")
    window.go(Location("guide", "agents-at-door"))
    window.reader.set_zoom(6)
    window.reader.side_by_side_button.setChecked(True)
    window.resize(800, 560)
    bar = window.reader.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    window.open_search()
    qtbot.waitUntil(lambda: window.search_page.is_ready, timeout=10000)
    with qtbot.waitSignal(window.search_page.results_shown, timeout=10000):
        window.search_page.set_query("remain silent")
    window.reader.view.anchorClicked.emit(QUrl("https://www.example.org/help"))
    QMessageBox(QMessageBox.Icon.Information, "term", "definition", QMessageBox.StandardButton.Ok, window).open()
    window.open_card_print("agents-at-door", "es")
    QApplication.clipboard().setText("what the visitor copied")
    assert bar.value() > 0


def test_reset_forgets_every_part_of_a_visit(qtbot, window: AppWindow) -> None:
    visit_like_a_visitor(qtbot, window)
    assert len(visible_dialogs()) >= 3 and window.history.can_go_back()

    with qtbot.waitSignal(window.session_reset):
        window.reset_session()

    assert visible_dialogs() == []  # print preview, website QR code and message box closed
    assert window.stack.currentWidget() is window.language_page
    assert window.lang == "en" and window.prefs.language == "en"
    assert not window.history.can_go_back() and not window.history.can_go_forward()
    assert window.search_page.search_field.text() == ""
    qtbot.waitUntil(lambda: window.search_page.results is None or not window.search_page.results.query)
    assert window.search_page.results_list.count() == 0
    # The directory and place pages as first made: no typed place, no open record (tests/gui/pages/test_page_reset.py).
    assert window.directory_page.where_field.text() == "" and window.directory_page.current_id is None
    assert window.place_page.zip_field.text() == "" and window.place_page.answer is None
    # The guide that was open is gone from the reader, with its zoom and English beside it.
    assert window.reader.view.toPlainText() == "" and window.reader.guide_id == ""
    assert window.reader.zoom == 0 and not window.reader.side_by_side_button.isChecked()
    assert window.reader.view.verticalScrollBar().value() == 0
    assert QApplication.clipboard().text() == ""


def test_text_a_visitor_copied_from_a_guide_is_gone_after_a_reset(qtbot, window: AppWindow) -> None:
    window.choose_language("en")
    window.go(Location("guide", "agents-at-door"))
    window.reader.view.selectAll()
    window.reader.view.copy()
    assert "Keep the door closed." in QApplication.clipboard().text()
    window.reset_session()
    assert QApplication.clipboard().text() == ""


def test_reset_returns_to_the_language_the_app_started_in(qtbot, window: AppWindow) -> None:
    window.default_language = "ar"
    window.choose_language("es")
    window.reset_session()
    assert window.lang == "ar" and window.stack.currentWidget() is window.language_page


def test_a_dialog_open_with_exec_is_closed_by_a_reset(qtbot, window: AppWindow) -> None:
    from PySide6.QtCore import QTimer

    box = QMessageBox(QMessageBox.Icon.Information, "term", "definition", QMessageBox.StandardButton.Ok, window)
    QTimer.singleShot(0, window.reset_session)
    box.exec()  # returns only because the reset closed it
    assert not box.isVisible()


def test_the_website_dialog_is_closed_and_no_browser_opened(qtbot, window: AppWindow, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.choose_language("en")
    window.go(Location("guide", "agents-at-door"))
    window.reader.view.anchorClicked.emit(QUrl("https://www.example.org/help"))
    dialogs = [w for w in visible_dialogs() if isinstance(w, LinkDialog)]
    assert len(dialogs) == 1 and dialogs[0].address_label.text() == "https://www.example.org/help"
    window.reset_session()
    assert not dialogs[0].isVisible()
    assert opened == []


def test_a_reset_makes_no_page_and_each_made_page_forgets_in_place(qtbot, window: AppWindow) -> None:
    window.choose_language("en")
    window.go(Location("guide", "agents-at-door"))
    made = window.pages.made_pages()
    assert window.reader in made and not any(type(page).__name__ == "PlacePage" for page in made)
    window.reset_session()
    assert window.pages.made_pages() == made  # the place page, never opened, is still not made
    assert window.reader.guide_id == "" and window.reader.view.toPlainText() == ""
    window.go(Location("place"))
    place = window.place_page
    place.show_place("22314")
    window.reset_session()
    assert window.place_page is place and place.answer is None and place.view.toPlainText() == ""


# -- nothing typed comes back ---------------------------------------------------------------------
def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)


def press_undo(qtbot, field) -> None:
    from PySide6.QtCore import Qt

    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_z_brings_no_search_back_after_a_reset(qtbot, window: AppWindow) -> None:
    window.choose_language("en")
    window.open_search()
    type_into(qtbot, window.search_page.search_field, "deportation lawyer")
    window.reset_session()
    field = window.search_page.search_field
    press_undo(qtbot, field)
    assert field.text() == "" and not field.isUndoAvailable() and not field.isRedoAvailable()


def test_the_home_field_gives_back_nothing_after_handing_the_words_to_search(qtbot, window: AppWindow) -> None:
    window.choose_language("en")
    home = window.home_page.search_field
    type_into(qtbot, home, "a")  # the first letter moves the visitor to the search page
    assert window.stack.currentWidget() is window.search_page
    type_into(qtbot, window.search_page.search_field, "sylum")
    window.reset_session()
    for field in (home, window.search_page.search_field):
        press_undo(qtbot, field)
        assert field.text() == "" and not field.isUndoAvailable()


def test_every_field_a_visitor_typed_in_has_no_history_after_a_reset(qtbot, window: AppWindow) -> None:
    from PySide6.QtWidgets import QLineEdit

    window.choose_language("en")
    window.go(Location("place"))
    type_into(qtbot, window.place_page.zip_field, "22314")
    window.go(Location("directory"))
    type_into(qtbot, window.directory_page.where_field, "Alexandria")
    window.open_search()
    type_into(qtbot, window.search_page.search_field, "bond")
    window.reset_session()
    fields = [
        w
        for w in QApplication.allWidgets()
        if isinstance(w, QLineEdit) and window.isAncestorOf(w) and not w.isReadOnly()
    ]
    assert len(fields) >= 4
    for field in fields:
        press_undo(qtbot, field)
        assert not field.isUndoAvailable() and not field.isRedoAvailable(), field.objectName()
        if field.objectName():  # spin boxes' and combo boxes' inner fields show their value
            assert field.text() == "", field.objectName()


def test_no_python_object_keeps_the_visitors_query_after_a_reset(qtbot, window: AppWindow) -> None:
    import gc
    import sys

    query = "zqxvisitorword"  # found nowhere else in the process
    window.choose_language("en")
    window.open_search()
    qtbot.waitUntil(lambda: window.search_page.is_ready, timeout=10000)
    with qtbot.waitSignal(window.search_page.results_shown, timeout=10000):
        window.search_page.set_query(query)
    window.reset_session()
    qtbot.waitUntil(lambda: window.search_page.results is None)
    gc.collect()
    here = sys._getframe()  # this test's own frame holds `query`
    holders = []
    for holder in gc.get_objects():  # loops, not comprehensions, which would put `query` in a cell of their own
        if holder is here or holder is here.f_locals:
            continue
        for item in gc.get_referents(holder):
            if isinstance(item, str) and query in item:
                holders.append(f"{type(holder).__name__}: {repr(holder)[:80]}")
    assert holders == []  # no attribute, cache, closure or result list keeps it, nor a MATCH made of it

