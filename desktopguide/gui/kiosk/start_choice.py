"""The Settings checkbox "Start as a locked kiosk": kept in the kiosk settings file, used at the next start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktopguide.core.kiosk.settings import KioskSettingsError, load_settings, save_settings
from desktopguide.i18n import _


def read_start_choice() -> bool:
    """Whether the app starts as a kiosk; a damaged settings file counts as no."""
    try:
        return load_settings().start_in_kiosk_mode
    except KioskSettingsError:
        return False


def save_start_choice(parent: QWidget, on: bool | None) -> None:
    """Keep the choice (None: the dialog did not offer it); say so calmly when it cannot be kept,
    and remind staff to set a PIN before a kiosk starts without one."""
    if on is None:
        return
    try:
        settings = load_settings()
        if settings.start_in_kiosk_mode == on:
            return
        settings.start_in_kiosk_mode = on
        save_settings(settings)
    except KioskSettingsError:
        _tell(parent, _("The kiosk choice could not be saved: the kiosk settings file cannot be read or written."))
        return
    if on and not settings.has_pin:
        _tell(
            parent,
            _("The app starts as a locked kiosk from its next start. No staff PIN is set yet: set one with "
              "'desktopguide kiosk set-pin', or the kiosk cannot be unlocked from its screen."),
        )


def _tell(parent: QWidget, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, _("Kiosk mode"), text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
