"""Where a "Print" tap goes: the window asks its print route, and a feature may install its own.

The default route opens the print preview, with the paper and second language from the
settings; a locked kiosk installs one that prints at once (gui/kiosk/kiosk_mode.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from desktopguide.gui.app_window import AppWindow
    from desktopguide.gui.dialogs.print_dialog import CardPrintDialog, HelpListPrintDialog


class PrintRoute(Protocol):
    def print_card(self, guide_id: str, lang: str) -> object:
        """A guide's card in `lang`; the answer is what the route opened or did, for tests."""

    def print_help_list(self, record_ids: list[str]) -> object:
        """A one-page list of these legal-help records."""


class PreviewPrintRoute:
    """The print preview dialogs, opened without waiting on them."""

    def __init__(self, window: AppWindow) -> None:
        self.window = window

    def print_card(self, guide_id: str, lang: str) -> CardPrintDialog:
        from desktopguide.gui.dialogs.print_dialog import CardPrintDialog

        window = self.window
        dialog = CardPrintDialog(window.library, guide_id, lang, window)
        # An empty second language in the settings is "None".
        for box, value in (
            (dialog.paper_choice, window.prefs.paper),
            (dialog.pair_choice, window.prefs.pair_language or None),
        ):
            index = box.findData(value)
            if index >= 0 and value != lang:
                box.setCurrentIndex(index)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # closed is gone: nothing piles up
        dialog.open()
        return dialog

    def print_help_list(self, record_ids: list[str]) -> HelpListPrintDialog:
        from desktopguide.core.directory.legal_help import records_by_ids
        from desktopguide.gui.dialogs.print_dialog import HelpListPrintDialog

        window = self.window
        records = records_by_ids(window.library, record_ids)  # the official lists' records too
        dialog = HelpListPrintDialog(window.library, records, window.lang, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # closed is gone: nothing piles up
        dialog.open()
        return dialog
