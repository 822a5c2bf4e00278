"""A command link (a guide's title and summary) whose title wraps as its summary does.

QCommandLinkButton wraps the summary but keeps the title on one line, so a long title in a
long language or at 200% text needs a horizontal scrollbar. This one shows the title broken
into lines for its width; `full_title()` (and the accessible name) keep it whole.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QCommandLinkButton, QWidget

from desktopguide.gui.widgets.rewrap import RewrapsToWidth, wrap_lines

# The arrow icon, its margins and the right margin, beside the title.
TITLE_INDENT = 64


class WrappingCommandLinkButton(RewrapsToWidth, QCommandLinkButton):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(title, description, parent)
        self._full_title = title

    def full_title(self) -> str:
        return self._full_title

    def _rewrap(self) -> None:
        font = self.font()
        font.setBold(True)  # the title is drawn bold
        wrapped = "\n".join(wrap_lines(self._full_title, font, self.width() - TITLE_INDENT))
        if wrapped != self.text():
            self.setText(wrapped)

    def minimumSizeHint(self) -> QSize:
        # Any width will do: the title wraps; the height follows the wrapped text.
        return QSize(TITLE_INDENT * 2, super().minimumSizeHint().height())
