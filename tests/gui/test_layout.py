"""Every page and dialog fits: 1024x600 to 4K, 200% text, every shipped language, both pseudo-locales.

One window per screen size; the language is switched live between checks, as a person would.
A failure names the page, the widget, its text and the language.
"""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from desktopguide.core.content.loader import load_languages, load_library
from desktopguide.gui.theme import apply_theme
from desktopguide.i18n.pseudo import CODES as PSEUDO_CODES
from tests.gui.clipping import find_clipping
from tests.gui.layout_tour import Tour, make_window, settle, unreachable_tiles

LANGUAGES = [*load_languages(), *PSEUDO_CODES]
SCREENS = {
    "1024x600": (QSize(1024, 600), 100),
    "3840x2160": (QSize(3840, 2160), 100),
    "1024x600 at 200% text": (QSize(1024, 600), 200),
}


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.fixture(scope="module", params=list(SCREENS))
def screen(request, library, tmp_path_factory):
    size, text_scale = SCREENS[request.param]
    window = make_window(library, tmp_path_factory.mktemp("settings"), size)
    if text_scale != 100:
        window.apply_preferences(dataclasses.replace(window.prefs, text_scale=text_scale))
    yield window, size, request.param
    window.close()
    window.deleteLater()
    apply_theme(QApplication.instance(), 100, False)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_and_dialog_fits_without_clipping(qtbot, screen, lang: str) -> None:
    window, size, name = screen
    window.set_language(lang)
    tour = Tour(window, qtbot)
    tour.pages()
    tour.dialogs(size)
    assert not tour.problems, tour.report(f"{lang} at {name}")
    assert window.size() == size, f"{lang} at {name}: the pages need {window.size()}, more than the screen"


@pytest.mark.parametrize("lang", ["en", "am", "ar", "en-XA"])
def test_every_home_tile_can_be_reached(screen, lang: str) -> None:
    window, _size, name = screen
    window.set_language(lang)
    assert not unreachable_tiles(window), f"{lang} at {name}: tiles out of reach: {unreachable_tiles(window)}"


# -- the checker itself: it must find what it is there to find --------------------------------------------
def _squeezed(widget: QWidget, width: int) -> QWidget:
    host = QWidget()
    layout = QVBoxLayout(host)
    layout.addWidget(widget)
    widget.setFixedWidth(width)
    host.show()
    settle()
    return host


def test_the_checker_finds_a_label_cut_short(qtbot) -> None:
    label = QLabel("Immigration agents at my door")
    label.setObjectName("narrow_label")
    host = _squeezed(label, 60)
    qtbot.addWidget(host)
    problems = find_clipping(host)
    assert [p.widget for p in problems] == ["QLabel#narrow_label"]


def test_the_checker_finds_a_wrapped_label_without_room_for_its_lines(qtbot) -> None:
    label = QLabel("Immigration agents at my door " * 6)
    label.setWordWrap(True)
    label.setFixedHeight(label.fontMetrics().height())
    host = _squeezed(label, 120)
    qtbot.addWidget(host)
    assert any("high" in p.reason for p in find_clipping(host))


def test_the_checker_finds_a_button_cut_short_and_passes_one_that_fits(qtbot) -> None:
    cut = QPushButton("Show English side by side")
    fits = QPushButton("Back")
    host = _squeezed(cut, 50)
    qtbot.addWidget(host)
    host.layout().addWidget(fits)
    settle()
    assert [p.text for p in find_clipping(host)] == ["Show English side by side"]
