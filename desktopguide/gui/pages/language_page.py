"""The first screen: every language by its own name in its own script, in big buttons."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktopguide.core.language.language import Language
from desktopguide.gui.pages.page_parts import heading_label, scroll_to_top, scrolling
from desktopguide.gui.theme import scale_font
from desktopguide.gui.translation.retranslate import Retranslating
from desktopguide.i18n import N_, _

COLUMNS = 3
MACHINE_NOTE = N_(
    "The guides in languages other than English are machine translations. "
    "Each guide says so when no person has reviewed it yet."
)


class LanguagePage(Retranslating, QWidget):
    language_chosen = Signal(str)

    def __init__(self, languages: Iterable[Language], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_page")
        self.heading = heading_label(1.6, centered=True)
        self.heading.setObjectName("language_heading")

        self._languages = list(languages)
        self._buttons: dict[str, QPushButton] = {}
        self._grid_host = QWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        self.machine_note = QLabel()
        self.machine_note.setObjectName("machine_translation_note")
        self.machine_note.setWordWrap(True)
        self.machine_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.machine_note)
        layout.addWidget(scrolling(self._grid_host), 1)
        self.retranslate()

    @property
    def buttons(self) -> dict[str, QPushButton]:
        """One button per language, made when first needed: drawing every script's name loads
        many fonts, which a start straight onto the home screen should not wait for."""
        if not self._buttons:
            self._build_buttons()
        return self._buttons

    def _build_buttons(self) -> None:
        grid = QGridLayout(self._grid_host)
        grid.setSpacing(12)
        for index, language in enumerate(self._languages):
            button = QPushButton(language.native_name)
            button.setObjectName(f"language_{language.code}")
            scale_font(button, 1.5)  # follows the text size chosen in Settings
            # Each name is drawn in its own direction, whatever the current layout.
            button.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if language.is_rtl else Qt.LayoutDirection.LeftToRight
            )
            button.setAccessibleName(language.native_name)
            button.setAccessibleDescription(language.english_name)
            button.setToolTip(language.english_name)
            button.clicked.connect(lambda _checked=False, code=language.code: self.language_chosen.emit(code))
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            # A floor for the row, not the button: at a large text size the button grows past it.
            grid.setRowMinimumHeight(index // COLUMNS, 64)
            self._buttons[language.code] = button

    # -- the page protocol (pages/page.py) --------------------------------------------------
    def open(self, key: str) -> bool:
        return True

    def set_language(self, code: str) -> None:
        pass  # each language's name is in its own script; the heading follows retranslate()

    def reset(self) -> None:
        scroll_to_top(self)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._buttons:  # built on first show
            self._build_buttons()
        super().showEvent(event)

    def retranslate(self) -> None:
        # Shown before anyone has chosen: always in English as well as the current language.
        chosen = _("Choose your language")
        self.heading.setText(chosen if chosen == "Choose your language" else f"{chosen} / Choose your language")
        # TRANSLATORS: on the first screen, under "Choose your language"; every guide that no
        # person has reviewed says so at its top.
        note = _(MACHINE_NOTE)
        self.machine_note.setText(note if note == MACHINE_NOTE else f"{note}\n{MACHINE_NOTE}")
