"""What happens here: type a ZIP code, or pick a state and county, and read what the police,
the sheriff and the state do with immigration enforcement, with sources and dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desktopguide.core.content.model import Library, Place
from desktopguide.core.directory.legal_help import full_index
from desktopguide.core.directory.query import DirectoryIndex
from desktopguide.core.places import geo
from desktopguide.core.places.lookup import PlaceAnswer, lookup_place, nearest_help
from desktopguide.core.places.national import NationalPlace, data_for, national_place
from desktopguide.core.search.documents import COUNTY_PREFIX
from desktopguide.gui.pages.library_page import directory_index
from desktopguide.gui.pages.place_html import place_answer_html
from desktopguide.gui.pages.zip_answer_page import ZipAnswerPage
from desktopguide.gui.widgets.qr import qr_pixmap
from desktopguide.gui.widgets.reflow import ReflowGrid
from desktopguide.i18n import _

HELP_LIMIT = 5


def place_query(place: Place) -> str:
    """What a person would type to find this place: "Alexandria city, VA" or "VA"."""
    return f"{place.county}, {place.state}" if place.county else place.state


class PlacePage(ZipAnswerPage):
    """Local policy for a ZIP code or county. Emits `guide_requested(id)` and `record_requested(id)`
    when a guide or directory record is chosen from the answer."""

    guide_requested = Signal(str)
    record_requested = Signal(str)

    def __init__(
        self,
        library: Library,
        lang: str = "en",
        parent: QWidget | None = None,
        today: dt.date | None = None,
        index: DirectoryIndex | None = None,  # one index may serve several pages
    ) -> None:
        super().__init__(library, lang, "place", zip_length=10, parent=parent)
        self.today = today
        self.index, self._with_lists = directory_index(library, index)
        self.answer: PlaceAnswer | None = None
        self.facts: NationalPlace | None = None  # what the official lists say, read when a place is first asked

        self.state_label = QLabel()
        self.state_box = QComboBox()
        self.state_box.setObjectName("place_state_box")
        self.state_label.setBuddy(self.state_box)
        self.state_box.currentIndexChanged.connect(self._fill_counties)
        self.county_label = QLabel()
        self.county_box = QComboBox()
        self.county_box.setObjectName("place_county_box")
        self.county_label.setBuddy(self.county_box)
        for box in (self.state_box, self.county_box):
            # Wide enough for every choice; the rows below take fewer columns on a narrow screen.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.county_button = QPushButton()
        self.county_button.setObjectName("place_county_button")
        self.county_button.clicked.connect(self.show_chosen_county)

        self.view.anchorClicked.connect(self._on_link)

        self.zip_field.setMaximumWidth(self.zip_field.fontMetrics().horizontalAdvance("0") * 22)
        # ZIP code, state and county side by side when they fit, one under another when they do not.
        choices = ReflowGrid()
        choices.setObjectName("place_choices")
        zip_row, county_row = QHBoxLayout(), QHBoxLayout()
        for row, widgets in (
            (zip_row, (self.zip_field, self.zip_button)),
            (county_row, (self.county_box, self.county_button)),
        ):
            row.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
        zip_choice, county_choice = QWidget(), QWidget()
        zip_choice.setLayout(zip_row)
        county_choice.setLayout(county_row)
        choices.add_field(self.zip_label, zip_choice)
        choices.add_field(self.state_label, self.state_box)
        choices.add_field(self.county_label, county_choice)
        self._lay_out(choices)
        self.retranslate()

    # -- the page protocol (pages/page.py); set_language is LibraryPage's, retranslate below ---------
    def open(self, key: str) -> bool:
        """The page itself, or the answer for a place of the library or a county found by search."""
        place = self.library.places.get(key)
        if place is not None:
            self.show_place(place_query(place))
        elif key.startswith(COUNTY_PREFIX):  # its FIPS code
            from desktopguide.core.places.national import county_location

            county = county_location(self.library, key.removeprefix(COUNTY_PREFIX))
            if county is not None:
                self.show_place(county)
        return True

    def reset(self) -> None:
        """As first made: no ZIP code typed, no state or county chosen, no answer shown."""
        super().reset()
        self.state_box.setCurrentIndex(0)  # and the counties with it
        self.facts = None

    # -- asking -------------------------------------------------------------------------------------
    def show_chosen_county(self) -> bool:
        state = self.state_box.currentData()
        if not state:
            return self._show_error(_("Choose a state first."))
        county = self.county_box.currentData() or ""
        return self.show_place(geo.Location(state, county))

    def show_place(self, query: str | geo.Location) -> bool:
        """Look the place up and show its answer; a bad ZIP or county is explained calmly, not raised."""
        try:
            answer = lookup_place(self.library, query, today=self.today)
        except geo.PlaceQueryError as exc:
            return self._show_error(str(exc))
        data = data_for(self.library.root) if self._with_lists else None
        self.facts = national_place(data, answer.location) if data is not None else None
        return self._show_answer(answer)

    def _answer_html(self) -> str:
        index = full_index(self.library) if self._with_lists else self.index
        help_results = nearest_help(self.library, self.answer.location, index, HELP_LIMIT, self.today)
        return place_answer_html(self.library, self.answer, self.lang, help_results, self.facts, self._qr_for)

    def _qr_for(self, address: str) -> str:
        """A document resource holding the address as a QR code (kept for the document's life)."""
        name = f"qr:{address}"
        self.view.document().addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(name), qr_pixmap(address, scale=3)
        )
        return name

    def _on_link(self, url: QUrl) -> None:
        target = url.path() or url.toString().partition(":")[2]
        if url.scheme() == "guide":
            self.guide_requested.emit(target)
        elif url.scheme() == "org":
            self.record_requested.emit(target)

    # -- state and county lists ------------------------------------------------------------------------
    def _fill_states(self) -> None:
        chosen = self.state_box.currentData()
        self.state_box.blockSignals(True)
        self.state_box.clear()
        self.state_box.addItem(_("Choose a state"), "")
        states = [code for code in geo.STATE_CODES if geo.county_names(code)]
        for code in sorted(states, key=lambda c: geo.state_name(c)):
            self.state_box.addItem(geo.state_name(code), code)
        self.state_box.setCurrentIndex(max(0, self.state_box.findData(chosen)) if chosen else 0)
        self.state_box.blockSignals(False)
        self._fill_counties()

    def _fill_counties(self, *_args: object) -> None:
        chosen = self.county_box.currentData()
        state = self.state_box.currentData()
        self.county_box.clear()
        self.county_box.addItem(_("The whole state"), "")
        for county in geo.county_names(state) if state else ():
            self.county_box.addItem(county, county)
        found = self.county_box.findData(chosen) if chosen else -1
        self.county_box.setCurrentIndex(max(0, found))
        self.county_box.setEnabled(bool(state))

    # -- language ---------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._retranslate_zip_row(
            _("What happens here"),
            _(
                "Find out what the police, the sheriff and the state do with immigration enforcement where you live. "
                "Type a ZIP code, or choose a state and county."
            ),
            _("For example 22314"),
            _("Show what happens in this ZIP code"),
        )
        self.state_label.setText(_("&State:"))
        self.state_box.setAccessibleName(_("State"))
        self.county_label.setText(_("&County:"))
        self.county_box.setAccessibleName(_("County or independent city"))
        self.county_button.setText(_("Show"))
        self.county_button.setAccessibleName(_("Show what happens in this county"))
        self._fill_states()
        if self._error:
            self.message.setText(self._error)
        elif self.answer is None:
            self.message.setText("")
        else:
            # Look the place up again: the fallback sentence is built in the current language.
            self.answer = lookup_place(self.library, self.answer.location, today=self.today)
            self._render()
