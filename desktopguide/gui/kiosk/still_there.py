"""The full-screen "Are you still there?" countdown before a kiosk starts over."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktopguide.gui.pages.page_parts import heading_label
from desktopguide.i18n import _, ngettext

COUNTDOWN_SECONDS = 20
BUTTON_HEIGHT = 96


class StillThereScreen(QWidget):
    """Covers the whole screen, above any dialog. A tap anywhere, a key or the big button emits
    `stayed`; when the countdown ends it emits `timed_out`."""

    stayed = Signal()
    timed_out = Signal()

    def __init__(self, window: QWidget, tick_ms: int = 1000) -> None:
        flags = Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        super().__init__(window, flags)
        self.setObjectName("still_there_screen")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAutoFillBackground(True)
        self.window_below = window
        self.remaining = 0
        self._ticks = QTimer(self)
        self._ticks.setInterval(tick_ms)
        self._ticks.timeout.connect(self._tick)

        self.question = heading_label(2.0, centered=True)
        self.question.setObjectName("still_there_question")
        # The number alone, large: read at a glance, in any language.
        self.seconds_label = heading_label(4.0, centered=True)
        self.seconds_label.setObjectName("still_there_seconds")
        self.countdown = QLabel()
        self.countdown.setObjectName("still_there_countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setWordWrap(True)
        font = self.countdown.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.countdown.setFont(font)
        self.stay_button = QPushButton()
        self.stay_button.setObjectName("still_here_button")
        self.stay_button.setMinimumHeight(BUTTON_HEIGHT)
        self.stay_button.setMinimumWidth(BUTTON_HEIGHT * 4)
        font = self.stay_button.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.stay_button.setFont(font)
        self.stay_button.clicked.connect(self.stay)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.question)
        layout.addSpacing(24)
        layout.addWidget(self.seconds_label)
        layout.addWidget(self.countdown)
        layout.addSpacing(48)
        layout.addWidget(self.stay_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def start(self, seconds: int = COUNTDOWN_SECONDS) -> None:
        """Show over the window, in the visitor's language, and count down from `seconds`."""
        self.remaining = seconds
        self.question.setText(_("Are you still there?"))
        self.stay_button.setText(_("I'm still here"))
        self.stay_button.setAccessibleName(self.stay_button.text())
        self._show_remaining()
        self.setGeometry(self.window_below.geometry())
        self.show()
        self.raise_()
        self.activateWindow()
        self.stay_button.setFocus()
        self._ticks.start()

    def stop(self) -> None:
        self._ticks.stop()
        self.hide()

    def stay(self) -> None:
        if self.isVisible():
            self.stop()
            self.stayed.emit()

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.stop()
            self.timed_out.emit()
        else:
            self._show_remaining()

    def _show_remaining(self) -> None:
        self.seconds_label.setText(str(self.remaining))
        self.countdown.setText(
            ngettext(
                "The screen starts over in {seconds} second, and what you looked at is forgotten.",
                "The screen starts over in {seconds} seconds, and what you looked at is forgotten.",
                self.remaining,
            ).format(seconds=self.remaining)
        )
        self.countdown.setAccessibleName(self.countdown.text())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.stay()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.stay()
