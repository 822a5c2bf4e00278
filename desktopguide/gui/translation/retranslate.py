"""The one way a widget follows a language change.

Qt sends LanguageChange to every widget when the app's language changes (AppWindow sends it once
to the application); a `Retranslating` widget answers by calling its own `retranslate()`, which
sets every text it shows. Call `retranslate()` at the end of `__init__` as well.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _WidgetBase = QWidget
else:
    _WidgetBase = object  # a plain mixin at run time: put it before the Qt class


class Retranslating(_WidgetBase):
    """Mixin for a widget with translated texts: `class HomePage(Retranslating, QWidget)`.

    A widget that handles other changes too overrides `changeEvent` and calls `super()`."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} sets its texts in retranslate()")
