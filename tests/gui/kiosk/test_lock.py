"""A kiosk cannot be left without the staff PIN: keys, closing, hidden settings, the PIN route."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox

from desktopguide.core.kiosk.pin import verify_pin
from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.dialogs.link_dialog import LinkDialog
from desktopguide.gui.kiosk.admin_dialog import AdminDialog
from desktopguide.gui.kiosk.kiosk_mode import KioskMode
from desktopguide.gui.kiosk.pin_dialog import PinDialog
from desktopguide.gui.preferences import PreferenceStore
from tests.gui.kiosk.conftest import FakeClock

Key, Mod = Qt.Key, Qt.KeyboardModifier
CHORD = Mod.ControlModifier | Mod.AltModifier | Mod.ShiftModifier


def shown(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def enter_pin(qtbot, dialog: PinDialog, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(dialog.keys[int(digit)], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def tap_corner(qtbot, window: AppWindow, clock: FakeClock, times: int) -> None:
    corner = KioskMode.of(window).corner_taps.corner().center()
    for _tap in range(times):
        clock.advance(0.3)
        qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=corner)


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Key.Key_F4, Mod.AltModifier),
        (Key.Key_Q, Mod.ControlModifier),
        (Key.Key_W, Mod.ControlModifier),
        (Key.Key_Escape, Mod.NoModifier),
    ],
)
def test_quit_keys_do_not_close_the_kiosk(qtbot, kiosk_window: AppWindow, key, modifiers) -> None:
    kiosk_window.choose_language("en")
    qtbot.keyClick(kiosk_window, key, modifiers)
    qtbot.keyClick(kiosk_window.home_page, key, modifiers)
    assert kiosk_window.isVisible()
    assert kiosk_window.stack.currentWidget() is kiosk_window.home_page


def test_closing_the_window_is_refused_until_staff_leave(kiosk_window: AppWindow) -> None:
    assert kiosk_window.close() is False
    assert kiosk_window.isVisible()


def test_escape_still_closes_a_dialog_the_visitor_opened(qtbot, kiosk_window: AppWindow) -> None:
    KioskMode.of(kiosk_window).link_guard.show_address(QUrl("https://www.example.org"))
    dialog = shown(LinkDialog)[0]
    qtbot.keyClick(dialog, Key.Key_Escape)
    assert not dialog.isVisible() and kiosk_window.isVisible()


def test_settings_and_about_are_hidden_from_visitors(qtbot, kiosk_window: AppWindow) -> None:
    for action in (kiosk_window.settings_action, kiosk_window.about_action):
        assert not action.isVisible() and not action.isEnabled()
    qtbot.keyClick(kiosk_window, Key.Key_Comma, Mod.ControlModifier)
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "settings_dialog" and w.isVisible()]


def test_key_chord_opens_the_pin_dialog(qtbot, kiosk_window: AppWindow, staff_pin: str) -> None:
    qtbot.keyClick(kiosk_window, Key.Key_A, CHORD)
    assert len(shown(PinDialog)) == 1
    qtbot.keyClick(kiosk_window, Key.Key_A, CHORD)
    assert len(shown(PinDialog)) == 1  # asked twice, shown once


def test_five_quick_taps_in_the_corner_open_the_pin_dialog(
    qtbot, kiosk_window: AppWindow, staff_pin: str, clock: FakeClock
) -> None:
    tap_corner(qtbot, kiosk_window, clock, 4)
    assert shown(PinDialog) == []
    tap_corner(qtbot, kiosk_window, clock, 1)
    assert len(shown(PinDialog)) == 1


def test_slow_taps_or_taps_elsewhere_do_not_open_it(
    qtbot, kiosk_window: AppWindow, staff_pin: str, clock: FakeClock
) -> None:
    tap_corner(qtbot, kiosk_window, clock, 3)
    clock.advance(5)  # more than 3 s since the first taps
    tap_corner(qtbot, kiosk_window, clock, 3)
    assert shown(PinDialog) == []
    clock.advance(5)
    tap_corner(qtbot, kiosk_window, clock, 2)
    qtbot.mouseClick(
        kiosk_window, Qt.MouseButton.LeftButton, pos=QPoint(kiosk_window.width() // 2, kiosk_window.height() // 2)
    )
    tap_corner(qtbot, kiosk_window, clock, 3)
    assert shown(PinDialog) == []


def test_the_corner_is_top_left_in_a_right_to_left_language(
    qtbot, kiosk_window: AppWindow, staff_pin: str, clock: FakeClock
) -> None:
    kiosk_window.choose_language("ar")
    assert KioskMode.of(kiosk_window).corner_taps.corner().left() == 0
    tap_corner(qtbot, kiosk_window, clock, 5)
    assert len(shown(PinDialog)) == 1


def test_wrong_pin_is_refused_calmly(qtbot, kiosk_window: AppWindow, staff_pin: str) -> None:
    KioskMode.of(kiosk_window).request_admin()
    dialog = shown(PinDialog)[0]
    enter_pin(qtbot, dialog, "111111")
    assert dialog.isVisible() and shown(AdminDialog) == []
    assert "not right" in dialog.message.text()
    assert dialog.pin_field.text() == ""


def test_repeated_wrong_pins_make_the_next_try_wait(
    qtbot, kiosk_window: AppWindow, staff_pin: str, clock: FakeClock
) -> None:
    KioskMode.of(kiosk_window).request_admin()
    dialog = shown(PinDialog)[0]
    for _try in range(3):
        enter_pin(qtbot, dialog, "000000")
    assert "wait 5 seconds" in dialog.message.text()
    assert not dialog.unlock_button.isEnabled() and not dialog.keys[4].isEnabled()
    # Even the right PIN is not checked while the back-off runs, nor by closing and reopening.
    dialog.reject()
    KioskMode.of(kiosk_window).request_admin()
    again = shown(PinDialog)[0]
    assert not again.unlock_button.isEnabled()
    assert KioskMode.of(kiosk_window).pin_guard.attempt(staff_pin, again.record).wait_seconds > 0
    clock.advance(6)
    assert KioskMode.of(kiosk_window).pin_guard.attempt(staff_pin, again.record).unlocked


def test_right_pin_unlocks_and_staff_can_leave(qtbot, kiosk_window: AppWindow, staff_pin: str) -> None:
    qtbot.keyClick(kiosk_window, Key.Key_A, CHORD)
    enter_pin(qtbot, shown(PinDialog)[0], staff_pin)
    admin = shown(AdminDialog)
    assert len(admin) == 1 and shown(PinDialog) == []
    qtbot.mouseClick(admin[0].quit_button, Qt.MouseButton.LeftButton)
    assert not kiosk_window.isVisible()


def test_staff_open_the_settings_from_the_pin_route(
    qtbot, kiosk_window: AppWindow, staff_pin: str, kiosk_config: Path
) -> None:
    KioskMode.of(kiosk_window).request_admin()
    enter_pin(qtbot, shown(PinDialog)[0], staff_pin)
    qtbot.mouseClick(shown(AdminDialog)[0].app_settings_button, Qt.MouseButton.LeftButton)
    settings = [w for w in QApplication.topLevelWidgets() if w.objectName() == "settings_dialog" and w.isVisible()]
    assert len(settings) == 1 and settings[0].kiosk_box is not None
    dialog = settings[0]
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("a4"))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("es"))
    dialog.accept()
    # Kept for the next start (unlike a visitor's choices); the language is the staff screens' from
    # now on, and visitors still start on the language screen in the kiosk's own language.
    staff = QSettings(str(kiosk_config.parent / "staff.ini"), QSettings.Format.IniFormat)
    assert PreferenceStore(staff).load().paper == "a4"
    assert KioskMode.of(kiosk_window).staff_language.code == "es"
    kiosk_window.reset_session()
    assert kiosk_window.lang == "en" and kiosk_window.stack.currentWidget() is kiosk_window.language_page


def test_staff_change_the_idle_time_and_print_limit(
    qtbot, kiosk_window: AppWindow, staff_pin: str, kiosk_config: Path
) -> None:
    KioskMode.of(kiosk_window).request_admin()
    enter_pin(qtbot, shown(PinDialog)[0], staff_pin)
    admin = shown(AdminDialog)[0]
    admin.idle_box.setValue(300)
    admin.print_limit_box.setValue(10)
    qtbot.mouseClick(admin.save_button, Qt.MouseButton.LeftButton)
    stored = json.loads(kiosk_config.read_text(encoding="utf-8"))
    assert stored["idle_seconds"] == 300 and stored["print_limit"] == 10
    assert verify_pin(staff_pin, stored["pin"])  # the PIN is kept
    assert KioskMode.of(kiosk_window).idle_watch.timer.interval() == 300_000
    assert KioskMode.of(kiosk_window).printing.page_limit == 10
    assert admin.message.text() == "Saved."


def test_without_a_pin_the_exit_gesture_says_so_calmly(qtbot, kiosk_window: AppWindow, kiosk_config: Path) -> None:
    assert not kiosk_config.exists()
    qtbot.keyClick(kiosk_window, Key.Key_A, CHORD)
    assert shown(PinDialog) == []
    assert "No staff PIN is set" in KioskMode.of(kiosk_window).last_message
    assert any("No staff PIN is set" in box.text() for box in shown(QMessageBox))
    assert kiosk_window.isVisible()


def test_a_pin_set_while_the_kiosk_runs_works_at_once(qtbot, kiosk_window: AppWindow, kiosk_config: Path) -> None:
    import io
    import sys

    from desktopguide.cli.main import main

    stdin, sys.stdin = sys.stdin, io.StringIO("246810\n")
    try:
        assert main(["kiosk", "set-pin", "--pin-stdin"]) == 0
    finally:
        sys.stdin = stdin
    KioskMode.of(kiosk_window).request_admin()
    enter_pin(qtbot, shown(PinDialog)[0], "246810")
    assert len(shown(AdminDialog)) == 1


def test_present_fills_the_screen_without_a_frame(qtbot, kiosk_window: AppWindow) -> None:
    KioskMode.of(kiosk_window).present()
    flags = kiosk_window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint and flags & Qt.WindowType.WindowStaysOnTopHint
    assert kiosk_window.isFullScreen()
    qtbot.waitUntil(lambda: kiosk_window.geometry() == kiosk_window.screen().geometry())


def test_a_kiosk_starts_from_the_staff_choices_and_never_writes_a_visitors(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "staff.ini"), QSettings.Format.IniFormat)
    staff = PreferenceStore(settings)
    saved = staff.load()
    saved.paper, saved.language = "a4", "es"
    staff.save(saved)
    kiosk_store = PreferenceStore(settings, persistent=False, read_saved=True)
    visitor = kiosk_store.load()
    assert (visitor.paper, visitor.language) == ("a4", "es")
    visitor.language = "ar"
    kiosk_store.save(visitor)
    assert PreferenceStore(settings).load().language == "es"


# -- languages: the visitor's for visitors, the staff's for staff -------------------------------
def saved_caseworker_language(tmp_path: Path, code: str) -> PreferenceStore:
    """A kiosk's preferences read from an account whose Settings were saved in `code`."""
    settings = QSettings(str(tmp_path / "account.ini"), QSettings.Format.IniFormat)
    saved = PreferenceStore(settings).load()
    saved.language = code
    PreferenceStore(settings).save(saved)
    return PreferenceStore(settings, persistent=False, read_saved=True)


