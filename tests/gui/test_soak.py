"""Soak: a seeded monkey uses the real window on the bundled library for thousands of actions
(taps on buttons, tiles, list rows and links, typing, back and forward, language switches,
dialogs opened and closed, zoom, flicks, idle resets) and must cause no exception and no
memory that keeps growing: RSS at the end at most 10% above RSS after the warm-up.

The RSS compared is the process's own memory (RssAnon in /proc/self/status). VmRSS also
counts the pages of font files the kernel has read in for the scripts drawn lately, which
come and go by tens of megabytes (Chinese at a new size) without the app keeping anything;
both are printed.

    DESKTOPGUIDE_SOAK_SEED=7 DESKTOPGUIDE_SOAK_ACTIONS=20000 pytest tests/gui/test_soak.py

A failure prints the seed and the last actions, so the run can be repeated exactly.
"""

from __future__ import annotations

import dataclasses
import os
import random
import re
import statistics
from collections import deque
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDialog,
    QListWidget,
    QScroller,
    QTextBrowser,
    QWidget,
)

from desktopguide.core.kiosk.settings import ENV_VAR as KIOSK_CONFIG_ENV
from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.history import Location
from desktopguide.gui.pages.guide_reader import MAX_ZOOM, MIN_ZOOM
from desktopguide.gui.theme import apply_theme
from tests.gui.walking import dialog_openers, links, make_window, settle, tap, tap_link, visit_dialogs, visit_pages

