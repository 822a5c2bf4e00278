"""Keep every toolbar button on screen, whatever the language, text size or window width.

A toolbar that is too narrow hides its last buttons behind an overflow arrow, where a
visitor will not look. `ToolbarFit(toolbar)` instead shows text beside the icons when there
is room, text under the icons when there is less, and icons alone (the text becomes the
tooltip and stays the accessible name) when there is even less.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QToolBar

STYLES = (
    Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
    Qt.ToolButtonStyle.ToolButtonTextUnderIcon,
    Qt.ToolButtonStyle.ToolButtonIconOnly,
)
# Events after which the buttons may need a different amount of room.
REFIT_EVENTS = (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.FontChange, QEvent.Type.LanguageChange)


class ToolbarFit(QObject):
    def __init__(self, toolbar: QToolBar) -> None:
        super().__init__(toolbar)
        self.toolbar = toolbar
        self._fitting = False
        toolbar.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.toolbar and event.type() in REFIT_EVENTS:
            self.fit()
        return False

    def fit(self) -> None:
        """The roomiest style whose buttons all fit the toolbar's width."""
        if self._fitting or self.toolbar.width() <= 0:
            return
        self._fitting = True
        try:
            available = self.toolbar.width()
            for style in STYLES:
                if self.toolbar.toolButtonStyle() != style:
                    self.toolbar.setToolButtonStyle(style)
                if self.toolbar.sizeHint().width() <= available:
                    break
        finally:
            self._fitting = False
