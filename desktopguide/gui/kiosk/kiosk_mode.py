"""Kiosk mode on an AppWindow: locked full screen, the staff's PIN route, idle reset, one-tap
printing with a page limit, and addresses shown as QR codes.

    KioskMode.install(window, load_settings()).present()

It goes in through the seams the window offers (its print route, close guard, staff-only
actions, the language a session starts in): the window never names the kiosk.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from desktopguide.core.content.model import SOURCE_LANGUAGE
from desktopguide.core.kiosk.pin import PinGuard
from desktopguide.core.kiosk.settings import (
    KioskSettings,
    KioskSettingsError,
    load_settings,
    save_settings,
    settings_path,
)
from desktopguide.core.papers import full_page_paper
from desktopguide.gui.kiosk.admin_dialog import AdminDialog
from desktopguide.gui.kiosk.corner_taps import CornerTaps
from desktopguide.gui.kiosk.idle_watch import IdleWatch
from desktopguide.gui.kiosk.input_hub import InputHub
from desktopguide.gui.kiosk.key_guard import KeyGuard
from desktopguide.gui.kiosk.kiosk_printing import KioskPrinting, PrintAnswer, PrinterFactory, default_printer
from desktopguide.gui.kiosk.link_guard import LinkGuard
from desktopguide.gui.kiosk.pin_dialog import PinDialog
from desktopguide.gui.kiosk.staff_language import StaffLanguage
from desktopguide.gui.kiosk.still_there import COUNTDOWN_SECONDS, StillThereScreen
from desktopguide.gui.preferences import Preferences, PreferenceStore
from desktopguide.i18n import _

if TYPE_CHECKING:
    from desktopguide.gui.app_window import AppWindow


class KioskMode(QObject):
    @classmethod
    def install(cls, window: AppWindow, settings: KioskSettings, **options) -> KioskMode:
        """Make `window` a locked kiosk (options: see __init__); call `present()` on the answer."""
        return cls(window, settings, **options)

    @staticmethod
    def of(window: AppWindow) -> KioskMode | None:
        """The kiosk installed on `window`, if any."""
        return window.findChild(KioskMode)

    def __init__(
        self,
        window: AppWindow,
        settings: KioskSettings,
        settings_file: Path | None = None,
        printer_factory: PrinterFactory = default_printer,
        idle_ms: int | None = None,  # tests use a short time; staff set seconds in the settings
        countdown_seconds: int = COUNTDOWN_SECONDS,
        tick_ms: int = 1000,
        clock: Callable[[], float] = time.monotonic,
        staff_store: PreferenceStore | None = None,  # where staff's Settings are kept (default: QSettings)
        visitor_language: str | None = None,  # the language screen's language at each visit (default: English)
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.settings_file = settings_path(settings_file)
        self.may_close = False  # only the staff's "leave" sets it
        self.countdown_seconds = countdown_seconds
        self.last_message = ""
        self._staff_store = staff_store
        self.pin_guard = PinGuard(clock)  # kept across resets: waiting for one does not end a back-off
        self.printing = KioskPrinting(settings.print_limit, printer_factory)
        # The account's Settings language is the staff's; every visit starts on the language
        # screen in the kiosk's own language, whatever the account or the last visitor chose.
        self.staff_language = StaffLanguage(window.prefs.language, window.languages)
        window.default_language = visitor_language if visitor_language in window.languages else SOURCE_LANGUAGE

        self.key_guard = KeyGuard(window)
        self.key_guard.admin_requested.connect(self.request_admin)
        self.corner_taps = CornerTaps(window, clock)
        self.corner_taps.triggered.connect(self.request_admin)
        self.idle_watch = IdleWatch(idle_ms or settings.idle_seconds * 1000, self)
        self.idle_watch.idle.connect(self._on_idle)
        self.still_there = StillThereScreen(window, tick_ms)
        self.still_there.stayed.connect(self.idle_watch.resume)
        self.still_there.timed_out.connect(window.reset_session)
        self.link_guard = LinkGuard(window)
        # The idle watch first: a key the guard swallows is still a sign that someone is there.
        self.input_hub = InputHub([self.idle_watch, self.corner_taps, self.key_guard], self)
        window.session_reset.connect(self._on_session_reset)

        # Visitors see no way to settings or out; staff reach them through the PIN.
        for action in window.staff_actions():
            action.setVisible(False)
            action.setEnabled(False)
        window.print_route = self  # one tap prints, within the page limit
        window.close_guard = lambda: self.may_close
        window.start_new_session()

    # -- the locked window ---------------------------------------------------------------------
    def present(self) -> None:
        """Full screen and frameless, sized to the screen itself so that it fills the screen even
        with no window manager to do it."""
        window = self.window
        window.setWindowFlags(
            window.windowFlags() | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        window.setMinimumSize(0, 0)  # a small touch screen must not be overhung
        screen = window.screen() or QGuiApplication.primaryScreen()
        window.setGeometry(screen.geometry())
        screen.geometryChanged.connect(self._fit_to_screen)
        window.showFullScreen()
        window.raise_()
        window.activateWindow()

    def _fit_to_screen(self, geometry: QRect) -> None:
        self.window.setGeometry(geometry)
        self.window.showFullScreen()

    def release(self) -> None:
        """Take the kiosk's application-wide hooks away (when staff leave, and in tests)."""
        for part in (self.input_hub, self.idle_watch, self.link_guard):
            part.release()

    def leave(self) -> None:
        """Staff chose to close the app."""
        self.may_close = True
        self.release()
        self.window.close()

    # -- staff ---------------------------------------------------------------------------------
    def request_admin(self) -> None:
        """The hidden gesture or the key chord: ask for the PIN, or say calmly why not (to staff,
        in their language)."""
        _ = self.staff_language.gettext
        open_dialogs = [*self.window.findChildren(PinDialog), *self.window.findChildren(AdminDialog)]
        if any(dialog.isVisible() for dialog in open_dialogs):
            return
        try:
            settings = load_settings(self.settings_file)  # a PIN set while the kiosk runs counts at once
        except KioskSettingsError:
            self.tell(
                _("The kiosk settings file is damaged, so the kiosk cannot be unlocked here. "
                  "Staff: run 'desktopguide kiosk config --show' in a terminal.")
            )
            return
        if settings.pin is None:
            self.tell(
                _("No staff PIN is set on this kiosk yet. Staff: set one with 'desktopguide kiosk set-pin', "
                  "then open this again.")
            )
            return
        dialog = PinDialog(self.pin_guard, settings.pin, self.window, staff=self.staff_language)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.open_admin(settings))
        dialog.open()

    def open_admin(self, settings: KioskSettings) -> AdminDialog:
        dialog = AdminDialog(settings, parent=self.window, staff=self.staff_language)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.kiosk_settings_saved.connect(lambda changed: self.save_settings(changed, dialog))
        dialog.app_settings_requested.connect(self.open_app_settings)
        dialog.quit_requested.connect(self.leave)
        dialog.open()
        return dialog

    def open_app_settings(self) -> None:
        """The app's Settings for staff, in their language: what they choose is kept for the next
        start, and its language becomes the staff screens'. The visitor's language comes back after."""
        window = self.window
        visitor_language = window.lang
        window.set_language(self.staff_language.code)
        dialog = window.open_settings()
        if dialog is None:
            window.set_language(visitor_language)
            return
        dialog.accepted.connect(lambda: self.keep_staff_preferences(dialog.preferences()))
        dialog.finished.connect(lambda _result: window.set_language(visitor_language))  # after `accepted`

    def keep_staff_preferences(self, prefs: Preferences) -> None:
        if self._staff_store is None:
            self._staff_store = PreferenceStore()
        self._staff_store.save(prefs)
        self.staff_language = StaffLanguage(prefs.language, self.window.languages)

    def save_settings(self, settings: KioskSettings, dialog: AdminDialog | None = None) -> bool:
        _ = self.staff_language.gettext
        try:
            save_settings(settings, self.settings_file)
        except KioskSettingsError:
            if dialog is not None:
                dialog.show_message(_("The kiosk settings could not be saved; they apply until the app closes."))
            saved = False
        else:
            if dialog is not None:
                dialog.show_message(_("Saved."))
            saved = True
        self.settings = settings
        self.idle_watch.set_interval(settings.idle_seconds * 1000)
        self.printing.page_limit = settings.print_limit
        return saved

    # -- the visitor ---------------------------------------------------------------------------
    def tell(self, text: str) -> None:
        """A calm message with one button to close it; a reset closes it too."""
        self.last_message = text
        box = QMessageBox(
            QMessageBox.Icon.Information, _("Know your rights"), text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setObjectName("kiosk_message")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def print_card(self, guide_id: str, lang: str) -> PrintAnswer | None:
        """One tap: the card on the paper and with the second language the staff chose."""
        from desktopguide.cards import CardSpec, plan_cards

        library, prefs = self.window.library, self.window.prefs
        guide = library.guides.get(guide_id) if library is not None else None
        if guide is None:
            return None
        if lang not in guide.texts:
            lang = SOURCE_LANGUAGE
        pair = prefs.pair_language if prefs.pair_language != lang and prefs.pair_language in guide.texts else None
        answer = self.printing.print_plan(lambda: plan_cards(library, [CardSpec(guide_id, lang, pair)], prefs.paper))
        self.tell(answer.message)
        return answer

    def print_help_list(self, record_ids: list[str]) -> PrintAnswer | None:
        from desktopguide.cards.help_list import plan_help_list

        library = self.window.library
        if library is None:
            return None
        from desktopguide.core.directory.legal_help import records_by_ids

        records = records_by_ids(library, record_ids)  # the official lists' records too
        paper = full_page_paper(self.window.prefs.paper)
        answer = self.printing.print_plan(lambda: plan_help_list(library, records, self.window.lang, paper))
        self.tell(answer.message)
        return answer

    # -- idle ----------------------------------------------------------------------------------
    def _on_idle(self) -> None:
        self.idle_watch.pause()
        self.still_there.start(self.countdown_seconds)

    def _on_session_reset(self) -> None:
        self.still_there.stop()
        self.printing.reset()
        self.idle_watch.rest()
