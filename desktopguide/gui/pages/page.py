"""What every full-screen page offers the window: the one seam pages plug into.

The window knows pages only through this protocol and the registry (`pages/registry.py`):
it opens a Location's key on the page that answers it, passes language changes on to every
page made so far, and asks each to forget a visitor. A page is also a QWidget, shown in the
window's stack.
"""

from __future__ import annotations

from typing import Protocol


class Page(Protocol):
    def open(self, key: str) -> bool:
        """Show what a Location's key names ("" for the page itself); False if it cannot."""
        ...

    def set_language(self, code: str) -> None:
        """Show content in `code` from now on (interface texts follow LanguageChange)."""
        ...

    def retranslate(self) -> None:
        """Set every interface text again in the current language (see gui/retranslate.py)."""
        ...

    def reset(self) -> None:
        """Forget everything a visitor did here: typed words, choices, what is open, scroll positions."""
        ...
