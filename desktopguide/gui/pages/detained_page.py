"""Someone was detained: type a ZIP code and see how to find the person (ICE's Online Detainee
Locator), the area's ICE field office, the nearest detention facilities and free legal help on the
immigration courts' pro bono lists. The lists are read when a place is first asked, not before."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktopguide.core.content.model import Library
from desktopguide.core.places import geo
from desktopguide.core.places.detained import DetainedAnswer, detained_answer, detained_sections
from desktopguide.core.places.national import data_for, facility_query, ice_office, record_query
from desktopguide.core.search.documents import FACILITY_PREFIX, OFFICE_PREFIX
from desktopguide.gui.pages.place_html import locale_for, text_direction
from desktopguide.gui.pages.zip_answer_page import ZipAnswerPage
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


class DetainedPage(ZipAnswerPage):
    def __init__(self, library: Library, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(library, lang, "detained", zip_length=40, parent=parent)
        self.answer: DetainedAnswer | None = None
        row = QHBoxLayout()
        row.addWidget(self.zip_label)
        row.addWidget(self.zip_field, 1)
        row.addWidget(self.zip_button)
        self._lay_out(row)
        self.retranslate()

    # -- the page protocol (pages/page.py); set_language and reset are ZipAnswerPage's ---------------
    def open(self, key: str) -> bool:
        """The page itself, or who can help near a detention facility or ICE office found by search."""
        if key.startswith(FACILITY_PREFIX):
            where = facility_query(self.library, key.removeprefix(FACILITY_PREFIX))
            if where:
                self.show_place(where)
        elif key.startswith(OFFICE_PREFIX):
            office = ice_office(self.library, key.removeprefix(OFFICE_PREFIX))
            where = record_query(office) if office is not None else None
            if where:
                self.show_place(where, office)
        return True

    # -- asking -------------------------------------------------------------------------------------
    def show_place(self, query: str | geo.Location, office: dict[str, Any] | None = None) -> bool:
        """Show the answer for a ZIP code or county (with the ICE office chosen in search, if one
        was); bad input is one calm sentence."""
        try:
            location = geo.resolve_location(query) if isinstance(query, str) else query
        except geo.PlaceQueryError as exc:
            return self._show_error(str(exc))
        data = data_for(self.library.root)
        if data is None:
            return self._show_error(_("The official lists could not be read on this computer."))
        return self._show_answer(detained_answer(data, location, office))

    def _answer_html(self) -> str:
        from desktopguide.core.places.detained import LOCATOR_ADDRESS

        source = "qr:locator"
        self.view.document().addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(source), qr_pixmap(LOCATOR_ADDRESS, scale=3)
        )
        return detained_html(self.library, self.answer, self.lang, source)

    def retranslate(self) -> None:
        heading = _("Someone was detained")
        self._retranslate_zip_row(
            heading,
            _(
                "Type the ZIP code where the person lives or was taken. You will see how to find them, "
                "the ICE office for the area, the nearest detention facilities and free legal help."
            ),
            _("For example 60601"),
            _("Show where to look and who can help"),
        )
        if self._error:
            self.message.setText(self._error)
        elif self.answer is not None:
            self._render()
