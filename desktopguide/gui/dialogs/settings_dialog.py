"""Settings: language, text size, high contrast, default paper and card pair language."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktopguide.core.content.model import Library
from desktopguide.core.papers import PAPER_IDS, paper_name
from desktopguide.gui.dialogs.dialog_fit import fit_to_screen
from desktopguide.gui.kiosk.start_choice import read_start_choice, save_start_choice
from desktopguide.gui.pages.place_html import locale_for
from desktopguide.gui.preferences import TEXT_SCALES, Preferences
from desktopguide.gui.translation.language_names import picker_label
from desktopguide.gui.widgets.choice_combo import ChoiceSizedComboBox
from desktopguide.gui.widgets.flow_layout import FlowLayout
from desktopguide.gui.widgets.wrapping_check_box import with_wrapping_text
from desktopguide.i18n import _, current_language

NO_PAIR = ""  # the saved second language when cards have none


class SettingsDialog(QDialog):
    def __init__(
        self,
        library: Library,
        prefs: Preferences,
        parent: QWidget | None = None,
        offer_start_mode: bool = False,  # how the app starts (kept for the whole machine): a locked kiosk or not
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(_("Settings"))
        self.language_box = QComboBox()
        self.pair_box = QComboBox()
        # Both names: a caseworker who reads neither script can still tell Tigrinya from Amharic.
        shown_in = locale_for(library, current_language())
        # TRANSLATORS: no second language on printed cards
        self.pair_box.addItem(_("None"), NO_PAIR)
        for language in library.languages.values():
            self.language_box.addItem(picker_label(language, shown_in), language.code)
            self.pair_box.addItem(picker_label(language, shown_in), language.code)
        self.text_size_box = QComboBox()
        for scale in TEXT_SCALES:
            self.text_size_box.addItem(f"{scale}%", scale)
        self.contrast_box = QCheckBox(_("High contrast"))
        # As wide as the chosen paper: the longest name ("Wallet cards (A4 sheet)") at 200% text in
        # Russian would push the dialog past a 1024-pixel screen.
        self.paper_box = ChoiceSizedComboBox()
        for paper in PAPER_IDS:
            self.paper_box.addItem(paper_name(paper), paper)

        self._select(self.language_box, prefs.language or "en")
        self._select(self.pair_box, prefs.pair_language)
        self._select(self.text_size_box, prefs.text_scale)
        self._select(self.paper_box, prefs.paper)
        self.contrast_box.setChecked(prefs.high_contrast)

        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label goes above its field
        form.addRow(_("Language"), self.language_box)
        # Contrast beside the text size, not a row of its own: at 200% text on a 1024x600 screen the
        # dialog has no row to spare.
        form.addRow(_("Text size"), side_by_side(self.text_size_box, self.contrast_box))
        # Cards printed without a ZIP code list legal help near this one (kept in the kiosk settings file).
        # Beside the paper, not a row of its own: the dialog still fits a small screen at 200% text.
        self.home_zip_field = QLineEdit(read_home_zip())
        self.home_zip_field.setObjectName("home_zip_field")
        self.home_zip_field.setMaxLength(5)
        self.home_zip_field.setPlaceholderText("60601")
        self.home_zip_field.setMaximumWidth(self.home_zip_field.fontMetrics().horizontalAdvance("0") * 9)
        home_zip_label = QLabel(_("Help near ZIP code:"))
        home_zip_label.setBuddy(self.home_zip_field)
        zip_part = QWidget()
        zip_layout = QHBoxLayout(zip_part)
        zip_layout.setContentsMargins(0, 0, 0, 0)
        zip_layout.addWidget(home_zip_label)
        zip_layout.addWidget(self.home_zip_field)
        paper_row = side_by_side(self.paper_box, zip_part)
        form.addRow(_("Paper for cards"), paper_row)
        form.addRow(_("Second language on cards"), self.pair_box)
        self.kiosk_box: QCheckBox | None = None
        if offer_start_mode:
            self.kiosk_box = QCheckBox()
            self.kiosk_box.setObjectName("kiosk_at_start_box")
            self.kiosk_box.setChecked(read_start_choice())
            # Said on the parent: this dialog may be gone once closed.
            self.accepted.connect(lambda: save_start_choice(parent or self, self.kiosk_at_start()))
            # A long sentence: it wraps beside the box rather than widening the dialog past the screen.
            form.addRow(
                "",
                with_wrapping_text(
                    self.kiosk_box, _("Start as a locked kiosk for a public lobby (from the next start)")
                ),
            )
        for label, box in (
            (_("Language"), self.language_box),
            (_("Text size"), self.text_size_box),
            (_("Paper for cards"), self.paper_box),
            (_("Second language on cards"), self.pair_box),
            (_("Home ZIP code: cards without a ZIP code list legal help near it"), self.home_zip_field),
        ):
            box.setAccessibleName(label)
        # For staff: a signed content pack (a kiosk reaches these settings only after the PIN).
        self.update_content_button = QPushButton(_("Update content…"))
        self.update_content_button.setObjectName("update_content_button")
        self.update_content_button.clicked.connect(self.open_update_content)
        form.addRow(_("Content"), self.update_content_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._base = prefs
        fit_to_screen(self)  # room for wrapped text at any text size, never past the screen

    def open_update_content(self) -> QDialog:
        from desktopguide.gui.dialogs.update_content_dialog import open_update_content

        return open_update_content(self)

    @staticmethod
    def _select(box: QComboBox, value: object) -> None:
        index = box.findData(value)
        if index >= 0:
            box.setCurrentIndex(index)

    def home_zip(self) -> str:
        return self.home_zip_field.text().strip()

    def kiosk_at_start(self) -> bool | None:
        return None if self.kiosk_box is None else self.kiosk_box.isChecked()

    def preferences(self) -> Preferences:
        return dataclasses.replace(
            self._base,
            language=self.language_box.currentData(),
            text_scale=int(self.text_size_box.currentData()),
            high_contrast=self.contrast_box.isChecked(),
            paper=self.paper_box.currentData(),
            pair_language=self.pair_box.currentData(),
        )


def read_home_zip() -> str:
    from desktopguide.core.kiosk.settings import home_zip

    return home_zip()


def save_home_zip(parent: QWidget, text: str) -> bool:
    """Keep the home ZIP code for cards; a bad one or an unwritable file is said calmly, nothing else changes."""
    from desktopguide.core.kiosk.settings import KioskSettingsError, check_home_zip, load_settings, save_settings

    try:
        settings = load_settings()
        value = check_home_zip(text)
        if value == settings.home_zip:
            return True
        settings.home_zip = value
        save_settings(settings)
    except KioskSettingsError:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            _("Settings"),
            _("The home ZIP code was not kept: type five digits of a U.S. ZIP code, such as 60601, or leave it empty.")
            if text.strip()
            else _("The home ZIP code could not be saved: the kiosk settings file cannot be read or written."),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("home_zip_problem_box")
        box.open()
        return False
    return True


def side_by_side(*widgets: QWidget) -> QWidget:
    """Widgets in one row of the form, the later ones going below when they do not fit beside
    (a long paper name, a long language, large text)."""
    row = QWidget()
    layout = FlowLayout(row, spacing=12)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return row
