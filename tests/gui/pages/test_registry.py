"""The page registry: which page answers each kind of Location, made when first asked for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QStackedWidget, QWidget

from desktopguide.core.content.loader import load_languages, load_library
from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.history import Location
from desktopguide.gui.pages.registry import PageMaker, PageRegistry
from desktopguide.gui.preferences import PreferenceStore


class FakePage(QWidget):
    def __init__(self, keys: tuple[str, ...] = ("",)) -> None:
        super().__init__()
        self.keys = keys
        self.opened: list[str] = []

    def open(self, key: str) -> bool:
        self.opened.append(key)
        return key in self.keys

    def set_language(self, code: str) -> None:
        pass

    def retranslate(self) -> None:
        pass

    def reset(self) -> None:
        pass


def registry(made: list[str]) -> tuple[PageRegistry, QStackedWidget]:
    stack = QStackedWidget()
    pages = PageRegistry(stack, fallback="home")

    def maker(name: str, keys: tuple[str, ...] = ("",)):
        return lambda: made.append(name) or FakePage(keys)

    pages.register(
        PageMaker("home", maker("home"), needs_library=False),
        PageMaker("directory", maker("directory", ("", "a-record")), answers=("directory", "org")),
    )
    return pages, stack


def test_a_page_is_made_when_first_shown_and_only_once(qtbot) -> None:
    made: list[str] = []
    pages, stack = registry(made)
    qtbot.addWidget(stack)
    assert made == [] and stack.count() == 0
    assert pages.show(Location("home"))
    assert pages.show(Location("home"))
    assert made == ["home"] and stack.count() == 1 and stack.currentWidget() is pages.page("home")


def test_kinds_that_share_a_page_open_their_key_on_it(qtbot) -> None:
    made: list[str] = []
    pages, stack = registry(made)
    qtbot.addWidget(stack)
    assert pages.show(Location("directory"))
    assert pages.show(Location("org", "a-record"))
    directory = pages.page("directory")
    assert made == ["directory"] and directory.opened == ["", "a-record"]


def test_a_key_the_page_cannot_open_leaves_the_page_shown_before(qtbot) -> None:
    pages, stack = registry([])
    qtbot.addWidget(stack)
    pages.show(Location("home"))
    assert not pages.show(Location("org", "no-such-record"))
    assert stack.currentWidget() is pages.page("home")


def test_an_unknown_kind_goes_to_the_fallback_page(qtbot) -> None:
    pages, stack = registry([])
    qtbot.addWidget(stack)
    assert pages.maker_for(Location("no-such-page")).name == "home"


def test_a_new_library_drops_only_the_pages_made_with_the_old_one(qtbot) -> None:
    pages, stack = registry([])
    qtbot.addWidget(stack)
    home, directory = pages.page("home"), pages.page("directory")
    pages.forget_library_pages()
    assert pages.made_pages() == [home] and stack.count() == 1
    assert pages.page("directory") is not directory


# -- the window's registry ----------------------------------------------------------------------
def test_every_kind_of_location_has_the_page_that_answers_it(window: AppWindow) -> None:
    answering = {
        kind: window.pages.maker_for(Location(kind)).name
        for kind in ("language", "home", "topic", "guide", "org", "place", "detained", "directory", "search")
    }
    assert answering == {
        "language": "language", "home": "home", "topic": "topic", "guide": "guide", "org": "directory",
        "place": "place", "detained": "detained", "directory": "directory", "search": "search",
    }


def test_a_window_that_starts_on_the_home_screen_makes_no_other_page(qtbot, content: Path, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = AppWindow(load_languages(content), PreferenceStore(settings), first_language="en")
    qtbot.addWidget(win)
    assert [type(page).__name__ for page in win.pages.made_pages()] == ["HomePage"]
    win.set_library(load_library(content))  # the search page starts on its index at once
    assert [type(page).__name__ for page in win.pages.made_pages()] == ["HomePage", "SearchPanel"]


def test_a_language_change_reaches_every_page_made_shown_or_not(window: AppWindow) -> None:
    window.choose_language("en")
    window.go(Location("guide", "agents-at-door"))
    window.go(Location("topic", "home"))
    english = window.reader.view.toPlainText()
    window.set_language("es")
    assert window.stack.currentWidget() is window.topic_page
    assert window.reader.lang == "es" and window.reader.view.toPlainText() != english
    assert window.topic_page.lang == "es"


def test_a_facility_found_by_search_opens_the_detained_page(window: AppWindow) -> None:
    window.choose_language("en")
    window._on_search_result("place", "facility-no-such-facility")
    assert window.history.current == Location("detained", "facility-no-such-facility")
    assert window.stack.currentWidget() is window.detained_page


def test_an_ice_office_found_by_search_opens_the_detained_page(window: AppWindow) -> None:
    window.choose_language("en")
    # (The test content has no lists: what the page shows for an office, test_detained_page.)
    window._on_search_result("place", "office-tx-houston-field-office-77060")
    assert window.history.current == Location("detained", "office-tx-houston-field-office-77060")
    assert window.stack.currentWidget() is window.detained_page
