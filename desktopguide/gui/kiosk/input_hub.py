"""One application event filter for the whole kiosk.

Every event of the app passes an application filter, so the parts that watch input (the idle
watch, the corner taps, the key guard) share one: a Python call per event instead of one per part.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


class InputPart(Protocol):
    KINDS: frozenset[QEvent.Type]

    def handle(self, watched: QObject, event: QEvent, kind: QEvent.Type) -> bool:
        """True: the event is used up and goes no further."""


class InputHub(QObject):
    """Shows each event to the parts that want its kind, in order, until one uses it up."""

    def __init__(self, parts: Sequence[InputPart], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._parts: list[tuple[frozenset[QEvent.Type], Callable[[QObject, QEvent, QEvent.Type], bool]]] = [
            (part.KINDS, part.handle) for part in parts
        ]
        self._kinds = frozenset().union(*(part.KINDS for part in parts))
        QApplication.instance().installEventFilter(self)

    def release(self) -> None:
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in self._kinds:
            return False
        for kinds, handle in self._parts:
            if kind in kinds and handle(watched, event, kind):
                return True
        return False
