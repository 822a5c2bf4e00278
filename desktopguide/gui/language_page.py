"""The first screen: every language by its own name in its own script, in big buttons."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktopguide.core.model import Language
from desktopguide.i18n import _

COLUMNS = 3


class LanguagePage(QWidget):
    language_chosen = Signal(str)

    def __init__(self, languages: Iterable[Language], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_page")
        self.heading = QLabel()
        self.heading.setObjectName("language_heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setSpacing(12)
        self.buttons: dict[str, QPushButton] = {}
        for index, language in enumerate(languages):
            button = QPushButton(language.native_name)
            button.setObjectName(f"language_{language.code}")
            button.setMinimumHeight(64)
            button_font = button.font()
            button_font.setPointSizeF(button_font.pointSizeF() * 1.5)
            button.setFont(button_font)
            # Each name is drawn in its own direction, whatever the current layout.
            button.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language.is_rtl else Qt.LayoutDirection.LeftToRight)
            button.setAccessibleName(language.native_name)
            button.setAccessibleDescription(language.english_name)
            button.setToolTip(language.english_name)
            button.clicked.connect(lambda _checked=False, code=language.code: self.language_chosen.emit(code))
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.buttons[language.code] = button
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        # Shown before anyone has chosen: always in English as well as the current language.
        chosen = _("Choose your language")
        self.heading.setText(chosen if chosen == "Choose your language" else f"{chosen} / Choose your language")
