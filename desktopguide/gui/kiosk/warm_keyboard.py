"""Build the on-screen keyboard while the kiosk waits for its first visitor.

Qt's virtual keyboard builds its panel (a Qt Quick scene, about a second) the first time a text
field takes the focus, and the main thread waits for it: the first visitor's tap on a language
would hang that long. Giving the focus to a throwaway field once the first screen is up moves
the wait to a moment when nobody is waiting.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from desktopguide.gui.touch import VIRTUAL_KEYBOARD


def warm_up_keyboard(window: QWidget) -> bool:
    """Have the on-screen keyboard build its panel now, without showing it; False when the
    keyboard is not in use or the window cannot take the focus yet."""
    if os.environ.get("QT_IM_MODULE") != VIRTUAL_KEYBOARD or not window.isActiveWindow():
        return False
    previous = QApplication.focusWidget()
    probe = QLineEdit(window)
    probe.setGeometry(0, 0, 1, 1)  # never painted: it goes before the event loop runs again
    probe.show()
    probe.setFocus()  # the input method builds its panel for a field that takes text
    if previous is not None:
        previous.setFocus()
    probe.hide()
    probe.deleteLater()
    return True
