"""Search everything: a field, and results that follow the typing, grouped by kind.

`SearchPanel(library, index)` takes the Library and a `SearchIndex`, or a function that
builds one (run on a worker thread, so opening the panel never waits for the index).
Typing searches after a short pause, also on a worker thread; results come grouped
under headings (guides, organizations, places, glossary), the best group first, and the
legal help or place the question asks for in a group of its own where it stands. A
result in another language than the reader's says which. Enter in the field opens the
first result; Down moves into the results, Up from the first result back to the field;
Enter or a double click opens a result. Opening emits `result_activated(kind, id)`.
Nothing typed here is kept once it is replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRectF, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktopguide.core.content.model import Library
from desktopguide.core.search import SearchIndex, SearchResults
from desktopguide.core.search.results import SearchResult
from desktopguide.gui.translation.retranslate import Retranslating
from desktopguide.gui.worker import Worker
from desktopguide.i18n import N_, _

DEBOUNCE_MS = 150
RESULT_LIMIT = 30
KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
LANG_ROLE = Qt.ItemDataRole.UserRole + 3
HEADINGS = {
    "guide": N_("Guides"),
    "org": N_("Organizations"),
    "place": N_("Places"),
    "term": N_("Glossary"),
}

IndexSource = SearchIndex | Callable[[], SearchIndex]


@cache
def search_pool() -> QThreadPool:
    """One thread for every panel's index building and searches, for the whole process. Not a
    child of a panel: a pool deleted with its panel waits for the task it runs, and when that
    wait holds Python's lock (a panel deleted from Python code) the task can never finish."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    return pool


