"""At a kiosk no address opens a browser, mail program or file manager: a QR code is shown instead."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.dialogs.link_dialog import LinkDialog
from desktopguide.gui.history import Location
from desktopguide.gui.kiosk.kiosk_mode import KioskMode


def link_dialogs() -> list[LinkDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, LinkDialog) and w.isVisible()]


def test_any_request_to_open_an_address_shows_it_as_a_qr_code(kiosk_window: AppWindow) -> None:
    for address in ("https://www.example.org/help", "mailto:help@example.org", "file:///etc/passwd"):
        assert QDesktopServices.openUrl(QUrl(address))
    shown = KioskMode.of(kiosk_window).link_guard.shown
    assert shown == ["https://www.example.org/help", "mailto:help@example.org", "file:///etc/passwd"]
    dialogs = link_dialogs()
    assert len(dialogs) == 3
    assert all(not dialog.qr_label.pixmap().isNull() for dialog in dialogs)


def test_a_web_link_in_a_guide_shows_its_address_and_code(kiosk_window: AppWindow, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    kiosk_window.choose_language("en")
    kiosk_window.go(Location("guide", "agents-at-door"))
    kiosk_window.reader.view.anchorClicked.emit(QUrl("https://www.example.org/help"))
    [dialog] = link_dialogs()
    assert dialog.address_label.text() == "https://www.example.org/help"
    assert opened == []
