"""The app's one window: language screen, home, topics and the guide reader, with navigation."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStatusBar,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from desktopguide.core.content.problems import ContentError
from desktopguide.gui.dialogs.print_route import PreviewPrintRoute, PrintRoute
from desktopguide.gui.first_paint import when_first_painted
from desktopguide.gui.history import History, Location
from desktopguide.gui.icons import icon, themed
from desktopguide.gui.pages.registry import PageMaker, PageRegistry, RegisteredPage
from desktopguide.gui.preferences import Preferences, PreferenceStore
from desktopguide.gui.theme import apply_theme
from desktopguide.gui.touch import install_focus_ring, install_touch_style
from desktopguide.gui.translation.qt_translations import install_qt_translations
from desktopguide.gui.translation.retranslate import Retranslating
from desktopguide.gui.visitor_privacy import ClipboardWatch, close_visitor_windows, forget_all_typing, forget_typing
from desktopguide.gui.widgets.toolbar_fit import ToolbarFit
from desktopguide.i18n import _, ngettext, set_language

if TYPE_CHECKING:
    from desktopguide.core.content.model import Library
    from desktopguide.core.directory.query import DirectoryIndex
    from desktopguide.core.language.language import Language
    from desktopguide.gui.dialogs.about_dialog import AboutDialog
    from desktopguide.gui.dialogs.settings_dialog import SettingsDialog
    from desktopguide.gui.pages.detained_page import DetainedPage
    from desktopguide.gui.pages.directory_page import DirectoryPage
    from desktopguide.gui.pages.guide_reader import GuideReader
    from desktopguide.gui.pages.home_page import HomePage
    from desktopguide.gui.pages.language_page import LanguagePage
    from desktopguide.gui.pages.place_page import PlacePage
    from desktopguide.gui.pages.search_panel import SearchPanel
    from desktopguide.gui.pages.topic_page import TopicPage


class AppWindow(Retranslating, QMainWindow):
    language_changed = Signal(str)
    session_reset = Signal()  # reset_session() has forgotten the visitor

    def __init__(
        self,
        languages: dict[str, Language],
        store: PreferenceStore,
        library: Library | None = None,
        parent: QWidget | None = None,
        first_language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("app_window")
        # Before the pages exist, so each is polished once: finger-sized, flicked, focus visible.
        install_touch_style(QApplication.instance())
        install_focus_ring(QApplication.instance())
        self.languages = languages
        self.library = library
        self.store = store
        self.prefs: Preferences = store.load()
        self.lang = self.prefs.language if self.prefs.language in languages else "en"
        self.history = History()
        self._pending: Location | None = None  # where to go once the library has loaded
        self.default_language = self.lang  # the language a new session starts in (start_new_session())
        self.clipboard_watch = ClipboardWatch(self)
        # Seams a feature installs itself into, the window naming none of them: where a "Print"
        # tap goes, and whether the window may close now.
        self.print_route: PrintRoute = PreviewPrintRoute(self)
        self.close_guard: Callable[[], bool] = lambda: True
        self._load_failure = ""  # why the content could not be read, if it could not

        self.stack = QStackedWidget()
        self.loading_label = QLabel()
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading_label)
        self.pages = PageRegistry(self.stack, fallback="home")
        self._directory_index: DirectoryIndex | None = None  # shared by the directory and place pages
        self._register_pages()
        self.setCentralWidget(self.stack)
        if library is not None:
            self._start_library_pages()
        self._build_toolbar()
        self.resize(1024, 700)
        self.setMinimumSize(800, 560)
        # The mouse's back and forward buttons, from the first paint on: an application-wide
        # filter sees every event, and setting it up earlier delays the first screen.
        when_first_painted(self.toolbar, lambda: QApplication.instance().installEventFilter(self))

        apply_theme(QApplication.instance(), self.prefs.text_scale, self.prefs.high_contrast)
        self._apply_language(self.lang)
        if first_language in languages:  # chosen already (--lang): straight to the home screen
            self.choose_language(first_language)
        else:
            self.go(Location("language"))

    # -- pages: each made when first shown, so the first screen waits for no other -------------
    # Typed names for the pages the window and its callers work with.
    language_page = RegisteredPage["LanguagePage"]("language")
    home_page = RegisteredPage["HomePage"]("home")
    topic_page = RegisteredPage["TopicPage"]("topic")
    reader = RegisteredPage["GuideReader"]("guide")
    directory_page = RegisteredPage["DirectoryPage"]("directory")
    place_page = RegisteredPage["PlacePage"]("place")
    detained_page = RegisteredPage["DetainedPage"]("detained")
    search_page = RegisteredPage["SearchPanel"]("search")

    def _register_pages(self) -> None:
        self.pages.register(
            PageMaker("language", self._make_language_page, needs_library=False),
            PageMaker("home", self._make_home_page, needs_library=False),
            PageMaker("topic", self._make_topic_page),
            PageMaker("guide", self._make_reader),
            PageMaker("directory", self._make_directory_page, answers=("directory", "org")),
            PageMaker("place", self._make_place_page),
            PageMaker("detained", self._make_detained_page),
            PageMaker("search", self._make_search_page),
        )

    def _make_language_page(self) -> LanguagePage:
        from desktopguide.gui.pages.language_page import LanguagePage

        page = LanguagePage(self.languages.values())
        page.language_chosen.connect(self.choose_language)
        return page

    def _make_home_page(self) -> HomePage:
        from desktopguide.gui.pages.home_page import HomePage

        page = HomePage()
        page.tile_chosen.connect(self.open_tile)
        page.search_started.connect(self.search_from_home)
        return page

    def _make_topic_page(self) -> TopicPage:
        from desktopguide.gui.pages.topic_page import TopicPage

        page = TopicPage(self.library, self.lang)
        page.guide_chosen.connect(lambda gid: self.go(Location("guide", gid)))
        return page

    def _make_reader(self) -> GuideReader:
        from desktopguide.gui.pages.guide_reader import GuideReader

        reader = GuideReader(self.library, self.lang)
        reader.link_activated.connect(self._on_record_link)
        reader.print_card_requested.connect(self.open_card_print)
        return reader

    def _make_directory_page(self) -> DirectoryPage:
        from desktopguide.gui.pages.directory_page import DirectoryPage

        page = DirectoryPage(self.library, self.lang, index=self._shared_directory_index())
        page.guide_requested.connect(lambda gid: self.go(Location("guide", gid)))
        page.print_list_requested.connect(self.open_help_list_print)
        return page

    def _make_place_page(self) -> PlacePage:
        from desktopguide.gui.pages.place_page import PlacePage

        page = PlacePage(self.library, self.lang, index=self._shared_directory_index())
        page.guide_requested.connect(lambda gid: self.go(Location("guide", gid)))
        page.record_requested.connect(lambda rid: self.go(Location("org", rid)))
        return page

    def _make_detained_page(self) -> DetainedPage:
        from desktopguide.gui.pages.detained_page import DetainedPage

        return DetainedPage(self.library, self.lang)

    def _make_search_page(self) -> SearchPanel:
        from desktopguide.core.search.with_lists import LibrarySearch
        from desktopguide.gui.dialogs.settings_dialog import read_home_zip
        from desktopguide.gui.pages.search_panel import SearchPanel

        library = self.library
        # The index is built or read from the cache on a worker thread by the panel, with the
        # official lists' index beside the library's (read on the worker thread, never before).
        def build() -> LibrarySearch:
            return LibrarySearch.for_library(library)  # type: ignore[arg-type]

        page = SearchPanel(library, build, self.lang, home_zip=read_home_zip())  # type: ignore[arg-type]
        page.result_activated.connect(self._on_search_result)
        return page

    def _shared_directory_index(self) -> DirectoryIndex:
        if self._directory_index is None:
            from desktopguide.core.directory.query import DirectoryIndex

            self._directory_index = DirectoryIndex.build(self.library.directory.values())
        return self._directory_index

    # -- toolbar and shortcuts -------------------------------------------------------
    def _build_toolbar(self) -> None:
        style = self.style()
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("navigation_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        # The standard arrows point the other way in a right-to-left layout.
        self.back_action = QAction(themed(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack)), "", self)
        self.back_action.setShortcuts([QKeySequence.StandardKey.Back, QKeySequence("Backspace")])
        self.back_action.triggered.connect(self.go_back)
        self.forward_action = QAction(themed(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward)), "", self)
        self.forward_action.setShortcuts(QKeySequence.StandardKey.Forward)
        self.forward_action.triggered.connect(self.go_forward)
        self.home_action = QAction(icon("house"), "", self)
        self.home_action.setShortcut(QKeySequence("Alt+Home"))
        self.home_action.triggered.connect(self.go_home)
        self.search_action = QAction(icon("search"), "", self)  # a magnifier that the high-contrast theme can recolour
        self.search_action.setShortcuts([QKeySequence.StandardKey.Find, QKeySequence("Ctrl+K")])
        self.search_action.triggered.connect(self.open_search)
        self.language_action = QAction(icon("language"), "", self)
        self.language_action.setShortcut(QKeySequence("Ctrl+L"))
        self.language_action.triggered.connect(lambda: self.go(Location("language")))
        self.settings_action = QAction(icon("settings"), "", self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        self.about_action = QAction(icon("about"), "", self)
        self.about_action.triggered.connect(self.open_about)
        for action in (
            self.back_action,
            self.forward_action,
            self.home_action,
            self.search_action,
            self.language_action,
        ):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in self.staff_actions():
            self.toolbar.addAction(action)
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches them, like every other control
        # Narrow window, long language or large text: text under the icons, then icons alone.
        self.toolbar_fit = ToolbarFit(self.toolbar)

    def staff_actions(self) -> list[QAction]:
        """The toolbar's actions for the people who run the machine, not for a visitor."""
        return [self.settings_action, self.about_action]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The mouse's back and forward buttons work anywhere in the window.
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent) and self.isActiveWindow():
            if event.button() == Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return super().eventFilter(watched, event)

    # -- library -------------------------------------------------------------------
    def set_library(self, library: Library) -> None:
        self.library = library
        self.pages.forget_library_pages()  # made again with this library when next shown
        self._directory_index = None
        self._start_library_pages()
        errors = sum(1 for p in library.problems if p.is_error)
        if errors and self.store.persistent:  # for staff; a visitor whose choices are not kept is not troubled
            self.statusBar().showMessage(
                ngettext(
                    "{count} content problem: run 'desktopguide check' to see it.",
                    "{count} content problems: run 'desktopguide check' to see them.",
                    errors,
                ).format(count=errors)
            )
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._show(pending)
        elif self.history.current is not None and self.pages.maker_for(self.history.current).needs_library:
            self._show(self.history.current)  # a new library (updated content): its page, made again

    def show_load_failure(self, error: Exception) -> None:
        """The content could not be read: say so where the guide would have appeared."""
        self._load_failure = str(error) if isinstance(error, ContentError) else type(error).__name__
        self.loading_label.setWordWrap(True)
        self.retranslate()

    def _start_library_pages(self) -> None:
        # The search page at once: it builds or reads its index on a worker thread from now on.
        self.pages.page("search")

    # -- navigation ----------------------------------------------------------------
    def go(self, location: Location) -> None:
        self.history.visit(location)
        self._show(location)

    def go_back(self) -> None:
        location = self.history.back()
        if location is not None:
            self._show(location)

    def go_forward(self) -> None:
        location = self.history.forward()
        if location is not None:
            self._show(location)

    def go_home(self) -> None:
        self.go(Location("home"))

    def open_tile(self, tile_key: str) -> None:
        from desktopguide.gui.pages.topics import TILES_BY_KEY

        tile = TILES_BY_KEY.get(tile_key)
        if tile is not None and tile.page:  # a tile answered by a page of its own, not a list of guides
            self.go(Location(tile.page))
            return
        if self.library is not None:
            from desktopguide.gui.pages.topic_page import guides_for_tile

            guides = guides_for_tile(self.library, tile_key)
            if len(guides) == 1:
                self.go(Location("guide", guides[0].id))
                return
        self.go(Location("topic", tile_key))

    def _show(self, location: Location) -> None:
        if self.pages.maker_for(location).needs_library and self.library is None:
            self._pending = location
            self.stack.setCurrentWidget(self.loading_label)
        elif not self.pages.show(location):
            self.statusBar().showMessage(_("That page is not part of this guide."), 5000)
            return
        self._update_actions()

    def _update_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())

    def search_from_home(self, text: str) -> None:
        """Words typed on the home screen: carried to the search page, which goes on from there."""
        if self.library is None:
            return  # they stay in the home field until the guide has loaded
        forget_typing(self.home_page.search_field)  # one copy of what a visitor typed, not two, and no undo
        self.open_search()
        self.search_page.set_query(text)
        self.search_page.search_field.end(False)  # typing goes on after the words, not over them

    def open_search(self) -> None:
        self.go(Location("search"))
        if self.library is not None:
            self.search_page.search_field.setFocus()
            self.search_page.search_field.selectAll()

    def _on_search_result(self, kind: str, record_id: str) -> None:
        if kind == "term" and self.library is not None and record_id in self.library.glossary:
            entry = self.library.glossary[record_id]
            box = QMessageBox(
                QMessageBox.Icon.Information,
                entry.term.get(self.lang),
                entry.definition.get(self.lang),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("term_definition_box")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not exec(): nothing waits on it, and a session reset can close it
        else:
            self._on_record_link(kind, record_id)

    def _on_record_link(self, scheme: str, record_id: str) -> None:
        from desktopguide.core.search.documents import BUILDING_PREFIXES

        # A detention facility or ICE office (found by search) is answered by the detained page:
        # who can help near it.
        kind = "detained" if scheme == "place" and record_id.startswith(BUILDING_PREFIXES) else scheme
        self.go(Location(kind, record_id))

    # -- language ------------------------------------------------------------------
    def choose_language(self, code: str) -> None:
        """From the language screen: switch, remember, and go on to the home screen."""
        self.set_language(code)
        self.go_home()

    def set_language(self, code: str) -> None:
        if code not in self.languages:
            return
        self.prefs.language = code
        self.store.save(self.prefs)
        if code == self.lang:
            return  # already in force: every page speaks it
        self._apply_language(code)
        for page in self.pages.made_pages():
            page.set_language(code)  # content in the new language, where the page shows some
        self.language_changed.emit(code)

    def _apply_language(self, code: str) -> None:
        self.lang = code
        set_language(code)
        language = self.languages[code]
        app = QApplication.instance()
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language.is_rtl else Qt.LayoutDirection.LeftToRight)
        # The style draws Back and Forward for the direction in force when asked: ask again.
        self.back_action.setIcon(themed(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack)))
        self.forward_action.setIcon(themed(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward)))
        install_qt_translations(app, language.locale)
        # Every widget retranslates itself on LanguageChange.
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))

    def retranslate(self) -> None:
        self.setWindowTitle(_("Know your rights"))
        self.back_action.setText(_("Back"))
        self.forward_action.setText(_("Forward"))
        self.home_action.setText(_("Home"))
        self.language_action.setText(_("Language"))
        self.search_action.setText(_("Search"))
        self.settings_action.setText(_("Settings"))
        self.about_action.setText(_("About"))
        self.toolbar.setAccessibleName(_("Navigation"))
        if self._load_failure:
            self.loading_label.setText(
                _("The guide's content could not be opened ({reason}). Please tell the staff.").format(
                    reason=self._load_failure
                )
            )
        else:
            self.loading_label.setText(_("Opening the guide…"))

    # -- a visitor's session ---------------------------------------------------------
    def start_new_session(self) -> None:
        """A new visit: nothing to go back to, the language screen, in `default_language`."""
        self.history.clear()
        self.set_language(self.default_language)
        self.go(Location("language"))

    def reset_session(self) -> None:
        """Forget everything the visitor did and start again on the language screen.

        A locked machine's idle reset, and the one place that knows what a session leaves behind: open
        dialogs and previews, what the app copied, history and the language; each page forgets
        what was done on it (search, typed places and filters, the open guide, scroll positions).
        """
        close_visitor_windows(self)
        self.clipboard_watch.clear_if_ours()
        self._pending = None
        self.history.clear()
        status_bar = self.findChild(QStatusBar)
        if status_bar is not None:
            status_bar.clearMessage()
        self.set_language(self.default_language)
        for page in self.pages.made_pages():
            page.reset()
        forget_all_typing(self)  # with no undo history: Ctrl+Z must not bring a visitor's words back
        self.go(Location("language"))
        self.session_reset.emit()

    # -- dialogs -------------------------------------------------------------------
    def open_settings(self) -> SettingsDialog | None:
        if self.library is None:
            return None
        from desktopguide.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.library, self.prefs, self, offer_start_mode=True)
        dialog.accepted.connect(lambda: self.apply_preferences(dialog.preferences()))
        dialog.accepted.connect(lambda: self._keep_home_zip(dialog.home_zip()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # closed is gone: nothing piles up
        dialog.open()
        return dialog

    def _keep_home_zip(self, text: str) -> None:
        from desktopguide.gui.dialogs.settings_dialog import read_home_zip, save_home_zip

        if save_home_zip(self, text):
            self.search_page.home_zip = read_home_zip()  # legal help near it from the next search on

    def apply_preferences(self, prefs: Preferences) -> None:
        language_changed = prefs.language != self.lang
        self.prefs = prefs
        self.store.save(prefs)
        apply_theme(QApplication.instance(), prefs.text_scale, prefs.high_contrast)
        if language_changed:
            self.set_language(prefs.language)

    def open_card_print(self, guide_id: str, lang: str) -> object:
        """A guide's card, the way the print route prints (the default: its print preview)."""
        return self.print_route.print_card(guide_id, lang)

    def open_help_list_print(self, record_ids: list[str]) -> object:
        return self.print_route.print_help_list(record_ids)

    def open_about(self) -> AboutDialog | None:
        if self.library is None:
            return None
        from desktopguide.gui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self.library, self.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # closed is gone: nothing piles up
        dialog.open()
        return dialog

    # -- closing -------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if not self.close_guard():
            event.ignore()  # a feature that locks the window said no
            return
        QApplication.instance().removeEventFilter(self)
        super().closeEvent(event)
