"""The search panel, used as a person would: type, read the results, move with the keys, open one."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from desktopguide.core.search import SearchDocument, SearchIndex
from desktopguide.core.search.results import SearchResult, SearchResults
from desktopguide.gui.pages.search_panel import ID_ROLE, LANG_ROLE, SearchPanel

TIMEOUT = 5000


@pytest.fixture
def library(content: Path) -> Library:
    return load_library(content)


@pytest.fixture
def index(library: Library, tmp_path: Path) -> SearchIndex:
    return SearchIndex.for_library(library, cache_dir=tmp_path / "cache")


def make_panel(qtbot, library: Library, index, lang: str = "en") -> SearchPanel:
    panel = SearchPanel(library, index, lang)
    qtbot.addWidget(panel)
    panel.resize(500, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def panel(qtbot, library: Library, index: SearchIndex) -> SearchPanel:
    return make_panel(qtbot, library, index)


def rows(panel: SearchPanel) -> list[str]:
    return [panel.results_list.item(i).text() for i in range(panel.results_list.count())]


def result_ids(panel: SearchPanel) -> list[str]:
    items = (panel.results_list.item(i) for i in range(panel.results_list.count()))
    return [item.data(ID_ROLE) for item in items if item.data(ID_ROLE)]


def type_and_wait(qtbot, panel: SearchPanel, text: str) -> None:
    with qtbot.waitSignal(panel.results_shown, timeout=TIMEOUT):
        qtbot.keyClicks(panel.search_field, text)


def test_results_follow_the_typing_grouped_under_headings(qtbot, panel: SearchPanel) -> None:
    type_and_wait(qtbot, panel, "alexandria")
    shown = rows(panel)
    assert "Organizations" in shown and "Places" in shown
    assert shown.index("Alex311") == shown.index("Organizations") + 1
    assert shown.index("Alexandria, VA") == shown.index("Places") + 1


class AnsweringIndex:
    """Stands in for the index: answers every query with the same results."""

    def __init__(self, results: list[SearchResult]) -> None:
        self.results = results

    def search(self, query: str, lang: str, **_options: object) -> SearchResults:
        return SearchResults(query, lang, self.results)


def test_the_help_a_question_asks_for_shows_before_the_other_guides(qtbot, library: Library) -> None:
    def found(kind: str, record_id: str, title: str, asked: bool = False) -> SearchResult:
        return SearchResult(kind, record_id, "en", title, "", 1.0, asked=asked)

    index = AnsweringIndex(
        [
            found("guide", "finding-legal-help", "Finding real legal help"),
            found("org", "ny", "New York Legal Aid", asked=True),
            found("guide", "checking-a-lawyer", "Checking a lawyer"),
        ]
    )
    panel = make_panel(qtbot, library, lambda: index)  # built on a worker, as the app's is
    type_and_wait(qtbot, panel, "lawyer in new york")
    assert rows(panel) == [
        "Guides",
        "Finding real legal help",
        "Organizations",
        "New York Legal Aid",
        "Guides",
        "Checking a lawyer",
    ]


def test_typing_more_narrows_the_results(qtbot, panel: SearchPanel) -> None:
    type_and_wait(qtbot, panel, "do")
    assert "agents-at-door" in result_ids(panel)
    type_and_wait(qtbot, panel, "or")
    assert result_ids(panel)[0] == "agents-at-door"
    assert panel.search_field.text() == "door"


def test_enter_in_the_field_opens_the_first_result(qtbot, panel: SearchPanel) -> None:
    qtbot.keyClicks(panel.search_field, "door")
    with qtbot.waitSignal(panel.result_activated, timeout=TIMEOUT) as opened:
        qtbot.keyClick(panel.search_field, Qt.Key.Key_Return)
    assert opened.args == ["guide", "agents-at-door"]


def test_down_moves_into_the_results_skipping_headings_and_enter_opens_one(qtbot, panel: SearchPanel) -> None:
    type_and_wait(qtbot, panel, "alexandria")
    ids = result_ids(panel)
    assert len(ids) >= 2
    qtbot.keyClick(panel.search_field, Qt.Key.Key_Down)
    assert panel.results_list.hasFocus()
    assert panel.results_list.currentItem().data(ID_ROLE) == ids[0]
    qtbot.keyClick(panel.results_list, Qt.Key.Key_Down)
    assert panel.results_list.currentItem().data(ID_ROLE) == ids[1]
    with qtbot.waitSignal(panel.result_activated, timeout=TIMEOUT) as opened:
        qtbot.keyClick(panel.results_list, Qt.Key.Key_Return)
    assert opened.args[1] == ids[1]


def test_up_from_the_first_result_goes_back_to_the_field(qtbot, panel: SearchPanel) -> None:
    type_and_wait(qtbot, panel, "alexandria")
    qtbot.keyClick(panel.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(panel.results_list, Qt.Key.Key_Up)
    assert panel.search_field.hasFocus()


def test_escape_clears_the_field_and_the_results(qtbot, panel: SearchPanel) -> None:
    type_and_wait(qtbot, panel, "door")
    with qtbot.waitSignal(panel.results_shown, timeout=TIMEOUT):
        qtbot.keyClick(panel.search_field, Qt.Key.Key_Escape)
    assert panel.search_field.text() == "" and panel.results_list.count() == 0


def test_reset_empties_the_field_and_the_results(qtbot, panel: SearchPanel) -> None:
    type_and_wait(qtbot, panel, "door")
    with qtbot.waitSignal(panel.results_shown, timeout=TIMEOUT):
        panel.reset()
    assert panel.search_field.text() == "" and panel.results_list.count() == 0 and panel.results is None


def test_double_click_opens_a_result(qtbot, panel: SearchPanel) -> None:
    type_and_wait(qtbot, panel, "stopped")
    item = next(
        panel.results_list.item(i)
        for i in range(panel.results_list.count())
        if panel.results_list.item(i).data(ID_ROLE)
    )
    rect = panel.results_list.visualItemRect(item)
    with qtbot.waitSignal(panel.result_activated, timeout=TIMEOUT) as opened:
        # A real double click: a press and release, then the double click.
        qtbot.mouseClick(panel.results_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.results_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["guide", "stopped"]


def test_a_result_in_another_language_says_which(qtbot, library: Library, index: SearchIndex) -> None:
    panel = make_panel(qtbot, library, index, lang="es")
    type_and_wait(qtbot, panel, "stopped")
    assert "Stopped by police (English)" in rows(panel)


def test_the_readers_language_comes_first_and_follows_a_language_change(qtbot, panel: SearchPanel) -> None:
    type_and_wait(qtbot, panel, "alex311")  # the organization has English and Spanish text
    assert panel.results_list.item(1).data(LANG_ROLE) == "en"
    with qtbot.waitSignal(panel.results_shown, timeout=TIMEOUT):
        panel.set_language("es")
    assert panel.results_list.item(1).data(LANG_ROLE) == "es"
    assert (
        panel.results_list.item(1).data(Qt.ItemDataRole.AccessibleTextRole)
        == "Alex311: La línea de información de la ciudad."
    )


def test_a_typo_is_searched_as_the_nearest_word_and_said(qtbot, panel: SearchPanel) -> None:
    type_and_wait(qtbot, panel, "detainr ")
    assert panel.note_label.text() == (
        'Showing results for “detainer”. Search instead for “<a href="#as-typed">detainr</a>”.'
    )
    assert result_ids(panel)[0] == "detainer"


def test_search_instead_for_the_typed_words_searches_them_uncorrected(qtbot, panel: SearchPanel) -> None:
    type_and_wait(qtbot, panel, "detainr ")
    with qtbot.waitSignal(panel.results_shown, timeout=TIMEOUT):
        panel.note_label.linkActivated.emit("#as-typed")
    assert panel.results is not None and panel.results.corrected_query is None
    assert panel.note_label.text() == "Nothing found for “detainr”."


def test_typed_words_in_the_note_cannot_become_markup(qtbot, panel: SearchPanel) -> None:
    type_and_wait(qtbot, panel, "<b>zzzzqqqq")
    assert "<b>" not in panel.note_label.text() and "&lt;b&gt;" in panel.note_label.text()


def test_nothing_found_is_said(qtbot, panel: SearchPanel) -> None:
    type_and_wait(qtbot, panel, "zzzzqqqq")
    assert panel.note_label.text() == "Nothing found for “zzzzqqqq”."
    assert panel.results_list.count() == 0


@pytest.mark.parametrize("text", ['NEAR("ice" AND', "😀", "(" * 500, "\x00detainer"])
def test_any_text_shows_results_or_none(qtbot, panel: SearchPanel, text: str) -> None:
    with qtbot.waitSignal(panel.results_shown, timeout=TIMEOUT):
        panel.set_query(text)


def test_the_field_and_the_results_have_accessible_names(panel: SearchPanel) -> None:
    assert panel.search_field.accessibleName() == "Search"
    assert panel.results_list.accessibleName() == "Search results"
    assert panel.search_field.placeholderText()


def test_results_read_aloud_with_their_snippet_and_language(qtbot, library: Library, index: SearchIndex) -> None:
    panel = make_panel(qtbot, library, index, lang="es")
    type_and_wait(qtbot, panel, "stopped")
    spoken = panel.results_list.item(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Stopped by police, in English: ")


def test_the_gui_thread_keeps_working_while_the_index_is_built(qtbot, library: Library, tmp_path: Path) -> None:
    release = threading.Event()
    started = threading.Event()

    def slow_build() -> SearchIndex:
        started.set()
        release.wait(timeout=10)
        return SearchIndex.for_library(library, cache_dir=tmp_path / "cache")

    panel = make_panel(qtbot, library, slow_build)  # returns while the index is still being built
    assert started.wait(timeout=5)
    qtbot.keyClicks(panel.search_field, "door")  # the field takes typing meanwhile
    assert panel.search_field.text() == "door"
    qtbot.waitUntil(lambda: panel.note_label.text() == "Preparing search…", timeout=TIMEOUT)
    assert not panel.is_ready
    with qtbot.waitSignal(panel.results_shown, timeout=TIMEOUT):
        release.set()
    assert result_ids(panel)[0] == "agents-at-door"


def test_a_failed_index_build_says_search_is_not_available(qtbot, library: Library) -> None:
    def broken() -> SearchIndex:
        raise OSError("disk full")

    panel = make_panel(qtbot, library, broken)
    qtbot.keyClicks(panel.search_field, "door")
    qtbot.waitUntil(lambda: panel.note_label.text() == "Search is not available right now.", timeout=TIMEOUT)


def test_deleting_a_panel_while_its_index_is_prepared_does_not_wait_for_the_build(
    qtbot, library: Library, index: SearchIndex
) -> None:
    # A panel goes away with the window, or when the content is reloaded, whether or not its
    # index is ready. Waiting for the build there froze the app: the build needs Python's lock,
    # which the deleting code holds.
    started, release = threading.Event(), threading.Event()
    finished: list[bool] = []

    def slow_build() -> SearchIndex:
        started.set()
        release.wait(timeout=10)
        finished.append(True)
        return index

    panel = SearchPanel(library, slow_build, "en")
    assert started.wait(timeout=5)
    shiboken6.delete(panel)  # what Qt does to a child when its window goes
    assert not finished, "deleting the panel waited for its index"
    release.set()
    qtbot.waitUntil(lambda: bool(finished), timeout=TIMEOUT)


@pytest.mark.parametrize(("home_zip", "nearest"), [("22301", "alexandria"), ("98104", "seattle")])
def test_a_question_for_a_lawyer_lists_legal_help_near_the_home_zip_first(
    qtbot, library: Library, home_zip: str, nearest: str
) -> None:
    index = SearchIndex.from_documents(
        [
            SearchDocument("org", "seattle", "en", "Seattle Legal Aid", postal_code="98101"),
            SearchDocument("org", "alexandria", "en", "Alexandria Legal Aid", postal_code="22314"),
            SearchDocument("guide", "g", "en", "A lawyer for your case", body="Find a lawyer."),
        ]
    )
    panel = make_panel(qtbot, library, index)
    panel.home_zip = home_zip
    type_and_wait(qtbot, panel, "I need a lawyer")
    assert [rid for rid in result_ids(panel) if rid in ("seattle", "alexandria")][0] == nearest
