"""Find legal help: filters above (ZIP code or county, distance, service, language, cost,
accreditation), the matching places in a list, and the chosen one's details beside it, with
its website as text and as a QR code. Nothing here opens a browser or the network."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from babel.numbers import format_decimal
from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QPixmap, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktopguide.core.bidi import isolate_for
from desktopguide.core.content.model import Library
from desktopguide.core.directory.legal_help import full_index, listing_flags, record_by_id
from desktopguide.core.directory.query import (
    ACCREDITATION_LABELS,
    KM_PER_MILE,
    SERVICE_LABELS,
    DirectoryFilter,
    DirectoryIndex,
    DirectoryResult,
    distance_phrase,
    verified_over_a_year_ago,
)
from desktopguide.core.directory.records import ACCREDITATIONS, SERVICES
from desktopguide.core.places import geo
from desktopguide.gui.pages.directory_html import record_detail_html
from desktopguide.gui.pages.library_page import LibraryPage, directory_index
from desktopguide.gui.pages.page_parts import heading_label, scroll_to_top, scrolling
from desktopguide.gui.pages.place_html import locale_for, text_direction
from desktopguide.gui.translation.language_names import picker_label
from desktopguide.gui.widgets.choice_combo import ChoiceSizedComboBox
from desktopguide.gui.widgets.qr import qr_pixmap
from desktopguide.gui.widgets.reflow import ReflowGrid
from desktopguide.gui.widgets.result_rows import ResultRowDelegate
from desktopguide.i18n import N_, _, ngettext

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole
MIN_VISIBLE_ROWS = 3
ROW_LINES = 2.6  # a name, its details and the room between rows, in lines of text (before rows exist)
DISTANCES_MILES = (5, 10, 25, 50, 100, 150)  # miles first, as people in the United States measure
LIST_LIMIT = 100  # the nearest this many, when a ZIP code is asked at any distance
# The page's accreditation choices: the content's, and what only the official roster says.
ACCREDITATION_CHOICES = (*ACCREDITATIONS, "fully-accredited-representative")
# (label, fees that match); the first means any cost.
COST_CHOICES: tuple[tuple[str, frozenset[str]], ...] = (
    (N_("Any cost"), frozenset()),
    (N_("Free"), frozenset({"free"})),
    (N_("Free or sliding scale"), frozenset({"free", "sliding-scale"})),
    (N_("Sliding scale (pay what you can)"), frozenset({"sliding-scale"})),
    (N_("Low cost"), frozenset({"low-cost"})),
    (N_("Fees apply"), frozenset({"fee"})),
)


def unbroken_phone(number: str) -> str:
    """The number with no-break spaces, so a narrow row wraps before it rather than inside it."""
    return number.replace(" ", "\u00a0")


class DirectoryPage(LibraryPage):
    """The legal-aid directory. Emits `print_list_requested(ids)` with the records shown, in order,
    and `guide_requested(id)` when a guide link is followed."""

    guide_requested = Signal(str)
    print_list_requested = Signal(list)

    def __init__(
        self,
        library: Library,
        lang: str = "en",
        parent: QWidget | None = None,
        today: dt.date | None = None,
        index: DirectoryIndex | None = None,  # one index may serve several pages
    ) -> None:
        super().__init__(library, lang, "directory", parent)
        self.today = today
        self.index, self._with_lists = directory_index(library, index)
        self.results: list[DirectoryResult] = []
        self.location: geo.Location | None = None
        self.current_id: str | None = None
        self._error = ""

        self.heading = heading_label()  # bold and larger, wraps, follows the text size

        self.where_label, self.where_field = QLabel(), QLineEdit()
        self.where_field.setObjectName("directory_where_field")
        self.where_field.returnPressed.connect(self.refresh)
        self.find_button = QPushButton()
        self.find_button.setObjectName("directory_find_button")
        self.find_button.clicked.connect(self.refresh)
        # Each filter as wide as its choice, not its longest one: more of them fit in a row.
        self.distance_label, self.distance_box = QLabel(), ChoiceSizedComboBox()
        self.distance_box.setObjectName("directory_distance_box")
        self.service_label, self.service_box = QLabel(), ChoiceSizedComboBox()
        self.service_box.setObjectName("directory_service_box")
        self.language_label, self.language_box = QLabel(), ChoiceSizedComboBox()
        self.language_box.setObjectName("directory_language_box")
        self.cost_label, self.cost_box = QLabel(), ChoiceSizedComboBox()
        self.cost_box.setObjectName("directory_cost_box")
        self.accreditation_label, self.accreditation_box = QLabel(), ChoiceSizedComboBox()
        self.accreditation_box.setObjectName("directory_accreditation_box")
        self.court_label, self.court_box = QLabel(), ChoiceSizedComboBox()
        self.court_box.setObjectName("directory_court_box")
        self._courts: list[str] = []  # filled when the official lists are first read
        self.limited = False  # the list shows only the nearest LIST_LIMIT
        for label, box in (
            (self.court_label, self.court_box),
            (self.where_label, self.where_field), (self.distance_label, self.distance_box),
            (self.service_label, self.service_box), (self.language_label, self.language_box),
            (self.cost_label, self.cost_box), (self.accreditation_label, self.accreditation_box),
        ):
            label.setBuddy(box)
            if isinstance(box, QComboBox):
                box.currentIndexChanged.connect(self.refresh)

        self.message = QLabel()
        self.message.setObjectName("directory_message")
        self.message.setWordWrap(True)

        self.result_list = QListWidget()
        self.result_list.setObjectName("directory_result_list")
        self.result_list.setWordWrap(True)
        self.result_list.setSpacing(4)
        # Rows as tall as their wrapped lines, laid out again when the list's width changes.
        self.result_list.setItemDelegate(ResultRowDelegate(self.result_list))
        self.result_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.result_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.result_list.viewport().installEventFilter(self)  # its width decides how rows wrap
        self.result_list.currentItemChanged.connect(self._on_chosen)
        self.print_button = QPushButton()
        self.print_button.setObjectName("directory_print_button")
        self.print_button.clicked.connect(self._on_print)

        self.detail_view = QTextBrowser()
        self.detail_view.setObjectName("directory_detail_view")
        self.detail_view.setOpenLinks(False)  # links become signals; nothing opens a browser
        self.detail_view.setOpenExternalLinks(False)
        self.detail_view.anchorClicked.connect(self._on_link)
        self.qr_image = QPixmap()  # the shown record's website as a QR code, inside the details

        where = QWidget()
        where_row = QHBoxLayout(where)
        where_row.setContentsMargins(0, 0, 0, 0)
        where_row.addWidget(self.where_field, 1)
        where_row.addWidget(self.find_button)
        # As many filters in a row as fit: one row on a wide screen, one filter per row on a small one.
        filters = ReflowGrid()
        filters.setObjectName("directory_filters")
        for label, field in (
            (self.where_label, where), (self.distance_label, self.distance_box), (self.service_label, self.service_box),
            (self.language_label, self.language_box), (self.cost_label, self.cost_box),
            (self.accreditation_label, self.accreditation_box), (self.court_label, self.court_box),
        ):
            filters.add_field(label, field)

        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.result_list, 1)
        list_layout.addWidget(self.print_button)
        detail_side = QWidget()
        detail_layout = QVBoxLayout(detail_side)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_view, 1)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(list_side)
        splitter.addWidget(detail_side)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(filters)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        # A small screen at a large text size scrolls the page rather than squeezing it.
        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(scrolling(body))

        self._keep_rows_in_view()
        self._building = True
        self.retranslate()
        self._building = False
        self.refresh()

    # -- the query -------------------------------------------------------------------------------------
    def current_filter(self) -> DirectoryFilter | None:
        """The filter the controls describe, or None (with the reason shown) when the place is not understood."""
        text = self.where_field.text().strip()
        self.location = None
        if text:
            try:
                self.location = geo.resolve_location(text)
            except geo.PlaceQueryError as exc:
                self._error = str(exc)
                return None
        self._error = ""
        distance = self.distance_box.currentData()
        measured = self.location is not None and self.location.has_coordinates
        self.distance_box.setEnabled(measured)
        fees = COST_CHOICES[max(0, self.cost_box.currentIndex())][1]
        return DirectoryFilter(
            near=self.location,
            max_distance_km=float(distance) * KM_PER_MILE if distance and measured else None,
            services=frozenset({self.service_box.currentData()}) if self.service_box.currentData() else frozenset(),
            languages=frozenset({self.language_box.currentData()}) if self.language_box.currentData() else frozenset(),
            fees=fees,
            accreditations=(
                frozenset({self.accreditation_box.currentData()})
                if self.accreditation_box.currentData()
                else frozenset()
            ),
            courts=frozenset({self.court_box.currentData()}) if self.court_box.currentData() else frozenset(),
        )

    def query_index(self) -> DirectoryIndex:
        """The hand-written records alone until a place is asked; then with the official lists.

        The lists are read then, not before."""
        if self.location is None and not self.court_box.currentData():
            return self.index
        index = full_index(self.library) if self._with_lists else self.index
        if not self._courts:
            self._courts = sorted({c for r in index.records if r.listing for c in r.listing.courts})
            self._fill_courts()
        return index

    def refresh(self, *_args: object) -> None:
        if getattr(self, "_building", False):
            return
        wanted = self.current_filter()
        self.limited = False
        if wanted is None:
            self.results = []
        else:
            index = self.query_index()
            unlimited = wanted.near is None or not wanted.near.has_coordinates or wanted.max_distance_km is not None
            self.results = index.query(wanted, today=self.today, limit=None if unlimited else LIST_LIMIT + 1)
            if len(self.results) > LIST_LIMIT and not unlimited:
                self.results, self.limited = self.results[:LIST_LIMIT], True
        self._fill_list()
        self._show_message()

    def _fill_list(self) -> None:
        keep = self.current_id
        locale = locale_for(self.library, self.lang)
        rtl = text_direction(self.library, self.lang) == "rtl"
        self.result_list.blockSignals(True)
        self.result_list.clear()
        chosen = None
        for result in self.results:
            record = result.record
            details = [distance_phrase(result, locale)]
            if record.phones:
                details.append(unbroken_phone(record.phones[0].display))
            if result.stale:
                details.append(_("details over 12 months old"))
            details.extend(listing_flags(record.listing, locale))
            # In Arabic or Dari, a phone number or an English name keeps its own order (core.bidi).
            lines = [record.name, " · ".join(d for d in details if d)]
            text = "\n".join(isolate_for(line, rtl) for line in lines if line)
            item = QListWidgetItem(text)
            item.setData(RECORD_ID_ROLE, record.id)
            item.setToolTip(record.description.get(self.lang))
            self.result_list.addItem(item)
            if record.id == keep:
                chosen = item
        self.result_list.blockSignals(False)
        self._keep_rows_in_view()
        if chosen is not None:
            self.result_list.setCurrentItem(chosen)
            self.show_record(chosen.data(RECORD_ID_ROLE))
        else:
            self._clear_detail()

    def _show_message(self) -> None:
        if self._error:
            text = self._error
        else:
            count = len(self.results)
            text = ngettext("{count} place found.", "{count} places found.", count).format(
                count=format_decimal(count, locale=locale_for(self.library, self.lang))
            )
            if self.location is not None:
                text = (
                    _("{found} Help that serves {place}, nearest first.").format(
                        found=text, place=self.location.label()
                    )
                    if self.location.has_coordinates
                    else _("{found} Help that serves {place}.").format(found=text, place=self.location.label())
                )
            if self.limited and self.location is not None:
                text = _("The {count} places nearest to {place}. Choose a distance to see fewer.").format(
                    count=format_decimal(LIST_LIMIT, locale=locale_for(self.library, self.lang)),
                    place=self.location.label(),
                )
            if not self.results:
                text += " " + _("Try fewer filters.")
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.print_button.setEnabled(bool(self.results))

    # -- the page protocol (pages/page.py); set_language is LibraryPage's, retranslate below ------------
    def open(self, key: str) -> bool:
        """The directory itself, or the record whose id is `key`."""
        return not key or self.show_record(key)

    def reset(self) -> None:
        """As first made: no place typed, every filter at its first choice, no record open."""
        self._building = True  # one query at the end, not one for each filter put back
        self.where_field.setText("")  # not clear(), which Ctrl+Z undoes
        self._courts = []  # read again with the official lists, when a place is next asked
        self._fill_courts()
        for box in self._filter_boxes():
            box.setCurrentIndex(0)
        self._building = False
        self.current_id = None
        self.detail_view.clear()  # with the QR codes of the records shown
        self.refresh()
        scroll_to_top(self)

    def _filter_boxes(self) -> tuple[QComboBox, ...]:
        return (
            self.distance_box, self.service_box, self.language_box,
            self.cost_box, self.accreditation_box, self.court_box,
        )

    # -- one record --------------------------------------------------------------------------------------
    def show_record(self, record_id: str) -> bool:
        """Show a record's details; it need not be in the list (a place page may ask for any record)."""
        result = next((r for r in self.results if r.record.id == record_id), None)
        if result is None:
            record = record_by_id(self.library, record_id)
            if record is None:
                return False
            result = DirectoryResult(record, None, verified_over_a_year_ago(record.verified, self.today), False)
        self.current_id = record_id
        qr_source = ""
        if result.record.url:
            qr_source = f"qr:{record_id}"
            self.qr_image = qr_pixmap(result.record.url, scale=4)
            self.detail_view.document().addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(qr_source), self.qr_image
            )
        else:
            self.qr_image = QPixmap()
        self.detail_view.setHtml(record_detail_html(self.library, result, self.lang, qr_source))
        self.detail_view.setAccessibleName(_("Details of {name}").format(name=result.record.name))
        for row in range(self.result_list.count()):
            item = self.result_list.item(row)
            if item.data(RECORD_ID_ROLE) == record_id and self.result_list.currentItem() is not item:
                self.result_list.blockSignals(True)
                self.result_list.setCurrentItem(item)
                self.result_list.blockSignals(False)
        return True

    def _clear_detail(self) -> None:
        self.current_id = None
        self.qr_image = QPixmap()
        prompt = html.escape(_("Choose a place from the list to see its phone numbers, hours and languages."))
        # The legal-help tile opens this page, so its guides (how to tell real help from fraud)
        # are offered here: a visitor reaches them by touch, without searching.
        guides = sorted((g for g in self.library.guides.values() if "legal-help" in g.topics), key=lambda g: g.id)
        if guides:
            items = "".join(
                f'<li><a href="guide:{html.escape(g.id)}">{html.escape(g.text(self.lang).title)}</a>: '
                f"{html.escape(g.text(self.lang).summary)}</li>"
                for g in guides
            )
            read_first = _("Before you choose, read:")  # outside the f-string, where the extractor sees it
            prompt = f"<p>{prompt}</p><p>{html.escape(read_first)}</p><ul>{items}</ul>"
        self.detail_view.setHtml(prompt)
        self.detail_view.setAccessibleName(_("Details of the chosen place"))

    def _on_chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.show_record(current.data(RECORD_ID_ROLE))

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "guide":
            self.guide_requested.emit(url.path())

    def shown_record_ids(self) -> list[str]:
        return [r.record.id for r in self.results]

    def _on_print(self) -> None:
        if self.results:
            self.print_list_requested.emit(self.shown_record_ids())

    # -- language (set_language is LibraryPage's) --------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._keep_rows_in_view()
        if event.type() == QEvent.Type.PaletteChange:
            # Rich text takes its link colour when it is set: set it again in the new theme's colours.
            if self.current_id is not None:
                self.show_record(self.current_id)
            else:
                self._clear_detail()
        super().changeEvent(event)

    def _keep_rows_in_view(self) -> None:
        # A few whole rows and the print button always: on a small screen, at large text or with
        # the filters on several rows, the page scrolls rather than squeezing the list to a sliver.
        rows = self.result_list
        shown = min(MIN_VISIBLE_ROWS, rows.count())
        if shown:  # rows wrap to the list's width: measure them
            needed = sum(rows.sizeHintForRow(row) for row in range(shown)) + rows.spacing() * 2 * shown
        else:
            needed = int(MIN_VISIBLE_ROWS * ROW_LINES * rows.fontMetrics().lineSpacing())
        needed += 2 * rows.frameWidth()
        if needed != rows.minimumHeight():
            rows.setMinimumHeight(needed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.result_list.viewport() and event.type() == QEvent.Type.Resize:
            self._keep_rows_in_view()  # a narrower list (or one with a scroll bar) wraps its rows onto more lines
        return super().eventFilter(watched, event)

    def _fill_courts(self) -> None:
        choices: list[tuple[str, object]] = [(_("Any court"), "")]
        self._refill(self.court_box, choices + [(court, court) for court in self._courts])

    def _refill(self, box: QComboBox, items: Sequence[tuple[str, object]]) -> None:
        """Replace a combo box's items, keeping the chosen value, without running the query for each."""
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        for text, value in items:
            box.addItem(text, value)
        box.setCurrentIndex(max(0, box.findData(chosen)) if chosen is not None else 0)
        box.blockSignals(False)

    def retranslate(self) -> None:
        locale = locale_for(self.library, self.lang)
        self.heading.setText(_("Find free legal help"))
        self.where_label.setText(_("&ZIP code or county:"))
        self.where_field.setPlaceholderText(_("For example 22314 or Arlington County, VA"))
        self.where_field.setAccessibleName(_("ZIP code or county"))
        self.find_button.setText(_("Find"))
        self.find_button.setAccessibleName(_("Find help for this ZIP code or county"))
        self.distance_label.setText(_("&Distance:"))
        self.distance_box.setAccessibleName(_("Distance"))
        self.service_label.setText(_("&Help with:"))
        self.service_box.setAccessibleName(_("Kind of help"))
        self.language_label.setText(_("&Language:"))
        self.language_box.setAccessibleName(_("Language spoken"))
        self.cost_label.setText(_("C&ost:"))
        self.cost_box.setAccessibleName(_("Cost"))
        self.accreditation_label.setText(_("&Accreditation:"))
        self.accreditation_box.setAccessibleName(_("Accreditation"))
        self.result_list.setAccessibleName(_("Places that can help"))
        self.print_button.setText(_("&Print this list"))
        self.print_button.setAccessibleName(_("Print this list of places"))

        self._refill(
            self.distance_box,
            [(_("Any distance"), 0)]
            + [
                (
                    _("Within {miles} mi ({km} km)").format(
                        miles=format_decimal(miles, locale=locale),
                        km=format_decimal(round(miles * KM_PER_MILE), locale=locale),
                    ),
                    miles,
                )
                for miles in DISTANCES_MILES
            ],
        )
        self._refill(self.service_box, [(_("Any kind of help"), "")] + [(_(SERVICE_LABELS[s]), s) for s in SERVICES])
        self._refill(
            self.language_box,
            [(_("Any language"), "")]
            + [(picker_label(language, locale), code) for code, language in self.library.languages.items()],
        )
        self._refill(self.cost_box, [(_(label), index) for index, (label, _fees) in enumerate(COST_CHOICES)])
        self._refill(
            self.accreditation_box,
            [(_("Any accreditation"), "")] + [(_(ACCREDITATION_LABELS[a]), a) for a in ACCREDITATION_CHOICES],
        )
        # TRANSLATORS: a filter: the immigration court whose pro bono list names the organization
        self.court_label.setText(_("Co&urt:"))
        # TRANSLATORS: the immigration court whose list of free (pro bono) legal help names the organization
        self.court_box.setAccessibleName(_("Immigration court whose pro bono list names it"))
        self._fill_courts()
        if not getattr(self, "_building", False):
            self.refresh()
