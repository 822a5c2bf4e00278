"""A tool button whose label breaks into lines to fit its width, instead of being cut off.

QToolButton draws its text on one line; a home tile in Amharic or at 200% text is often
narrower than that. This one keeps the whole label (`full_text()`, also the accessible name
and tooltip) and shows it wrapped at word boundaries, or anywhere in a word longer than the
tile, so its height grows with the text while its width follows the layout.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from desktopguide.gui.widgets.rewrap import RewrapsToWidth, wrap_lines

# Room the style keeps around the text inside the button's frame.
TEXT_PADDING = 16


class WrappingToolButton(RewrapsToWidth, QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def full_text(self) -> str:
        return self._full_text

    def set_label(self, text: str) -> None:
        """Show `text`, wrapped to the button's width."""
        self._full_text = text
        self._rewrap()

    def _rewrap(self) -> None:
        width = max(self.width(), self.minimumWidth()) - TEXT_PADDING
        layout_text = "\n".join(wrap_lines(self._full_text, self.font(), width))
        if layout_text != self.text():
            self.setText(layout_text)  # updates the size hint: the row grows to the new height

    def minimumSizeHint(self) -> QSize:
        # The width is the layout's to give; the height is what the wrapped text needs.
        return QSize(self.minimumWidth(), super().sizeHint().height())