class SearchPanel(Retranslating, QWidget):
    """The search field and its results. Emits `result_activated(kind, record_id)`."""

    result_activated = Signal(str, str)
    results_shown = Signal()  # after each new set of results (or none) is on screen

    def __init__(
        self,
        library: Library,
        index: IndexSource,
        lang: str = "en",
        parent: QWidget | None = None,
        home_zip: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("search_panel")
        self.library = library
        self.lang = lang
        self.home_zip = home_zip  # the staff's home ZIP code: a question for a lawyer lists help near it first
        self.index: SearchIndex | None = None
        self.results: SearchResults | None = None
        self._state = "ready"  # or "preparing", "unavailable"
        self._generation = 0  # the newest search; older answers are dropped
        self._as_typed: str | None = None  # text to search uncorrected ("search instead for")
        self._open_first_when_shown = False
        # One search at a time, in the order typed, by one worker.
        self._pool = search_pool()
        self._searcher = Worker(parent=self)
        self._searcher.succeeded.connect(self._on_results)

        self.search_field = QLineEdit()
        self.search_field.setObjectName("search_field")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textEdited.connect(self._on_text_edited)
        self.search_field.returnPressed.connect(self._on_return_pressed)
        self.search_field.installEventFilter(self)
        self.note_label = QLabel()
        self.note_label.setObjectName("search_note")
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.RichText)  # every typed word escaped
        self.note_label.linkActivated.connect(self._search_as_typed)
        self.results_list = QListWidget()
        self.results_list.setObjectName("search_results")
        self.results_list.setItemDelegate(_ResultDelegate(self.results_list))
        self.results_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results_list.setWordWrap(True)
        self.results_list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results_list.itemActivated.connect(self._on_item_activated)
        self.results_list.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search_field)
        layout.addWidget(self.note_label)
        layout.addWidget(self.results_list, 1)
        self.setFocusProxy(self.search_field)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._search_now)

        if isinstance(index, SearchIndex):
            self.index = index
        else:
            self._prepare(index)
        self.retranslate()

    # -- the index ---------------------------------------------------------------
    def _prepare(self, build: Callable[[], SearchIndex]) -> None:
        self._state = "preparing"
        self._index_builder = Worker(build, self)
        self._index_builder.succeeded.connect(self._on_index_ready)
        self._index_builder.failed.connect(self._on_index_failed)
        self._index_builder.start(self._pool)

    def _on_index_ready(self, index: SearchIndex) -> None:
        self.index = index
        self._state = "ready"
        self._update_note()
        if self.search_field.text().strip():
            self._search_now()

    def _on_index_failed(self, _error: Exception) -> None:
        self._state = "unavailable"
        self._update_note()

    @property
    def is_ready(self) -> bool:
        return self.index is not None

    # -- searching ---------------------------------------------------------------
    def set_query(self, text: str) -> None:
        """Put `text` in the field and search for it now."""
        self.search_field.setText(text)
        self._search_now()

    def _on_text_edited(self, _text: str) -> None:
        self._open_first_when_shown = False
        self._debounce.start()

    def _search_now(self) -> None:
        self._debounce.stop()
        self._generation += 1
        text = self.search_field.text()
        if not text.strip():
            self._show(None)
            return
        if self.index is None:
            self._update_note()
            return  # searched as soon as the index is ready
        generation, index, lang, home_zip = self._generation, self.index, self.lang, self.home_zip or None
        correct = text != self._as_typed
        self._searcher.start(
            self._pool,
            lambda: (
                generation,
                index.search(text, lang, limit=RESULT_LIMIT, correct=correct, home_zip=home_zip),
            ),
        )

    def _search_as_typed(self, _link: str = "") -> None:
        """"Search instead for ...": the words as typed, uncorrected, until the text changes."""
        self._as_typed = self.search_field.text()
        self._search_now()

    def _on_results(self, answer: tuple[int, SearchResults]) -> None:
        generation, results = answer
        if generation != self._generation:
            return  # the field has changed since: a newer search is coming
        self._show(results)
        if self._open_first_when_shown:
            self._open_first_when_shown = False
            self.open_first_result()

    def _on_return_pressed(self) -> None:
        text = self.search_field.text()
        if self.results is not None and self.results.query == text and not self._debounce.isActive():
            self.open_first_result()
        elif text.strip():
            self._open_first_when_shown = True
            self._search_now()

    # -- the page protocol (pages/page.py); set_language and retranslate are below ----
    def open(self, key: str) -> bool:
        return True

    def reset(self) -> None:
        """Empty the field and the results and forget the queries (for a session reset)."""
        self._open_first_when_shown = False
        self._as_typed = None
        self.search_field.setText("")  # not clear(), which Ctrl+Z undoes
        self._search_now()
        SearchIndex.forget_queries()

    def open_first_result(self) -> None:
        row = self._first_result_row()
        if row is not None:
            self._on_item_activated(self.results_list.item(row))

    # -- showing -----------------------------------------------------------------
    def _show(self, results: SearchResults | None) -> None:
        self.results = results
        self._render()
        self.results_shown.emit()

    def _render(self) -> None:
        results = self.results
        self.results_list.clear()
        if results is not None:
            for kind, group in results.grouped():
                heading = QListWidgetItem(_(HEADINGS[kind]))
                heading.setFlags(Qt.ItemFlag.NoItemFlags)  # not selectable: the keys skip it
                heading.setForeground(self.palette().color(QPalette.ColorRole.WindowText))  # not greyed out
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                heading.setData(Qt.ItemDataRole.AccessibleTextRole, _(HEADINGS[kind]))
                self.results_list.addItem(heading)
                for result in group:
                    self.results_list.addItem(self._result_item(result))
        self._update_note()

    def _result_item(self, result: SearchResult) -> QListWidgetItem:
        language = self._language_name(result.lang) if result.other_language else ""
        item = QListWidgetItem(f"{result.title} ({language})" if language else result.title)
        item.setData(KIND_ROLE, result.kind)
        item.setData(ID_ROLE, result.id)
        item.setData(LANG_ROLE, result.lang)
        tag = f' <span style="font-weight:normal">({_escape(language)})</span>' if language else ""
        item.setData(HTML_ROLE, f"<b>{result.title_html}</b>{tag}<br>{result.snippet_html}")
        if language:
            # TRANSLATORS: read aloud for a search result written in another language.
            spoken = _("{title}, in {language}: {snippet}").format(
                title=result.title, language=language, snippet=result.snippet
            )
        else:
            spoken = f"{result.title}: {result.snippet}"
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        item.setToolTip(result.snippet)
        return item

    def _language_name(self, code: str) -> str:
        language = self.library.languages.get(code)
        return language.native_name if language else code

    def _update_note(self) -> None:
        text = self.search_field.text().strip()
        if self._state == "unavailable":
            note = _escape(_("Search is not available right now."))
        elif self.index is None and text:
            note = _escape(_("Preparing search…"))
        elif self.results is not None and self.results.corrected_query:
            link = '<a href="#as-typed">' + _escape(self.results.query.strip()) + "</a>"
            # TRANSLATORS: {query} is the corrected search; {original}, what was typed, is a link that searches it.
            note = _("Showing results for “{query}”. Search instead for “{original}”.").format(
                query=_escape(self.results.corrected_query), original=link
            )
        elif self.results is not None and not self.results:
            note = _escape(_("Nothing found for “{query}”.").format(query=text))
        else:
            note = ""
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))

    # -- keyboard ----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search_field and event.key() == Qt.Key.Key_Down:
                return self._focus_results()
            if watched is self.search_field and event.key() == Qt.Key.Key_Escape and self.search_field.text():
                self.search_field.clear()
                self._search_now()
                return True
            if watched is self.results_list:
                return self._results_key(event)
        return super().eventFilter(watched, event)

    def _focus_results(self) -> bool:
        row = self._first_result_row()
        if row is None:
            return False
        self.results_list.setFocus(Qt.FocusReason.TabFocusReason)
        self.results_list.setCurrentRow(row)
        return True

    def _results_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            row = self._next_result_row(self.results_list.currentRow(), step)
            if row is not None:
                self.results_list.setCurrentRow(row)
            elif step < 0:
                self.search_field.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        if key == Qt.Key.Key_Escape:
            self.search_field.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def _is_result(self, row: int) -> bool:
        item = self.results_list.item(row)
        return item is not None and item.data(ID_ROLE) is not None

    def _first_result_row(self) -> int | None:
        return self._next_result_row(-1, 1)

    def _next_result_row(self, row: int, step: int) -> int | None:
        row += step
        while 0 <= row < self.results_list.count():
            if self._is_result(row):
                return row
            row += step
        return None

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        if item.data(ID_ROLE) is not None:
            self.result_activated.emit(item.data(KIND_ROLE), item.data(ID_ROLE))

    # -- language ----------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Results in `code` come first from now on; the current search is run again."""
        self.lang = code
        self.retranslate()
        if self.search_field.text().strip():
            self._search_now()

    def retranslate(self) -> None:
        self.search_field.setPlaceholderText(_("Search guides, organizations and places"))
        self.search_field.setAccessibleName(_("Search"))
        self.search_field.setAccessibleDescription(_("Results appear below as you type. Press Down to move to them."))
        self.results_list.setAccessibleName(_("Search results"))
        self.note_label.setAccessibleName(_("Search status"))
        self._render()  # headings and notes in the new language


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _ResultDelegate(QStyledItemDelegate):
    """Draws a result as rich text: the title, then the snippet with its matched words in bold."""

    MARGIN = 4

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument | None:
        html = index.data(HTML_ROLE)
        if not html:
            return None
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(html)
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListWidget) else option.rect.width()
        document.setTextWidth(max(50, width - 2 * self.MARGIN))
        return document

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        document = self._document(option, index)
        if document is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + self.MARGIN, option.rect.top() + self.MARGIN)
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        document = self._document(option, index)
        if document is None:
            return super().sizeHint(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 2 * self.MARGIN)
