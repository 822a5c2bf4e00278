"""The staff's language for a kiosk's staff screens (the PIN pad, the staff options), whatever
language the last visitor left the kiosk in: the language saved in the account's Settings, else
English. Staff must never have to find their way out through a language they do not read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from desktopguide.core.content.model import SOURCE_LANGUAGE
from desktopguide.core.language.language import Language
from desktopguide.i18n import translations_for


class StaffLanguage:
    def __init__(self, code: str, languages: dict[str, Language]) -> None:
        self.code = code if code in languages else SOURCE_LANGUAGE
        language = languages.get(self.code)
        self.right_to_left = bool(language is not None and language.is_rtl)
        self._catalog = translations_for(self.code)

    def gettext(self, message: str) -> str:
        return self._catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._catalog.ngettext(singular, plural, n)

    def lay_out(self, widget: QWidget) -> None:
        """The staff language's direction for `widget`, not the visitor's."""
        direction = Qt.LayoutDirection.RightToLeft if self.right_to_left else Qt.LayoutDirection.LeftToRight
        widget.setLayoutDirection(direction)


class StaffDialog(QDialog):
    """A staff screen: laid out in the staff's language (`staff`, else English), not the visitor's;
    its texts come from `self.staff.gettext`."""

    def __init__(self, parent: QWidget | None = None, staff: StaffLanguage | None = None) -> None:
        super().__init__(parent)
        self.staff = staff or StaffLanguage(SOURCE_LANGUAGE, {})
        self.staff.lay_out(self)
