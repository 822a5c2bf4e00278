"""The guide reader: readable text, contents, zoom, translation banner, English side by side."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QCursor, QKeySequence, QNativeGestureEvent, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QGestureEvent,
    QLabel,
    QListWidget,
    QPinchGesture,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktopguide.core.content.model import SOURCE_LANGUAGE, Library
from desktopguide.gui.pages.page_parts import scroll_to_top
from desktopguide.gui.read_aloud import ReadAloudButton
from desktopguide.gui.translation.retranslate import Retranslating
from desktopguide.gui.widgets.flow_layout import FlowLayout
from desktopguide.i18n import _

MIN_ZOOM, MAX_ZOOM = -4, 12
# A guide with at least this many headings gets a contents list.
CONTENTS_MIN_HEADINGS = 4


class GuideBrowser(QTextBrowser):
    """A text view that zooms with a pinch as well as Ctrl+wheel."""

    pinched = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # links are handled by the reader; nothing opens a browser
        self.setOpenExternalLinks(False)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._native_zoom = 0.0  # a touchpad pinch's zoom gathered since the last step

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture) and pinch.state() == Qt.GestureState.GestureFinished:
                factor = pinch.totalScaleFactor()
                if abs(factor - 1.0) > 0.1:
                    self.pinched.emit(1 if factor > 1 else -1)
            return True
        if event.type() == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent):
            # A touchpad's pinch arrives as small zoom steps: one zoom step per tenth gathered.
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self._native_zoom += event.value()
                while abs(self._native_zoom) >= 0.1:
                    step = 1 if self._native_zoom > 0 else -1
                    self._native_zoom -= 0.1 * step
                    self.pinched.emit(step)
            elif event.gestureType() == Qt.NativeGestureType.EndNativeGesture:
                self._native_zoom = 0.0
            return True
        return super().viewportEvent(event)


class GuideReader(Retranslating, QWidget):
    link_activated = Signal(str, str)  # scheme ("guide", "org", "place"), record id
    print_card_requested = Signal(str, str)  # guide id, language

    def __init__(self, library: Library, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_reader")
        self.library = library
        self.guide_id = ""
        self.lang = lang
        self.zoom = 0
        self.last_definition = ""
        self._has_contents = False

        self.banner = QLabel()
        self.banner.setObjectName("translation_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fff4d6; color: #000; padding: 6px; border-radius: 4px; }")
        self.side_by_side_button = QPushButton()
        self.side_by_side_button.setObjectName("side_by_side_button")
        self.side_by_side_button.setCheckable(True)
        self.side_by_side_button.toggled.connect(self._show_english_beside)
        self.print_button = QPushButton()
        self.print_button.setObjectName("print_card_button")
        self.print_button.clicked.connect(lambda: self.print_card_requested.emit(self.guide_id, self.lang))
        self.zoom_out_button = QPushButton("A−")
        self.zoom_out_button.clicked.connect(lambda: self.set_zoom(self.zoom - 1))
        self.zoom_in_button = QPushButton("A+")
        self.zoom_in_button.clicked.connect(lambda: self.set_zoom(self.zoom + 1))
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # "A+" reads the same in every language
        self.read_aloud_button = ReadAloudButton()  # hidden where the machine has no voice for the guide

        # The banner above the buttons, and the buttons on as many rows as a long language or a
        # large text size needs, rather than squeezed into one row beside the banner.
        self.button_row = QWidget()
        buttons = FlowLayout(self.button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.side_by_side_button,
            self.zoom_out_button,
            self.zoom_in_button,
            self.read_aloud_button,
            self.print_button,
        ):
            buttons.addWidget(button)
        bar = QVBoxLayout()
        bar.addWidget(self.banner)
        bar.addWidget(self.button_row)

        self.contents = QListWidget()
        self.contents.setObjectName("contents_list")
        self.contents.setWordWrap(True)
        # Headings wrap to the list's width instead of scrolling sideways.
        self.contents.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.itemActivated.connect(self._go_to_section)
        self.contents.itemClicked.connect(self._go_to_section)
        self.view = GuideBrowser()
        self.view.setObjectName("guide_view")
        self.english_view = GuideBrowser()
        self.english_view.setObjectName("english_view")
        self.english_view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.english_view.hide()
        for browser in (self.view, self.english_view):
            browser.anchorClicked.connect(self._on_link)
            browser.highlighted.connect(self._on_hover)
            browser.pinched.connect(lambda step: self.set_zoom(self.zoom + step))
        self.splitter = QSplitter()
        self.splitter.addWidget(self.contents)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.english_view)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 4)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        # Tab follows the bar as it is seen, then the contents and the text.
        chain = (
            self.side_by_side_button,
            self.zoom_out_button,
            self.zoom_in_button,
            self.read_aloud_button,
            self.print_button,
            self.contents,
            self.view,
            self.english_view,
        )
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        for keys, step in ((QKeySequence.StandardKey.ZoomIn, 1), (QKeySequence.StandardKey.ZoomOut, -1)):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(lambda step=step: self.set_zoom(self.zoom + step))
        # Ctrl+= as well, since + needs Shift on most keyboards.
        QShortcut(QKeySequence("Ctrl+="), self).activated.connect(lambda: self.set_zoom(self.zoom + 1))
        QShortcut(QKeySequence("Ctrl+0"), self).activated.connect(lambda: self.set_zoom(0))
        self.retranslate()

    # -- the page protocol (pages/page.py) ------------------------------------------
    def open(self, key: str) -> bool:
        """Show the guide whose id is `key`, at its top."""
        library, lang = self.library, self.lang
        guide = library.guides.get(key)
        if guide is None:
            return False
        # Markdown and Babel are imported with the first guide, not before the first screen.
        from desktopguide.core.content.markdown import headings
        from desktopguide.gui.pages.guide_html import guide_page_html, translation_notice

        self.guide_id = key
        text = guide.text(lang)
        self.view.setHtml(guide_page_html(library, guide, lang))
        text_language = library.languages.get(text.lang)
        # The text and its contents run in the direction of the language they are written in.
        direction = (
            Qt.LayoutDirection.RightToLeft if text_language and text_language.is_rtl else Qt.LayoutDirection.LeftToRight
        )
        self.view.setLayoutDirection(direction)
        self.contents.setLayoutDirection(direction)
        self.contents.clear()
        sections = headings(text.body)
        for index, (level, title) in enumerate(sections):
            self.contents.addItem(("    " * max(0, level - 2)) + title)
            self.contents.item(index).setData(Qt.ItemDataRole.UserRole, f"section-{index}")
        self._has_contents = len(sections) >= CONTENTS_MIN_HEADINGS
        notice = translation_notice(library, guide, lang)
        self.banner.setText(notice)
        self.banner.setVisible(bool(notice))
        self.side_by_side_button.setVisible(lang != SOURCE_LANGUAGE)
        if lang == SOURCE_LANGUAGE:
            self.side_by_side_button.setChecked(False)
        self._show_english_beside(self.side_by_side_button.isChecked())
        self.view.verticalScrollBar().setValue(0)
        voice = (text_language.locale or text_language.code) if text_language else text.lang
        self.read_aloud_button.set_reading(self.spoken_text, voice)  # in the language the text is in
        return True

    def set_language(self, code: str) -> None:
        self.lang = code
        if self.guide_id:
            self.open(self.guide_id)  # the open guide in the new language

    def reset(self) -> None:
        """No guide open, no definition shown, English not beside it, text at its usual size."""
        self.guide_id, self.last_definition = "", ""
        self.side_by_side_button.setChecked(False)
        self.set_zoom(0)
        for browser in (self.view, self.english_view):
            browser.clear()
        self.contents.clear()
        self.banner.clear()
        self.read_aloud_button.stop()
        scroll_to_top(self)

    def spoken_text(self) -> str:
        """The open guide as a voice reads it: its text, without the sources and dates under it."""
        from desktopguide.core.content.markdown import render_html

        text = self.library.guides[self.guide_id].text(self.lang)
        document = QTextDocument()
        document.setHtml(render_html(text.body))
        spoken = document.toPlainText()
        if text.lang == self.lang:  # the disclaimer is in the interface language: read it in the same voice only
            spoken += "\n\n" + _("General legal information, not legal advice.")
        return spoken

    def _show_english_beside(self, on: bool) -> None:
        if on and self.library and self.guide_id in self.library.guides:
            from desktopguide.gui.pages.guide_html import guide_page_html

            guide = self.library.guides[self.guide_id]
            self.english_view.setHtml(guide_page_html(self.library, guide, SOURCE_LANGUAGE))
        self.english_view.setVisible(on)
        # Two texts side by side need the room more than the contents list does.
        self.contents.setVisible(self._has_contents and not on)

    def _go_to_section(self, item) -> None:
        self.view.scrollToAnchor(item.data(Qt.ItemDataRole.UserRole))

    # -- zoom ----------------------------------------------------------------------
    def set_zoom(self, zoom: int) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        step = zoom - self.zoom
        if step:
            for browser in (self.view, self.english_view):
                browser.zoomIn(step)
            self.zoom = zoom

    # -- links ---------------------------------------------------------------------
    def definition(self, term_id: str) -> str:
        if not self.library or term_id not in self.library.glossary:
            return ""
        entry = self.library.glossary[term_id]
        text = f"{entry.term.get(self.lang)}: {entry.definition.get(self.lang)}"
        if "definition" in entry.unverified:
            text += " (" + _("not confirmed by a cited source") + ")"
        return text

    def _on_hover(self, url: QUrl) -> None:
        if url.scheme() == "term":
            self.last_definition = self.definition(url.path())
            QToolTip.showText(QCursor.pos(), self.last_definition, self.view)
        else:
            QToolTip.hideText()

    def _on_link(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "term":
            # A tap shows the definition too, for touch screens with no hover; so does Enter.
            self.last_definition = self.definition(url.path())
            browser = self.sender() if isinstance(self.sender(), QTextBrowser) else self.view
            QToolTip.showText(definition_position(browser), self.last_definition, browser, browser.rect(), 15000)
        elif scheme in ("guide", "org", "place"):
            self.link_activated.emit(scheme, url.path())
        elif scheme in ("http", "https"):
            from desktopguide.gui.dialogs.link_dialog import LinkDialog  # QR codes: not needed for the first screen

            dialog = LinkDialog(url.toString(), self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    # -- language ------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.guide_id:
            # Rich text takes its link and table colours when it is set: set it again in the new theme's.
            scrolled = self.view.verticalScrollBar().value()
            self.open(self.guide_id)
            self.view.verticalScrollBar().setValue(scrolled)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.side_by_side_button.setText(_("Show English side by side"))
        self.print_button.setText(_("Print card"))
        self.print_button.setAccessibleName(_("Print this guide's one-page card"))
        self.zoom_in_button.setAccessibleName(_("Larger text"))
        self.zoom_in_button.setToolTip(_("Larger text"))
        self.zoom_out_button.setAccessibleName(_("Smaller text"))
        self.zoom_out_button.setToolTip(_("Smaller text"))
        self.contents.setAccessibleName(_("Contents"))
        self.view.setAccessibleName(_("Guide text"))
        self.english_view.setAccessibleName(_("Guide text in English"))


def definition_position(browser: QTextBrowser) -> QPoint:
    """Where a term's definition appears: at the finger or pointer that tapped the term, or under
    the term when Enter opened it (the pointer may be anywhere then)."""
    pointer = QCursor.pos()
    if browser.anchorAt(browser.viewport().mapFromGlobal(pointer)).startswith("term:"):
        return pointer
    return browser.viewport().mapToGlobal(browser.cursorRect().bottomLeft())
