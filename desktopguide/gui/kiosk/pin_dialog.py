"""The staff PIN prompt, with an on-screen keypad for kiosks that have no keyboard."""

from __future__ import annotations

import math

from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktopguide.core.kiosk.pin import MAX_PIN_DIGITS, PinGuard
from desktopguide.gui.kiosk.staff_language import StaffDialog, StaffLanguage

KEY_SIZE = 64


class PinDialog(StaffDialog):
    """Accepts when the PIN matches `record`; wrong PINs are answered calmly, and after a few the
    guard makes the next try wait. Every text is in the staff's language (`staff`), not the visitor's."""

    def __init__(
        self,
        guard: PinGuard,
        record: dict[str, object],
        parent: QWidget | None = None,
        staff: StaffLanguage | None = None,
    ) -> None:
        super().__init__(parent, staff)
        _ = self.staff.gettext
        self.setObjectName("pin_dialog")
        self.setWindowTitle(_("Staff only"))
        self.setModal(True)
        self.guard = guard
        self.record = record
        self._wait_timer = QTimer(self)
        self._wait_timer.setSingleShot(True)
        self._wait_timer.timeout.connect(self._end_wait)

        self.prompt = QLabel(_("Enter the staff PIN to change settings or leave kiosk mode."))
        self.prompt.setWordWrap(True)
        self.pin_field = QLineEdit()
        self.pin_field.setObjectName("pin_field")
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setMaxLength(MAX_PIN_DIGITS)
        self.pin_field.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]*"), self.pin_field))
        self.pin_field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
        self.pin_field.setAccessibleName(_("Staff PIN"))
        self.pin_field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.pin_field.returnPressed.connect(self.try_pin)
        self.message = QLabel()
        self.message.setObjectName("pin_message")
        self.message.setWordWrap(True)

        keypad = QGridLayout()
        self.keys: list[QPushButton] = []
        for number in range(10):
            key = QPushButton(str(number))
            key.setObjectName(f"pin_key_{number}")
            key.clicked.connect(lambda _checked=False, digit=str(number): self.pin_field.insert(digit))
            row, column = (3, 1) if number == 0 else ((number - 1) // 3, (number - 1) % 3)
            keypad.addWidget(key, row, column)
            self.keys.append(key)
        self.erase_key = QPushButton("⌫")
        self.erase_key.setAccessibleName(_("Erase a digit"))
        self.erase_key.clicked.connect(self.pin_field.backspace)
        keypad.addWidget(self.erase_key, 3, 0)
        self.unlock_button = QPushButton(_("Unlock"))
        self.unlock_button.setObjectName("pin_unlock_button")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_pin)
        keypad.addWidget(self.unlock_button, 3, 2)
        for key in (*self.keys, self.erase_key, self.unlock_button):
            key.setMinimumSize(KEY_SIZE, KEY_SIZE)
            key.setAutoDefault(False)
        keypad_box = QWidget()
        keypad_box.setLayout(keypad)
        keypad_box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a keypad reads the same everywhere

        self.cancel_button = QPushButton(_("Cancel"))
        self.cancel_button.setMinimumHeight(KEY_SIZE)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.pin_field)
        layout.addWidget(self.message)
        layout.addWidget(keypad_box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(buttons)
        self.pin_field.setFocus()
        wait = guard.seconds_to_wait()
        if wait > 0:
            self._start_wait(wait)

    def try_pin(self) -> None:
        pin = self.pin_field.text()
        self.pin_field.clear()
        if not pin or self._wait_timer.isActive():
            return
        _ = self.staff.gettext
        answer = self.guard.attempt(pin, self.record)
        if answer.unlocked:
            self.accept()
        elif answer.wait_seconds > 0:
            self._start_wait(answer.wait_seconds)
        else:
            self.message.setText(_("That PIN is not right. Please try again."))

    def _start_wait(self, seconds: float) -> None:
        whole = math.ceil(seconds)
        ngettext = self.staff.ngettext
        self.message.setText(
            ngettext(
                "That PIN is not right. Too many tries: please wait {seconds} second and try again.",
                "That PIN is not right. Too many tries: please wait {seconds} seconds and try again.",
                whole,
            ).format(seconds=whole)
        )
        self._set_keys_enabled(False)
        self._wait_timer.start(int(seconds * 1000))

    def _end_wait(self) -> None:
        self._set_keys_enabled(True)
        _ = self.staff.gettext
        self.message.setText(_("You can try again now."))
        self.pin_field.setFocus()

    def _set_keys_enabled(self, enabled: bool) -> None:
        for widget in (*self.keys, self.erase_key, self.unlock_button, self.pin_field):
            widget.setEnabled(enabled)
