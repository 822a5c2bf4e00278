"""A web address shown as text and a QR code: the app never opens a browser."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktopguide.gui.widgets.qr import qr_pixmap
from desktopguide.i18n import _


class LinkDialog(QDialog):
    def __init__(self, address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Website"))
        self.explanation = QLabel(_("Scan the code with a phone, or write down the address:"))
        self.explanation.setWordWrap(True)
        self.address_label = QLabel(address)
        self.address_label.setObjectName("address_label")
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Addresses read left to right even inside a right-to-left page.
        self.address_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.qr_label = QLabel()
        self.qr_label.setPixmap(qr_pixmap(address))
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setAccessibleName(_("QR code for {address}").format(address=address))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.explanation, self.qr_label, self.address_label, buttons):
            layout.addWidget(widget)