SEED = int(os.environ.get("DESKTOPGUIDE_SOAK_SEED", "20261121"))
ACTIONS = int(os.environ.get("DESKTOPGUIDE_SOAK_ACTIONS", "5000"))
WARM_UP = max(1, ACTIONS // 10)
MAX_GROWTH = 0.10
# RSS is sampled every few actions and compared as medians over a stretch, after the warm-up and
# at the end: one print preview in flight must not pass for growth, and a leak still shows.
SAMPLE_EVERY = 10
STRETCH = max(SAMPLE_EVERY, ACTIONS // 50)

# What people type: words in several scripts, places, bad input and the syntax of the search engine.
TYPED = [
    "ice", "detainer", "warrant", "la migra", "abogado", "derechos", "محامي", "الهجرة", "وکیل", "律师", "адвокат",
    "ጠበቃ", "22314", "22204", "00000", "Arlington County, VA", "Fairfax", "VA", "nowhere, ZZ", "",
    '"unbalanced', "NEAR(a b)", "a* OR -b", "'; DROP TABLE guides; --", "\u200f\u202e", "😀" * 3, "x" * 300,
]
# Buttons that open the operating system's windows (a file chooser, a printer) and would wait for a person.
NEVER_TAP = {"save_pdf_button"}


def type_text(field: QWidget, text: str) -> None:
    """Key presses carrying each character, as a keyboard or the on-screen one sends them
    (QTest's own typing knows ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def rss_kib(field: str = "RssAnon") -> int:
    match = re.search(rf"{field}:\s+(\d+)", Path("/proc/self/status").read_text())
    assert match, f"no {field} in /proc/self/status"
    return int(match.group(1))


class Monkey:
    """One random action at a time, each chosen by weight from what the screen offers."""

    def __init__(self, qtbot, window: AppWindow, rng: random.Random) -> None:
        self.qtbot, self.window, self.rng = qtbot, window, rng
        self.log: deque[str] = deque(maxlen=40)
        self.actions: list[tuple[int, Callable[[], str]]] = [
            (30, self.tap_button),
            (10, self.tap_list_row),
            (8, self.tap_link),
            (8, self.type_search),
            (4, self.type_place),
            (5, self.choose_in_combo),
            (10, self.navigate),
            (5, self.press_key),
            (4, self.zoom),
            (4, self.flick),
            (4, self.open_dialog),
            (2, self.switch_language),
            (1, self.reset),
        ]
        self.weights = [weight for weight, _action in self.actions]

    def step(self, number: int) -> None:
        _weight, action = self.rng.choices(self.actions, self.weights)[0]
        self.log.append(f"{number}: {action.__name__}")
        self.log[-1] += f" {action()}"
        settle()
        self.close_dialogs()

    # -- what is on screen -----------------------------------------------------------
    def page(self) -> QWidget:
        return self.window.stack.currentWidget()

    def shown(self, kind: type) -> list:
        # allWidgets(), not findChildren(): PySide would tie what findChildren returns to the page,
        # and the wrappers of widgets deleted later (a topic's buttons) would pile up in the test.
        roots = (self.page(), self.window.toolbar)
        found = [
            w for w in QApplication.allWidgets()
            if isinstance(w, kind) and w.isVisible() and w.isEnabled() and any(r.isAncestorOf(w) for r in roots)
        ]
        return sorted(found, key=self._place)  # allWidgets() has no stable order; the seed must replay

    def _place(self, widget: QWidget) -> tuple[int, int, str, str]:
        corner = widget.mapTo(self.window, QPoint(0, 0))
        return corner.y(), corner.x(), type(widget).__name__, widget.objectName()

    def close_dialogs(self) -> None:
        # A person closes what they opened; the test does it for them (never leaving an exec() running).
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        settle()

    # -- actions -------------------------------------------------------------------------
    def tap_button(self) -> str:
        buttons = [b for b in self.shown(QAbstractButton) if b.objectName() not in NEVER_TAP]
        if not buttons:
            return "(none)"
        button = self.rng.choice(buttons)
        tap(self.qtbot, button)
        return button.objectName() or button.text()[:30] or type(button).__name__

    def tap_list_row(self) -> str:
        lists = [view for view in self.shown(QListWidget) if view.count()]
        if not lists:
            return "(none)"
        view = self.rng.choice(lists)
        item = view.item(self.rng.randrange(view.count()))
        view.scrollToItem(item)
        point = view.visualItemRect(item).center()
        if self.rng.random() < 0.5:
            self.qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        else:
            tap(self.qtbot, view.viewport(), point)
        return f"{view.objectName()} row {view.row(item)}"

    def tap_link(self) -> str:
        views = [(view, links(view)) for view in self.shown(QTextBrowser)]
        views = [(view, found) for view, found in views if found]
        if not views:
            return "(none)"
        view, found = self.rng.choice(views)
        href = self.rng.choice(sorted(found))
        tap_link(self.qtbot, view, href)
        return href

    def type_search(self) -> str:
        if self.rng.random() < 0.3:
            self.window.search_action.trigger()
        if self.page() is not getattr(self.window, "search_page", None):
            return "(not on search)"
        field = self.window.search_page.search_field
        text = self.rng.choice(TYPED)
        field.selectAll()
        type_text(field, text[:40])
        if self.rng.random() < 0.3:
            self.qtbot.keyClick(field, Qt.Key.Key_Return)
        return repr(text[:20])

    def type_place(self) -> str:
        page = self.page()
        field = {id(getattr(self.window, "directory_page", None)): "where_field",
                 id(getattr(self.window, "place_page", None)): "zip_field"}.get(id(page))
        if field is None:
            return "(no place field)"
        line = getattr(page, field)
        line.selectAll()
        text = self.rng.choice(TYPED)
        type_text(line, text[:40])
        self.qtbot.keyClick(line, Qt.Key.Key_Return)
        return repr(text[:20])

    def choose_in_combo(self) -> str:
        boxes = [box for box in self.shown(QComboBox) if box.count()]
        if not boxes:
            return "(none)"
        box = self.rng.choice(boxes)
        box.setCurrentIndex(self.rng.randrange(box.count()))  # as a tap in its list would
        return f"{box.objectName()} -> {box.currentIndex()}"

    def navigate(self) -> str:
        choice = self.rng.choice(["back", "back", "forward", "home", "language", "tile"])
        if choice == "back":
            self.window.back_action.trigger()
        elif choice == "forward":
            self.window.forward_action.trigger()
        elif choice == "home":
            self.window.home_action.trigger()
        elif choice == "language":
            self.window.language_action.trigger()
        else:
            self.window.go_home()
            tap(self.qtbot, self.rng.choice(list(self.window.home_page.tiles.values())))
        return choice

    def press_key(self) -> str:
        target = self.window.focusWidget() or self.page()
        key = self.rng.choice([Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Escape,
                               Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Space])
        self.qtbot.keyClick(target, key)
        return f"{key.name} on {type(target).__name__}"

    def zoom(self) -> str:
        if self.page() is not self.window.reader:
            return "(not reading)"
        button = self.rng.choice([self.window.reader.zoom_in_button, self.window.reader.zoom_out_button])
        tap(self.qtbot, button)
        return str(self.window.reader.zoom)

    def flick(self) -> str:
        areas = [area for area in self.shown(QAbstractScrollArea) if area.verticalScrollBar().maximum() > 0]
        if not areas:
            return "(nothing to scroll)"
        area = self.rng.choice(areas)
        scroller = QScroller.scroller(area.viewport())
        start = QPointF(area.viewport().rect().center())
        distance = self.rng.choice([-300, -120, 120, 300])
        scroller.handleInput(QScroller.Input.InputPress, start, 0)
        for step in range(1, 6):
            scroller.handleInput(QScroller.Input.InputMove, start + QPointF(0, distance * step / 5), 16 * step)
        scroller.handleInput(QScroller.Input.InputRelease, start + QPointF(0, distance), 96)
        if self.rng.random() < 0.5:
            scroller.stop()  # a finger that stops the flick
        return type(area).__name__

    def open_dialog(self) -> str:
        window = self.window
        window.go(Location("guide", self.rng.choice(sorted(window.library.guides))))
        name, opener = self.rng.choice(sorted(dialog_openers(window).items()))
        dialog = opener()
        settle()
        if name == "settings":
            prefs = dataclasses.replace(
                window.prefs,
                text_scale=self.rng.choice([100, 125, 150, 200]),
                high_contrast=self.rng.random() < 0.3,
                language=self.rng.choice(sorted(window.library.languages)),
            )
            dialog.accept()
            window.apply_preferences(prefs)
        else:
            # Change what the dialog offers, as a person trying it would (the preview redraws).
            for box in [b for b in dialog.findChildren(QComboBox) if b.isVisible() and b.count()][:2]:
                box.setCurrentIndex(self.rng.randrange(box.count()))
            settle()
        return name

    def switch_language(self) -> str:
        code = self.rng.choice(sorted(self.window.languages))
        if self.rng.random() < 0.5:
            self.window.set_language(code)
        else:
            self.window.go(Location("language"))
            tap(self.qtbot, self.window.language_page.buttons[code])
        return code

    def reset(self) -> str:
        self.window.reset_session()
        return ""


def tour_everything(window: AppWindow) -> None:
    """Use every page and dialog once in every language, at every text size and in high contrast,
    and lay out cards until the card layout's cache of parsed text (bounded) is full: the fonts of
    every script, the catalogs and the caches are in memory before it is measured."""
    from desktopguide.cards import PAPERS, CardError, CardSpec, plan_cards
    from desktopguide.cards.layout import PARSED_DOCUMENTS

    library = window.library
    guides = sorted(library.guides)
    for code in sorted(library.languages):
        window.set_language(code)
        for _name, _page in visit_pages(window):
            pass
        for _name, _dialog in visit_dialogs(window):
            pass
    for number in range(PARSED_DOCUMENTS):  # several documents per card: more than enough to fill it
        lang = sorted(library.languages)[number % len(library.languages)]
        try:
            plan_cards(
                library, [CardSpec(guides[number % len(guides)], lang, "en")], sorted(PAPERS)[number % len(PAPERS)]
            )
        except CardError:
            pass  # a card that does not fit this paper: the preview says so; the tour goes on
    for scale, contrast in ((125, False), (150, True), (200, False), (100, False)):
        window.apply_preferences(dataclasses.replace(window.prefs, text_scale=scale, high_contrast=contrast))
        for zoom in (MAX_ZOOM, MIN_ZOOM, 0):
            window.go(Location("guide", "agents-at-door"))
            window.reader.set_zoom(zoom)
            settle()
    window.reset_session()


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(KIOSK_CONFIG_ENV, str(tmp_path / "kiosk.json"))  # never the user's own settings
    win = make_window(qtbot)  # preferences in memory only, as at a kiosk
    qtbot.waitUntil(lambda: win.search_page.is_ready, timeout=60000)
    yield win
    apply_theme(QApplication.instance(), 100, False)


@pytest.mark.soak
def test_monkey_soak_causes_no_exception_and_no_memory_growth(qtbot, window: AppWindow) -> None:
    monkey = Monkey(qtbot, window, random.Random(SEED))
    after_warm_up: list[int] = []
    at_the_end: list[int] = []
    total = {"after warm-up": [], "at the end": []}  # VmRSS, for the record
    tour_everything(window)
    try:
        for number in range(ACTIONS):
            monkey.step(number)
            if (number + 1) % SAMPLE_EVERY == 0:
                if WARM_UP <= number < WARM_UP + STRETCH:
                    after_warm_up.append(rss_kib())
                    total["after warm-up"].append(rss_kib("VmRSS"))
                elif number >= ACTIONS - STRETCH:
                    at_the_end.append(rss_kib())
                    total["at the end"].append(rss_kib("VmRSS"))
        window.reset_session()
        settle()
        at_the_end.append(rss_kib())
    except BaseException:
        print(f"seed {SEED}; last actions:\n" + "\n".join(monkey.log))
        raise
    baseline, final = statistics.median(after_warm_up), statistics.median(at_the_end)
    growth = (final - baseline) / baseline
    vm_before, vm_after = (statistics.median(total[key]) for key in ("after warm-up", "at the end"))
    print(
        f"seed {SEED}, {ACTIONS} actions: RssAnon {baseline:.0f} KiB after warm-up, {final:.0f} KiB at the end "
        f"({growth:+.1%}); VmRSS {vm_before:.0f} -> {vm_after:.0f} KiB ({(vm_after - vm_before) / vm_before:+.1%})"
    )
    assert growth <= MAX_GROWTH, f"RSS grew {growth:.1%} after the warm-up (seed {SEED})"
