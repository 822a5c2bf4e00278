"""At a kiosk, any web, mail or file address the app is asked to open shows as text and a QR
code instead: no browser, mail program or file manager can start."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from desktopguide.gui.dialogs.link_dialog import LinkDialog

SCHEMES = ("http", "https", "mailto", "tel", "sms", "file", "ftp")


class LinkGuard(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.shown: list[str] = []
        for scheme in SCHEMES:
            QDesktopServices.setUrlHandler(scheme, self, "show_address")

    def release(self) -> None:
        for scheme in SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)

    @Slot(QUrl)
    def show_address(self, url: QUrl) -> None:
        address = url.toString()
        self.shown.append(address)
        dialog = LinkDialog(address, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
