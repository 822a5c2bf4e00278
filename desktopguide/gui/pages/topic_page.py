"""A topic's guides as large buttons: title and one-line summary."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCommandLinkButton, QVBoxLayout, QWidget

from desktopguide.core.content.model import Guide, Library
from desktopguide.gui.pages.page_parts import heading_label, scroll_to_top, scrolling
from desktopguide.gui.pages.topics import TILES_BY_KEY
from desktopguide.gui.translation.retranslate import Retranslating
from desktopguide.gui.widgets.wrapping_command_link import WrappingCommandLinkButton
from desktopguide.i18n import _


def guides_for_tile(library: Library, tile_key: str) -> list[Guide]:
    topics = set(TILES_BY_KEY[tile_key].topics)
    return sorted((g for g in library.guides.values() if topics & set(g.topics)), key=lambda g: g.id)


class TopicPage(Retranslating, QWidget):
    guide_chosen = Signal(str)

    def __init__(self, library: Library, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topic_page")
        self.library = library
        self.lang = lang
        self.tile_key = ""
        self.heading = heading_label()
        self.list_host = QWidget()
        self.list_layout = QVBoxLayout(self.list_host)
        self.list_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scrolling(self.list_host), 1)
        self.buttons: list[QCommandLinkButton] = []

    # -- the page protocol (pages/page.py) --------------------------------------------------
    def open(self, key: str) -> bool:
        """Show the guides of the home tile `key`."""
        if key not in TILES_BY_KEY:
            return False
        self.tile_key = key
        self._remove_buttons()
        for guide in guides_for_tile(self.library, key):
            text = guide.text(self.lang)
            button = WrappingCommandLinkButton(text.title, text.summary)  # a long title wraps too
            button.setObjectName(f"guide_{guide.id}")
            button.setAccessibleName(text.title)
            button.setAccessibleDescription(text.summary)
            button.clicked.connect(lambda _checked=False, gid=guide.id: self.guide_chosen.emit(gid))
            self.list_layout.insertWidget(self.list_layout.count() - 1, button)
            self.buttons.append(button)
        self.retranslate()
        return True

    def set_language(self, code: str) -> None:
        self.lang = code
        if self.tile_key:
            self.open(self.tile_key)  # the guides' titles and summaries in the new language

    def reset(self) -> None:
        self.tile_key = ""
        self._remove_buttons()
        self.heading.setText("")
        scroll_to_top(self)

    def _remove_buttons(self) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []

    def retranslate(self) -> None:
        if not self.tile_key:
            return
        title = _(TILES_BY_KEY[self.tile_key].label)
        self.heading.setText(
            title if self.buttons else _("{topic}: there is no guide on this yet.").format(topic=title)
        )
