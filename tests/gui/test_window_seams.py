"""The seams AppWindow offers a feature (print route, close guard, staff-only actions, a new
session), and that the window itself names no feature that installs into them."""

from __future__ import annotations

import ast
import inspect

from PySide6.QtCore import Qt

import desktopguide.gui.app_window as app_window_module
from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.dialogs.print_dialog import CardPrintDialog, HelpListPrintDialog
from desktopguide.gui.history import Location


def test_the_window_imports_nothing_from_the_kiosk_and_never_names_it() -> None:
    source = inspect.getsource(app_window_module)
    imported = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported.append(node.module)
        elif isinstance(node, ast.Import):
            imported += [alias.name for alias in node.names]
    assert imported and not [name for name in imported if ".kiosk" in name]
    assert "kiosk" not in source.lower()


class RecordingRoute:
    def __init__(self) -> None:
        self.asked: list[tuple] = []

    def print_card(self, guide_id: str, lang: str) -> str:
        self.asked.append(("card", guide_id, lang))
        return "printed"

    def print_help_list(self, record_ids: list[str]) -> str:
        self.asked.append(("list", *record_ids))
        return "printed"


def test_the_readers_and_directorys_print_buttons_go_the_installed_print_route(qtbot, window: AppWindow) -> None:
    route = RecordingRoute()
    window.print_route = route
    window.choose_language("es")
    window.go(Location("guide", "agents-at-door"))
    qtbot.mouseClick(window.reader.print_button, Qt.MouseButton.LeftButton)
    window.go(Location("directory"))
    shown = window.directory_page.shown_record_ids()
    qtbot.mouseClick(window.directory_page.print_button, Qt.MouseButton.LeftButton)
    assert route.asked == [("card", "agents-at-door", "es"), ("list", *shown)]
    previews = [*window.findChildren(CardPrintDialog), *window.findChildren(HelpListPrintDialog)]
    assert not [dialog for dialog in previews if dialog.isVisible()]


def test_the_default_print_route_opens_the_previews_with_the_settings_paper(window: AppWindow) -> None:
    window.prefs.paper = "a4"
    window.choose_language("en")
    card = window.open_card_print("agents-at-door", "en")
    assert isinstance(card, CardPrintDialog) and card.isVisible()
    assert card.paper_choice.currentData() == "a4"
    card.reject()
    help_list = window.open_help_list_print(["city-hotline"])
    assert isinstance(help_list, HelpListPrintDialog) and help_list.isVisible()
    help_list.reject()


def test_a_close_guard_that_says_no_keeps_the_window_open(window: AppWindow) -> None:
    allowed = False
    window.close_guard = lambda: allowed
    assert window.close() is False and window.isVisible()
    allowed = True
    assert window.close() is True and not window.isVisible()


def test_the_staff_actions_are_settings_and_about_and_on_the_toolbar(window: AppWindow) -> None:
    assert window.staff_actions() == [window.settings_action, window.about_action]
    assert all(action in window.toolbar.actions() for action in window.staff_actions())


def test_a_new_session_starts_on_the_language_screen_in_its_language_with_no_way_back(window: AppWindow) -> None:
    window.choose_language("es")
    window.go(Location("guide", "agents-at-door"))
    window.default_language = "ar"
    window.start_new_session()
    assert window.stack.currentWidget() is window.language_page
    assert window.lang == "ar"
    assert not window.history.can_go_back() and not window.back_action.isEnabled()
