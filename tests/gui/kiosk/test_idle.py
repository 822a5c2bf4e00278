"""The idle watch: after a while with no input, 'Are you still there?', then a reset."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.history import Location
from desktopguide.gui.kiosk.kiosk_mode import KioskMode


def touch(qtbot, window: AppWindow) -> None:
    """A visitor's tap somewhere harmless."""
    qtbot.mouseClick(window.stack, Qt.MouseButton.LeftButton)


def test_countdown_appears_after_the_idle_time(qtbot, kiosk_window: AppWindow) -> None:
    kiosk_window.choose_language("es")
    touch(qtbot, kiosk_window)
    screen = KioskMode.of(kiosk_window).still_there
    qtbot.waitUntil(screen.isVisible, timeout=5000)
    assert screen.question.text()  # in the visitor's language
    assert "3" in screen.countdown.text()
    assert screen.geometry() == kiosk_window.geometry()  # covers the whole screen
    qtbot.waitUntil(lambda: "2" in screen.countdown.text(), timeout=5000)  # it counts down


def test_im_still_here_keeps_the_visit(qtbot, kiosk_window: AppWindow) -> None:
    kiosk_window.choose_language("en")
    kiosk_window.go(Location("guide", "agents-at-door"))
    touch(qtbot, kiosk_window)
    screen = KioskMode.of(kiosk_window).still_there
    qtbot.waitUntil(screen.isVisible, timeout=5000)
    resets: list[bool] = []
    kiosk_window.session_reset.connect(lambda: resets.append(True))
    qtbot.mouseClick(screen.stay_button, Qt.MouseButton.LeftButton)
    assert not screen.isVisible() and resets == []
    assert kiosk_window.stack.currentWidget() is kiosk_window.reader
    assert KioskMode.of(kiosk_window).idle_watch.timer.isActive()  # counting again


def test_when_nobody_answers_the_kiosk_forgets_the_visit(qtbot, kiosk_window: AppWindow) -> None:
    kiosk_window.choose_language("es")
    kiosk_window.go(Location("guide", "agents-at-door"))
    touch(qtbot, kiosk_window)
    with qtbot.waitSignal(kiosk_window.session_reset, timeout=5000):
        pass
    assert not KioskMode.of(kiosk_window).still_there.isVisible()
    assert kiosk_window.stack.currentWidget() is kiosk_window.language_page
    assert kiosk_window.lang == "en" and not kiosk_window.history.can_go_back()
    assert kiosk_window.reader.view.toPlainText() == ""


def test_input_keeps_the_countdown_away(qtbot, kiosk_window: AppWindow) -> None:
    watch = KioskMode.of(kiosk_window).idle_watch
    touch(qtbot, kiosk_window)
    assert watch.timer.isActive()
    watch.timer.stop()
    qtbot.keyClick(kiosk_window, Qt.Key.Key_Tab)
    assert watch.timer.isActive() and watch.timer.remainingTime() > 200


def test_an_untouched_kiosk_shows_no_countdown(qtbot, kiosk_window: AppWindow) -> None:
    kiosk_window.reset_session()
    watch = KioskMode.of(kiosk_window).idle_watch
    assert not watch.visitor_present and not watch.timer.isActive()
    with qtbot.assertNotEmitted(watch.idle):
        watch.timer.timeout.emit()
    assert not KioskMode.of(kiosk_window).still_there.isVisible()
