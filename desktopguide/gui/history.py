"""Back and forward through the pages a person has visited."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    page: str  # "language", "home", "topic", "guide", ...
    key: str = ""  # the topic or record id


class History:
    def __init__(self) -> None:
        self._back: list[Location] = []
        self._forward: list[Location] = []
        self.current: Location | None = None

    def visit(self, location: Location) -> None:
        if location == self.current:
            return
        if self.current is not None:
            self._back.append(self.current)
        self.current = location
        self._forward.clear()

    def back(self) -> Location | None:
        if not self._back or self.current is None:
            return None
        self._forward.append(self.current)
        self.current = self._back.pop()
        return self.current

    def forward(self) -> Location | None:
        if not self._forward or self.current is None:
            return None
        self._back.append(self.current)
        self.current = self._forward.pop()
        return self.current

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def clear(self) -> None:
        self._back.clear()
        self._forward.clear()
        self.current = None
