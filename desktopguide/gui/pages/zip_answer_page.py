"""What the place and detained pages share: a ZIP code asked, an answer shown.

A heading and a short introduction, a ZIP code field with its Show button, one line that says
what is shown (or, calmly, why nothing is), and the answer as rich text whose links open
nothing by themselves. A subclass lays these out with any controls of its own, looks the place
up in `show_place` and gives the answer's HTML in `_answer_html`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktopguide.core.content.model import Library
from desktopguide.core.places import geo
from desktopguide.gui.pages.library_page import LibraryPage
from desktopguide.gui.pages.page_parts import heading_label, scroll_to_top, scrolling
from desktopguide.i18n import _


class ZipAnswerPage(LibraryPage):
    def __init__(self, library: Library, lang: str, name: str, zip_length: int, parent: QWidget | None = None) -> None:
        super().__init__(library, lang, name, parent)
        self.answer: Any = None  # the subclass's answer for the place shown, if one is
        self._error = ""  # the last bad input's sentence, kept to redraw on a language change

        self.heading = heading_label()  # bold and larger, wraps, follows the text size
        self.heading.setObjectName(f"{name}_heading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.zip_label = QLabel()
        self.zip_field = QLineEdit()
        self.zip_field.setObjectName(f"{name}_zip_field")
        self.zip_field.setMaxLength(zip_length)
        self.zip_field.returnPressed.connect(self.show_zip)
        self.zip_label.setBuddy(self.zip_field)
        self.zip_button = QPushButton()
        self.zip_button.setObjectName(f"{name}_zip_button")
        self.zip_button.clicked.connect(self.show_zip)
        self.message = QLabel()
        self.message.setObjectName(f"{name}_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = QTextBrowser()
        self.view.setObjectName(f"{name}_view")
        self.view.setOpenLinks(False)  # links become signals; nothing opens a browser
        self.view.setOpenExternalLinks(False)

    def _lay_out(self, controls: QWidget | QLayout) -> None:
        """Heading, introduction, the page's `controls` (its ZIP code row and any others), the
        message and the answer, one under another."""
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        if isinstance(controls, QLayout):
            layout.addLayout(controls)
        else:
            layout.addWidget(controls)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        # A small screen at a large text size scrolls the page rather than squeezing it.
        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(scrolling(body))

    # -- asking -------------------------------------------------------------------------------------
    def show_zip(self) -> bool:
        return self.show_place(self.zip_field.text())

    def show_place(self, query: str | geo.Location) -> bool:
        """Look the place up and show its answer; a bad ZIP or county is explained calmly, not raised."""
        raise NotImplementedError

    def _answer_html(self) -> str:
        """The answer shown, as HTML for the view (adding any images it shows to the view's document)."""
        raise NotImplementedError

    def _show_answer(self, answer: object) -> bool:
        self.answer, self._error = answer, ""
        self._render()
        return True

    def _render(self) -> None:
        if self.answer is None:
            self.view.clear()
            return
        self._say(_("Showing: {place}").format(place=self.answer.location.label()))
        self.view.setHtml(self._answer_html())

    def _show_error(self, sentence: str) -> bool:
        self._error = sentence
        self.answer = None
        self._say(sentence)
        self.view.clear()
        return False

    def _say(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.setAccessibleName(sentence)

    # -- the page protocol (pages/page.py) ------------------------------------------------------------
    def reset(self) -> None:
        """As first made: no ZIP code typed, no answer shown."""
        self.zip_field.setText("")  # not clear(), which Ctrl+Z undoes
        self.answer, self._error = None, ""
        self._say("")
        self.view.clear()  # with its QR codes
        scroll_to_top(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.answer is not None:
            # Rich text takes its link colour when it is set: set it again in the new theme's colours.
            scrolled = self.view.verticalScrollBar().value()
            self._render()
            self.view.verticalScrollBar().setValue(scrolled)
        super().changeEvent(event)

    def _retranslate_zip_row(self, heading: str, intro: str, example: str, show_what: str) -> None:
        """The texts every such page has, each page's own passed in (translated where they are written)."""
        self.heading.setText(heading)
        self.intro.setText(intro)
        self.zip_label.setText(_("&ZIP code:"))
        self.zip_field.setPlaceholderText(example)
        self.zip_field.setAccessibleName(_("ZIP code"))
        self.zip_button.setText(_("Show"))
        self.zip_button.setAccessibleName(show_what)
        self.view.setAccessibleName(heading)