@pytest.fixture
def arabic_account_kiosk(qtbot, content: Path, kiosk_config: Path, tmp_path: Path):
    from desktopguide.core.content.loader import load_languages, load_library
    from desktopguide.core.kiosk.settings import KioskSettings
    from desktopguide.i18n import set_language

    window = AppWindow(load_languages(content), saved_caseworker_language(tmp_path, "ar"), load_library(content))
    qtbot.addWidget(window)
    kiosk = KioskMode.install(
        window,
        KioskSettings(),
        staff_store=PreferenceStore(QSettings(str(tmp_path / "staff.ini"), QSettings.Format.IniFormat)),
    )
    window.show()
    yield window
    kiosk.may_close = True
    kiosk.release()
    for dialog in [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]:
        dialog.close()
    set_language("en")
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_kiosk_starts_on_the_language_screen_in_its_own_language_not_the_accounts(
    arabic_account_kiosk: AppWindow,
) -> None:
    window = arabic_account_kiosk
    assert window.stack.currentWidget() is window.language_page
    assert window.lang == "en" and window.default_language == "en"
    assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.LeftToRight
    window.choose_language("es")
    window.reset_session()
    assert window.lang == "en" and window.stack.currentWidget() is window.language_page


def test_a_kiosk_started_with_a_language_shows_the_language_screen_in_it(
    qtbot, content: Path, kiosk_config: Path, tmp_path: Path
) -> None:
    from desktopguide.core.content.loader import load_languages, load_library
    from desktopguide.core.kiosk.settings import KioskSettings
    from desktopguide.i18n import set_language

    window = AppWindow(load_languages(content), saved_caseworker_language(tmp_path, "ar"), load_library(content))
    qtbot.addWidget(window)
    kiosk = KioskMode.install(window, KioskSettings(), visitor_language="es")
    try:
        assert window.lang == "es" and window.stack.currentWidget() is window.language_page
        window.choose_language("ar")
        window.reset_session()
        assert window.lang == "es" and window.stack.currentWidget() is window.language_page
    finally:
        kiosk.may_close = True
        kiosk.release()
        set_language("en")
        QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_staff_screens_speak_the_staffs_language_not_the_visitors(
    qtbot, arabic_account_kiosk: AppWindow, staff_pin: str
) -> None:
    """The account's Settings say Arabic: staff read Arabic, whatever the visitor chose; a visitor
    in Spanish leaves the PIN pad in Arabic, not Spanish."""
    from desktopguide.i18n import translations_for

    window = arabic_account_kiosk
    arabic = translations_for("ar")
    window.choose_language("es")
    KioskMode.of(window).request_admin()
    [pin] = shown(PinDialog)
    assert pin.windowTitle() == arabic.gettext("Staff only") != "Staff only"
    assert pin.unlock_button.text() == arabic.gettext("Unlock")
    assert pin.layoutDirection() == Qt.LayoutDirection.RightToLeft
    enter_pin(qtbot, pin, "000000")
    assert pin.message.text() == arabic.gettext("That PIN is not right. Please try again.")
    enter_pin(qtbot, pin, staff_pin)
    [admin] = shown(AdminDialog)
    assert admin.back_button.text() == arabic.gettext("Back to the kiosk") != "Back to the kiosk"
    qtbot.mouseClick(admin.save_button, Qt.MouseButton.LeftButton)
    assert admin.message.text() == arabic.gettext("Saved.")
    assert window.lang == "es"  # the visitor's screen behind is left as it was


