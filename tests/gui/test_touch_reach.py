"""Every guide can be reached by touch alone, with no typing: for visitors whose language the
on-screen keyboard does not have. The walk taps home tiles, then the guides a tile lists (or the
guide links the legal-help page offers), and comes back with the toolbar's Back button."""

from __future__ import annotations

import pytest

from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.pages.topics import TILES
from tests.gui.walking import links, make_window, settle, tap, tap_link


@pytest.fixture
def window(qtbot) -> AppWindow:
    return make_window(qtbot)


def tap_back(qtbot, window: AppWindow) -> None:
    tap(qtbot, window.toolbar.widgetForAction(window.back_action))
    settle()


def guides_reached_by_taps(qtbot, window: AppWindow) -> dict[str, str]:
    """guide id -> the tile it was reached from."""
    reached: dict[str, str] = {}
    for tile in TILES:
        tap(qtbot, window.toolbar.widgetForAction(window.home_action))
        tap(qtbot, window.home_page.tiles[tile.key])
        settle()
        page = window.stack.currentWidget()
        if page is window.reader:
            reached.setdefault(window.reader.guide_id, tile.key)
        elif page is window.topic_page:
            for index in range(len(window.topic_page.buttons)):
                tap(qtbot, window.topic_page.buttons[index])
                assert window.stack.currentWidget() is window.reader
                reached.setdefault(window.reader.guide_id, tile.key)
                tap_back(qtbot, window)
                assert window.stack.currentWidget() is window.topic_page
        elif page is window.directory_page:
            view = window.directory_page.detail_view
            for href in [h for h in links(view) if h.startswith("guide:")]:
                tap_link(qtbot, view, href)
                assert window.stack.currentWidget() is window.reader
                reached.setdefault(window.reader.guide_id, tile.key)
                tap_back(qtbot, window)
    return reached


@pytest.mark.parametrize("lang", ["en", "ar", "am"])
def test_every_guide_is_reached_from_the_home_tiles_by_taps_alone(qtbot, window: AppWindow, lang: str) -> None:
    tap(qtbot, window.language_page.buttons[lang])
    assert window.lang == lang
    reached = guides_reached_by_taps(qtbot, window)
    assert sorted(set(window.library.guides) - set(reached)) == []


def test_the_legal_help_page_offers_the_guide_on_telling_real_help_from_fraud(qtbot, window: AppWindow) -> None:
    tap(qtbot, window.language_page.buttons["en"])
    tap(qtbot, window.home_page.tiles["legal-help"])
    assert window.stack.currentWidget() is window.directory_page
    assert "guide:finding-legal-help" in links(window.directory_page.detail_view)
