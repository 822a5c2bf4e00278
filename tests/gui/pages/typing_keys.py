"""Typing as a person does, for the page tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit


def type_and_enter(qtbot, field: QLineEdit, text: str) -> None:
    """Replace what `field` holds with `text`, typed key by key, then press Enter."""
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
