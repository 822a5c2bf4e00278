"""The first window: the bundled guides in a list, the chosen one beside it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QToolBar,
)

from desktopguide.core.model import Library
from desktopguide.gui.guide_html import guide_page_html
from desktopguide.i18n import _, ngettext, set_language

GUIDE_ID_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    def __init__(self, library: Library, lang: str = "en") -> None:
        super().__init__()
        self.library = library
        self.lang = lang if lang in library.languages else "en"
        self.current_guide_id: str | None = None

        self.language_label = QLabel()
        self.language_box = QComboBox()
        self.language_box.setObjectName("language_box")
        for language in library.languages.values():
            self.language_box.addItem(language.native_name, language.code)
        self.language_box.setCurrentIndex(self.language_box.findData(self.lang))
        self.language_box.currentIndexChanged.connect(self._on_language_chosen)
        toolbar = QToolBar()
        toolbar.setMovable(False)
        toolbar.addWidget(self.language_label)
        toolbar.addWidget(self.language_box)
        self.addToolBar(toolbar)

        self.guide_list = QListWidget()
        self.guide_list.setObjectName("guide_list")
        self.guide_list.currentItemChanged.connect(self._on_guide_chosen)
        self.guide_view = QTextBrowser()
        self.guide_view.setObjectName("guide_view")
        self.guide_view.setOpenLinks(False)  # links are handled here; nothing opens a browser
        self.guide_view.anchorClicked.connect(self._on_link)
        splitter = QSplitter()
        splitter.addWidget(self.guide_list)
        splitter.addWidget(self.guide_view)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)
        self.resize(1024, 680)

        self._fill_guide_list()
        self.retranslate_ui()

    # -- language ----------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(_("Know your rights"))
        self.language_label.setText(_("Language:"))
        problems = len(self.library.problems)
        if problems:
            self.statusBar().showMessage(
                ngettext(
                    "{count} content problem: run 'desktopguide check' to see it.",
                    "{count} content problems: run 'desktopguide check' to see them.",
                    problems,
                ).format(count=problems)
            )
        else:
            self.statusBar().clearMessage()

    def set_language(self, code: str) -> None:
        if code not in self.library.languages:
            return
        self.lang = code
        set_language(code)
        language = self.library.languages[code]
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language.is_rtl else Qt.LayoutDirection.LeftToRight)
        if self.language_box.currentData() != code:
            self.language_box.setCurrentIndex(self.language_box.findData(code))
        self._fill_guide_list()
        self.retranslate_ui()

    def _on_language_chosen(self, index: int) -> None:
        self.set_language(self.language_box.itemData(index))

    # -- guides ------------------------------------------------------------------
    def _fill_guide_list(self) -> None:
        keep = self.current_guide_id
        self.guide_list.blockSignals(True)
        self.guide_list.clear()
        for guide in sorted(self.library.guides.values(), key=lambda g: g.text(self.lang).title.casefold()):
            item = QListWidgetItem(guide.text(self.lang).title)
            item.setData(GUIDE_ID_ROLE, guide.id)
            item.setToolTip(guide.text(self.lang).summary)
            self.guide_list.addItem(item)
            if guide.id == keep:
                self.guide_list.setCurrentItem(item)
        self.guide_list.blockSignals(False)
        if keep:
            self.show_guide(keep)

    def show_guide(self, guide_id: str) -> None:
        guide = self.library.guides.get(guide_id)
        if guide is None:
            self.statusBar().showMessage(_("That page is not part of this guide."))
            return
        self.current_guide_id = guide_id
        self.guide_view.setHtml(guide_page_html(self.library, guide, self.lang))
        for row in range(self.guide_list.count()):
            item = self.guide_list.item(row)
            if item.data(GUIDE_ID_ROLE) == guide_id and self.guide_list.currentItem() is not item:
                self.guide_list.setCurrentItem(item)

    def _on_guide_chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.show_guide(current.data(GUIDE_ID_ROLE))

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "guide":
            self.show_guide(url.path())
