"""What the directory, place and detained pages share: the library, the language its content is
shown in, and (for the first two) the directory index they query."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktopguide.core.content.model import Library
from desktopguide.core.directory.query import DirectoryIndex
from desktopguide.gui.translation.retranslate import Retranslating


class LibraryPage(Retranslating, QWidget):
    def __init__(self, library: Library, lang: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_page")
        self.library = library
        self.lang = lang if lang in library.languages else "en"

    def set_language(self, code: str) -> None:
        """Show content in `code` (the interface language is switched by the app)."""
        if code in self.library.languages:
            self.lang = code
            self.retranslate()


def directory_index(library: Library, index: DirectoryIndex | None) -> tuple[DirectoryIndex, bool]:
    """The index a page queries (`index`, which may serve several pages, or one of the library's
    records), and whether the official lists join it: only for an index of this library's own
    records, not one made for a test or a bench."""
    index = index or DirectoryIndex.build(library.directory.values())
    return index, index.records == list(library.directory.values())