def test_staff_screens_are_in_english_when_the_account_saved_no_language(
    qtbot, kiosk_window: AppWindow, staff_pin: str
) -> None:
    kiosk_window.choose_language("ar")
    KioskMode.of(kiosk_window).request_admin()
    [pin] = shown(PinDialog)
    assert pin.windowTitle() == "Staff only" and pin.layoutDirection() == Qt.LayoutDirection.LeftToRight
    enter_pin(qtbot, pin, staff_pin)
    [admin] = shown(AdminDialog)
    assert admin.quit_button.text() == "Leave kiosk mode and close the app"


def test_staff_settings_open_in_the_staffs_language_and_the_visitors_comes_back(
    qtbot, kiosk_window: AppWindow, staff_pin: str
) -> None:
    kiosk_window.choose_language("ar")
    KioskMode.of(kiosk_window).request_admin()
    enter_pin(qtbot, shown(PinDialog)[0], staff_pin)
    qtbot.mouseClick(shown(AdminDialog)[0].app_settings_button, Qt.MouseButton.LeftButton)
    [settings] = [w for w in QApplication.topLevelWidgets() if w.objectName() == "settings_dialog" and w.isVisible()]
    assert kiosk_window.lang == "en" and settings.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert settings.language_box.currentData() == "en"
    settings.reject()
    assert kiosk_window.lang == "ar"
