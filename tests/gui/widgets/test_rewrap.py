"""The wrapping buttons wrap their text again when their width or their font changes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton

from desktopguide.gui.widgets.wrapping_command_link import WrappingCommandLinkButton
from desktopguide.gui.widgets.wrapping_tool_button import WrappingToolButton

LABEL = "Immigration agents at my door and on the street"


def tool_button() -> WrappingToolButton:
    button = WrappingToolButton()
    button.set_label(LABEL)
    return button


def lines(button: QAbstractButton) -> int:
    return button.text().count("\n") + 1


@pytest.mark.parametrize(
    ("make", "narrow_width"),
    [(tool_button, 160), (lambda: WrappingCommandLinkButton(LABEL, "A summary"), 300)],
    ids=["tool button", "command link"],
)
def test_a_button_wraps_again_when_narrower_and_when_its_text_is_larger(qtbot, make, narrow_width: int) -> None:
    button = make()
    qtbot.addWidget(button)
    button.show()  # a hidden widget gets its resize events when shown
    qtbot.waitExposed(button)
    button.resize(2000, 100)
    assert lines(button) == 1
    button.resize(narrow_width, 100)
    narrow = lines(button)
    assert narrow > 1
    font = QFont(button.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    button.setFont(font)  # a FontChange, no resize
    assert lines(button) > narrow
