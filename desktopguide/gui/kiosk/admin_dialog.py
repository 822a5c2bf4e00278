"""What staff may do once the PIN is right: kiosk settings, the app's settings, leaving."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from desktopguide.core.kiosk.settings import IDLE_SECONDS_RANGE, PRINT_LIMIT_RANGE, KioskSettings
from desktopguide.gui.kiosk.staff_language import StaffDialog, StaffLanguage
from desktopguide.gui.pages.page_parts import heading_label

BUTTON_HEIGHT = 56


class AdminDialog(StaffDialog):
    """Emits `kiosk_settings_saved(settings)`, `app_settings_requested` or `quit_requested`. Every
    text is in the staff's language (`staff`), not the visitor's."""

    kiosk_settings_saved = Signal(object)
    app_settings_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        settings: KioskSettings,
        problem: str = "",
        parent: QWidget | None = None,
        staff: StaffLanguage | None = None,
    ) -> None:
        super().__init__(parent, staff)
        _ = self.staff.gettext
        self.setObjectName("kiosk_admin_dialog")
        self.setWindowTitle(_("Kiosk staff options"))
        self.settings = settings
        # With no window manager a dialog has no title bar: the heading says what this is.
        self.heading = heading_label(1.3)
        self.heading.setText(self.windowTitle())
        self.idle_box = QSpinBox()
        self.idle_box.setObjectName("kiosk_idle_box")
        self.idle_box.setRange(*IDLE_SECONDS_RANGE)
        self.idle_box.setValue(settings.idle_seconds)
        # TRANSLATORS: a unit after a number of seconds in a spin box, with its leading space.
        self.idle_box.setSuffix(_(" s"))
        self.print_limit_box = QSpinBox()
        self.print_limit_box.setObjectName("kiosk_print_limit_box")
        self.print_limit_box.setRange(*PRINT_LIMIT_RANGE)
        self.print_limit_box.setValue(settings.print_limit)
        self.print_limit_box.setSpecialValueText(_("No printing"))
        self.message = QLabel(problem)
        self.message.setObjectName("kiosk_admin_message")
        self.message.setWordWrap(True)

        form = QFormLayout()
        idle_label = _("Start over after this long with no touch")
        limit_label = _("Pages each visitor may print")
        form.addRow(idle_label, self.idle_box)
        form.addRow(limit_label, self.print_limit_box)
        self.idle_box.setAccessibleName(idle_label)
        self.print_limit_box.setAccessibleName(limit_label)

        self.save_button = QPushButton(_("Save kiosk settings"))
        self.save_button.setObjectName("kiosk_save_button")
        self.save_button.clicked.connect(self._save)
        self.app_settings_button = QPushButton(_("Settings…"))
        self.app_settings_button.setObjectName("kiosk_app_settings_button")
        self.app_settings_button.clicked.connect(self.app_settings_requested)
        self.update_content_button = QPushButton(_("Update content…"))
        self.update_content_button.setObjectName("kiosk_update_content_button")
        self.update_content_button.clicked.connect(self.open_update_content)
        self.quit_button = QPushButton(_("Leave kiosk mode and close the app"))
        self.quit_button.setObjectName("kiosk_quit_button")
        self.quit_button.clicked.connect(self.quit_requested)
        self.back_button = QPushButton(_("Back to the kiosk"))
        self.back_button.setObjectName("kiosk_back_button")
        self.back_button.setDefault(True)
        self.back_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        for button in (
            self.save_button,
            self.app_settings_button,
            self.update_content_button,
            self.quit_button,
            self.back_button,
        ):
            button.setMinimumHeight(BUTTON_HEIGHT)
            row.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(row)

    def _save(self) -> None:
        self.settings.idle_seconds = self.idle_box.value()
        self.settings.print_limit = self.print_limit_box.value()
        self.kiosk_settings_saved.emit(self.settings)

    def open_update_content(self) -> QDialog:
        """A signed content pack from a USB stick (staff only: this dialog is behind the PIN)."""
        from desktopguide.gui.dialogs.update_content_dialog import open_update_content

        return open_update_content(self)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
