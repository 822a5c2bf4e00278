"""Home: big topic tiles with icons for the situations people come with."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from desktopguide.gui.icons import icon
from desktopguide.gui.pages.page_parts import heading_label, scroll_to_top, scrolling
from desktopguide.gui.pages.topics import TILES
from desktopguide.gui.translation.retranslate import Retranslating
from desktopguide.gui.widgets.wrapping_tool_button import WrappingToolButton
from desktopguide.i18n import _


class HomePage(Retranslating, QWidget):
    tile_chosen = Signal(str)
    search_started = Signal(str)  # the first words typed into the home search field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home_page")
        self.heading = heading_label()
        # Typing here moves to the search page, which takes the words and searches as they come.
        self.search_field = QLineEdit()
        self.search_field.setObjectName("home_search_field")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textEdited.connect(self._on_search_typed)
        self.search_field.returnPressed.connect(lambda: self._on_search_typed(self.search_field.text()))

        grid_host = QWidget()
        self.grid = QGridLayout(grid_host)
        self.grid.setSpacing(12)
        self.tiles: dict[str, WrappingToolButton] = {}
        for tile in TILES:
            button = WrappingToolButton()  # a long label wraps: the tile grows taller, never cuts it
            button.setObjectName(f"tile_{tile.key}")
            button.setIcon(icon(tile.icon))
            button.setIconSize(QSize(56, 56))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setMinimumWidth(160)  # the height follows the wrapped label
            button.setAutoRaise(False)
            button.clicked.connect(lambda _checked=False, key=tile.key: self.tile_chosen.emit(key))
            self.tiles[tile.key] = button
        self._columns = 0
        self._place_tiles(3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.search_field)
        layout.addWidget(scrolling(grid_host), 1)
        self.retranslate()

    def _on_search_typed(self, text: str) -> None:
        if text.strip():
            self.search_started.emit(text)

    def _place_tiles(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for index, tile in enumerate(TILES):
            self.grid.addWidget(self.tiles[tile.key], index // columns, index % columns)

    # -- the page protocol (pages/page.py) --------------------------------------------------
    def open(self, key: str) -> bool:
        return True

    def set_language(self, code: str) -> None:
        pass  # no content, only interface texts: retranslate() sets them

    def reset(self) -> None:
        self.search_field.setText("")  # not clear(), which Ctrl+Z undoes
        scroll_to_top(self)

    def resizeEvent(self, event) -> None:
        # Fewer, wider tiles on a narrow screen so long labels still fit.
        self._place_tiles(max(2, min(4, self.width() // 260)))
        super().resizeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(_("What is happening? Choose what fits best."))
        self.search_field.setPlaceholderText(_("Search guides, organizations and places"))
        self.search_field.setAccessibleName(_("Search"))
        self.search_field.setAccessibleDescription(_("Search guides, organizations and places"))
        for tile in TILES:
            button = self.tiles[tile.key]
            label = _(tile.label)
            button.set_label(label)
            button.setAccessibleName(label)
            button.setToolTip(label)
