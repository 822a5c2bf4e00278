"""Someone was detained: type a ZIP code and see how to find the person (ICE's Online Detainee
Locator), the area's ICE field office, the nearest detention facilities and free legal help on the
immigration courts' pro bono lists. The lists are read when a place is first asked, not before."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktopguide.core.content.model import Library
from desktopguide.core.places import geo
from desktopguide.core.places.detained import DetainedAnswer, detained_answer, detained_sections
from desktopguide.core.places.national import data_for, facility_query
from desktopguide.core.search.documents import FACILITY_PREFIX
from desktopguide.gui.pages.page_parts import heading_label, scroll_to_top, scrolling
from desktopguide.gui.pages.place_html import locale_for, text_direction
from desktopguide.gui.retranslate import Retranslating
from desktopguide.gui.widgets.qr import qr_pixmap
from desktopguide.i18n import _


def detained_html(library: Library, answer: DetainedAnswer, lang: str, qr_source: str = "") -> str:
    locale = locale_for(library, lang)
    title = _("Someone was detained: {place}").format(place=answer.location.label())
    parts = [f"<h1>{html.escape(title)}</h1>"]
    for number, section in enumerate(detained_sections(answer, locale)):
        parts.append(f"<h2>{html.escape(section.title)}</h2>")
        for item in section.items:
            lines = "".join(f"<br/>{html.escape(line)}" for line in item.lines)
            source = f"<br/><small>{html.escape(item.source)}</small>" if item.source else ""
            parts.append(f"<p><b>{html.escape(item.title)}</b>{lines}{source}</p>")
            if number == 0 and item.url and qr_source:
                scan = _("Scan the code with a phone camera to open the locator there.")
                image = f'<img src="{html.escape(qr_source)}" alt="{html.escape(item.url)}"/>'
                parts.append(f"<p>{image}<br/><small>{html.escape(scan)}</small></p>")
    disclaimer = _("General legal information, not legal advice.")
    parts.append(f"<p><i>{html.escape(disclaimer)}</i></p>")
    return f'<div dir="{text_direction(library, lang)}">' + "\n".join(parts) + "</div>"


class DetainedPage(Retranslating, QWidget):
    def __init__(self, library: Library, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detained_page")
        self.library = library
        self.lang = lang if lang in library.languages else "en"
        self.answer: DetainedAnswer | None = None
        self._error = ""
        self.heading = heading_label()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.zip_label = QLabel()
        self.zip_field = QLineEdit()
        self.zip_field.setObjectName("detained_zip_field")
        self.zip_field.setMaxLength(40)
        self.zip_field.returnPressed.connect(self.show_zip)
        self.zip_label.setBuddy(self.zip_field)
        self.zip_button = QPushButton()
        self.zip_button.setObjectName("detained_zip_button")
        self.zip_button.clicked.connect(self.show_zip)
        self.message = QLabel()
        self.message.setObjectName("detained_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = QTextBrowser()
        self.view.setObjectName("detained_view")
        self.view.setOpenLinks(False)
        self.view.setOpenExternalLinks(False)
        row = QHBoxLayout()
        row.addWidget(self.zip_label)
        row.addWidget(self.zip_field, 1)
        row.addWidget(self.zip_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(scrolling(body))
        self.retranslate()

    # -- the page protocol (pages/page.py); set_language and retranslate are below ----------
    def open(self, key: str) -> bool:
        """The page itself, or who can help near a detention facility found by search."""
        if key.startswith(FACILITY_PREFIX):
            where = facility_query(self.library, key.removeprefix(FACILITY_PREFIX))
            if where:
                self.show_place(where)
        return True

    def reset(self) -> None:
        """As first made: no ZIP code typed, no answer shown."""
        self.zip_field.setText("")  # not clear(), which Ctrl+Z undoes
        self.answer, self._error = None, ""
        self.message.setText("")
        self.message.setAccessibleName("")
        self.view.clear()
        scroll_to_top(self)

    def show_zip(self) -> bool:
        return self.show_place(self.zip_field.text())

    def show_place(self, text: str) -> bool:
        """Show the answer for a ZIP code or county; bad input is one calm sentence."""
        try:
            location = geo.resolve_location(text)
        except geo.PlaceQueryError as exc:
            return self._show_error(str(exc))
        data = data_for(self.library.root)
        if data is None:
            return self._show_error(_("The official lists could not be read on this computer."))
        self.answer = detained_answer(data, location)
        self._error = ""
        self._render()
        return True

    def _show_error(self, sentence: str) -> bool:
        self._error = sentence
        self.answer = None
        self.message.setText(sentence)
        self.message.setAccessibleName(sentence)
        self.view.clear()
        return False

    def _render(self) -> None:
        if self.answer is None:
            self.view.clear()
            return
        self.message.setText(_("Showing: {place}").format(place=self.answer.location.label()))
        self.message.setAccessibleName(self.message.text())
        source = "qr:locator"
        from desktopguide.core.places.detained import LOCATOR_ADDRESS

        self.view.document().addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(source), qr_pixmap(LOCATOR_ADDRESS, scale=3)
        )
        self.view.setHtml(detained_html(self.library, self.answer, self.lang, source))

    def set_language(self, code: str) -> None:
        if code in self.library.languages:
            self.lang = code
            self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.answer is not None:
            self._render()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(_("Someone was detained"))
        self.intro.setText(
            _(
                "Type the ZIP code where the person lives or was taken. You will see how to find them, "
                "the ICE office for the area, the nearest detention facilities and free legal help."
            )
        )
        self.zip_label.setText(_("&ZIP code:"))
        self.zip_field.setPlaceholderText(_("For example 60601"))
        self.zip_field.setAccessibleName(_("ZIP code"))
        self.zip_button.setText(_("Show"))
        self.zip_button.setAccessibleName(_("Show where to look and who can help"))
        self.view.setAccessibleName(_("Someone was detained"))
        if self._error:
            self.message.setText(self._error)
        elif self.answer is not None:
            self._render()
