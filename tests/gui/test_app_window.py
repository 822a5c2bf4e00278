"""The app as a caseworker uses it: language, home, topics, reader, settings, about."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtWidgets import QApplication

from desktopguide.core.content.loader import load_languages, load_library
from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.preferences import PreferenceStore
from desktopguide.i18n import _


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_app_opens_on_the_language_screen_with_each_language_in_its_own_script(window: AppWindow) -> None:
    assert window.stack.currentWidget() is window.language_page
    buttons = window.language_page.buttons
    assert buttons["es"].text() == "español"
    assert buttons["ar"].text() == "العربية"


def test_choosing_a_language_opens_home_in_that_language(qtbot, window: AppWindow) -> None:
    click(qtbot, window.language_page.buttons["es"])
    assert window.stack.currentWidget() is window.home_page
    assert window.lang == "es"
    assert window.home_page.tiles["home"].isVisible()


def test_a_language_given_at_start_opens_home_in_it_and_the_language_screen_still_works(
    qtbot, content: Path, settings: QSettings
) -> None:
    # `desktopguide --lang es`: no language screen first.
    win = AppWindow(load_languages(content), PreferenceStore(settings), load_library(content), first_language="es")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.stack.currentWidget() is win.home_page
    assert (
        win.home_page.heading.text()
        == _("What is happening? Choose what fits best.")
        != "What is happening? Choose what fits best."
    )
    win.language_action.trigger()
    assert win.stack.currentWidget() is win.language_page
    click(qtbot, win.language_page.buttons["en"])
    assert win.stack.currentWidget() is win.home_page and win.lang == "en"


def test_topic_tile_with_one_guide_opens_it_and_back_returns_home(qtbot, window: AppWindow) -> None:
    click(qtbot, window.language_page.buttons["en"])
    click(qtbot, window.home_page.tiles["home"])
    assert window.stack.currentWidget() is window.reader
    assert "Keep the door closed." in window.reader.view.toPlainText()
    window.back_action.trigger()
    assert window.stack.currentWidget() is window.home_page
    window.forward_action.trigger()
    assert window.stack.currentWidget() is window.reader


def test_topic_without_guides_says_so_plainly(qtbot, window: AppWindow) -> None:
    click(qtbot, window.language_page.buttons["en"])
    click(qtbot, window.home_page.tiles["school"])
    assert window.stack.currentWidget() is window.topic_page
    assert "there is no guide on this yet" in window.topic_page.heading.text()


def test_following_an_internal_link_and_going_back(qtbot, window: AppWindow) -> None:
    window.choose_language("en")
    window.go(window.history.current.__class__("guide", "agents-at-door"))
    window.reader.view.anchorClicked.emit(QUrl("guide:stopped"))
    assert "am I free to leave?" in window.reader.view.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert "Keep the door closed." in window.reader.view.toPlainText()


def test_glossary_term_shows_its_definition_on_tap(window: AppWindow) -> None:
    window.choose_language("en")
    window.go(window.history.current.__class__("guide", "agents-at-door"))
    window.reader.view.anchorClicked.emit(QUrl("term:detainer"))
    assert window.reader.last_definition.startswith("ICE detainer: A written request from ICE")


def test_zoom_with_keyboard_makes_text_larger_and_smaller(qtbot, window: AppWindow) -> None:
    window.choose_language("en")
    window.go(window.history.current.__class__("guide", "agents-at-door"))
    before = window.reader.view.font().pointSizeF()
    qtbot.keyClick(window.reader.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.reader.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.view.font().pointSizeF() > before
    qtbot.keyClick(window.reader.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.view.font().pointSizeF() == before


def test_machine_translation_banner_and_english_side_by_side(qtbot, window: AppWindow) -> None:
    window.choose_language("es")
    window.go(window.history.current.__class__("guide", "agents-at-door"))
    assert "Mantenga la puerta cerrada." in window.reader.view.toPlainText()
    assert window.reader.banner.isVisible()
    # The banner speaks the reader's language.
    assert window.reader.banner.text() == _("This is a machine translation that a person has not yet reviewed.")
    assert window.reader.banner.text() != "This is a machine translation that a person has not yet reviewed."
    click(qtbot, window.reader.side_by_side_button)
    assert window.reader.english_view.isVisible()
    assert "Keep the door closed." in window.reader.english_view.toPlainText()


def test_guide_missing_in_a_language_is_shown_in_english_with_a_notice(window: AppWindow) -> None:
    window.choose_language("ar")
    window.go(window.history.current.__class__("guide", "stopped"))
    assert "You may ask" in window.reader.view.toPlainText()
    assert window.reader.banner.text() == _(
        "This guide is not yet available in {language}. It is shown in English."
    ).format(language=window.languages["ar"].native_name)


def test_arabic_flips_the_whole_layout(window: AppWindow) -> None:
    window.choose_language("ar")
    assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.set_language("en")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_switching_language_keeps_the_open_guide(window: AppWindow) -> None:
    window.choose_language("en")
    window.go(window.history.current.__class__("guide", "agents-at-door"))
    window.set_language("es")
    assert window.stack.currentWidget() is window.reader
    assert "Mantenga la puerta cerrada." in window.reader.view.toPlainText()


def test_settings_change_text_size_and_are_remembered(
    qtbot, window: AppWindow, content: Path, settings: QSettings
) -> None:
    window.choose_language("en")
    dialog = window.open_settings()
    dialog.text_size_box.setCurrentIndex(dialog.text_size_box.findData(150))
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("a4"))
    dialog.accept()
    assert QApplication.instance().font().pointSizeF() == pytest.approx(16.5)
    again = PreferenceStore(settings).load()
    assert again.text_scale == 150 and again.paper == "a4" and again.language == "en"
    window.apply_preferences(again.__class__(language="en"))  # back to normal text for the next test


def test_a_home_zip_kept_in_the_settings_is_the_one_search_finds_legal_help_near(
    window: AppWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESKTOPGUIDE_KIOSK_CONFIG", str(tmp_path / "kiosk.json"))
    window.choose_language("en")
    assert window.search_page.home_zip == ""
    dialog = window.open_settings()
    dialog.home_zip_field.setText("98104")
    dialog.accept()
    assert window.search_page.home_zip == "98104"
    dialog = window.open_settings()
    dialog.home_zip_field.setText("123")  # refused, calmly: the one kept stays
    dialog.accept()
    assert window.search_page.home_zip == "98104"


def test_kiosk_preferences_never_touch_disk(tmp_path: Path) -> None:
    store = PreferenceStore(persistent=False)
    prefs = store.load()
    prefs.language = "es"
    store.save(prefs)
    assert PreferenceStore(persistent=False).load().language == ""


def test_about_shows_versions_language_status_and_disclaimer(window: AppWindow) -> None:
    window.choose_language("en")
    dialog = window.open_about()
    assert "not legal advice" in dialog.disclaimer.text()
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    interface_column, machine_column = 1, 3
    assert dialog.table.item(rows["español"], machine_column).text() == "1"
    # The interface catalogs are machine translations, and the About box says so.
    assert dialog.table.item(rows["español"], interface_column).text() == "Machine translation"
    assert dialog.table.item(rows["English"], interface_column).text() == "Original (English)"
    assert window.library.content_hash in dialog.summary.text()


def test_pages_wait_for_the_library_while_it_loads(qtbot, content: Path, settings: QSettings) -> None:
    win = AppWindow(load_languages(content), PreferenceStore(settings))
    qtbot.addWidget(win)
    win.choose_language("en")
    win.open_tile("home")
    assert win.stack.currentWidget() is win.loading_label
    win.set_library(load_library(content))
    assert win.stack.currentWidget() is win.topic_page
    assert [b.text() for b in win.topic_page.buttons] == ["Immigration agents at your door"]


def test_unverified_definition_is_marked_as_such(qtbot, content: Path, settings: QSettings) -> None:
    path = content / "glossary/detainer.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "unverified: [definition]\n", encoding="utf-8")
    win = AppWindow(load_languages(content), PreferenceStore(settings), load_library(content))
    qtbot.addWidget(win)
    win.choose_language("en")
    win.go(win.history.current.__class__("guide", "agents-at-door"))
    win.reader.view.anchorClicked.emit(QUrl("term:detainer"))
    assert win.reader.last_definition.endswith("(not confirmed by a cited source)")


def test_legal_help_tile_opens_the_directory_and_an_org_link_opens_its_record(qtbot, window: AppWindow) -> None:
    window.choose_language("en")
    click(qtbot, window.home_page.tiles["legal-help"])
    assert window.stack.currentWidget() is window.directory_page
    window.go(window.history.current.__class__("guide", "agents-at-door"))
    window.reader.link_activated.emit("org", "city-hotline")
    assert window.stack.currentWidget() is window.directory_page
    assert "(703) 746-4311" in window.directory_page.detail_view.toPlainText()


def test_my_county_tile_and_place_links_open_what_happens_here(qtbot, window: AppWindow) -> None:
    window.choose_language("en")
    click(qtbot, window.home_page.tiles["my-county"])
    assert window.stack.currentWidget() is window.place_page
    window.go(window.history.current.__class__("guide", "agents-at-door"))
    window.reader.link_activated.emit("place", "us-va-alexandria")
    assert window.stack.currentWidget() is window.place_page
    assert "287(g)" in window.place_page.view.toPlainText()


def test_search_is_one_keypress_away_and_enter_opens_the_first_result(qtbot, window: AppWindow) -> None:
    window.choose_language("en")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.search_page
    field = window.search_page.search_field
    qtbot.waitUntil(lambda: window.search_page.is_ready, timeout=10000)
    with qtbot.waitSignal(window.search_page.results_shown, timeout=10000):
        qtbot.keyClicks(field, "remain silent")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.reader, timeout=10000)
    assert "am I free to leave?" in window.reader.view.toPlainText()


def test_print_card_button_opens_the_preview_with_the_chosen_paper(qtbot, window: AppWindow, tmp_path: Path) -> None:
    window.choose_language("es")
    window.prefs.paper = "a4"
    window.go(window.history.current.__class__("guide", "agents-at-door"))
    with qtbot.waitSignal(window.reader.print_card_requested):
        click(qtbot, window.reader.print_button)
    dialog = next(
        w for w in QApplication.topLevelWidgets() if w.__class__.__name__ == "CardPrintDialog" and w.isVisible()
    )
    assert dialog.paper_choice.currentData() == "a4"
    assert dialog.save_pdf(tmp_path / "card.pdf")
    assert (tmp_path / "card.pdf").stat().st_size > 1000
    dialog.reject()


def test_typing_in_the_home_search_field_goes_on_in_search(qtbot, window: AppWindow) -> None:
    window.choose_language("en")
    qtbot.keyClicks(window.home_page.search_field, "d")
    assert window.stack.currentWidget() is window.search_page
    assert window.home_page.search_field.text() == ""  # the words live in one place only
    qtbot.keyClicks(window.search_page.search_field, "oor")
    assert window.search_page.search_field.text() == "door"
    assert window.search_page.search_field.hasFocus()


def test_someone_was_detained_tile_opens_its_page_with_the_locator_and_nearby_help(qtbot, window: AppWindow) -> None:
    window.choose_language("en")
    click(qtbot, window.home_page.tiles["detained"])
    page = window.detained_page
    assert window.stack.currentWidget() is page
    assert page.show_place("60601") is True
    assert "Online Detainee Locator" in page.view.toPlainText()
    assert page.show_place("2231") is False and "five digits" in page.message.text()


def test_a_county_found_by_search_opens_its_place_answer(qtbot, window: AppWindow) -> None:
    window.choose_language("en")
    window._on_search_result("place", "county-17031")
    assert window.stack.currentWidget() is window.place_page


def test_a_reset_forgets_the_zip_typed_on_the_detained_page(qtbot, window: AppWindow) -> None:
    window.choose_language("en")
    window.go(window.history.current.__class__("detained"))
    window.detained_page.zip_field.setText("60601")
    window.detained_page.show_zip()
    window.reset_session()
    assert window.detained_page.zip_field.text() == "" and window.detained_page.answer is None
