"""Which page answers each kind of Location, how it is made, and the pages made so far.

Each page is made when first asked for, so the first screen waits for no other, and added to
the window's stack then. Several kinds may share a page ("org" opens a record on the directory).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar, cast

from PySide6.QtWidgets import QStackedWidget, QWidget

from desktopguide.gui.pages.page import Page

if TYPE_CHECKING:
    from desktopguide.gui.history import Location

P = TypeVar("P", bound=Page)


class PageMaker(NamedTuple):  # not a dataclass: this module is imported before the first screen
    name: str
    make: Callable[[], Page]  # a QWidget that follows Page
    needs_library: bool = True  # shown only once the library has loaded, and made again with a new one
    answers: tuple[str, ...] = ()  # the Location kinds it answers; its own name if none


class PageRegistry:
    def __init__(self, stack: QStackedWidget, fallback: str) -> None:
        self._stack = stack
        self._fallback = fallback  # the kind an unknown Location goes to
        self._makers: dict[str, PageMaker] = {}  # by Location kind
        self._made: dict[str, Page] = {}  # by page name, in the order made

    def register(self, *makers: PageMaker) -> None:
        for maker in makers:
            for kind in maker.answers or (maker.name,):
                self._makers[kind] = maker

    def maker_for(self, location: Location) -> PageMaker:
        return self._makers.get(location.page) or self._makers[self._fallback]

    def page(self, name: str) -> Page:
        """The page called `name`, made now if it was not yet."""
        page = self._made.get(name)
        if page is None:
            maker = next(m for m in self._makers.values() if m.name == name)
            page = maker.make()
            self._stack.addWidget(_widget(page))
            self._made[name] = page
        return page

    def show(self, location: Location) -> bool:
        """Open the location on the page that answers it and bring that page to the front."""
        page = self.page(self.maker_for(location).name)
        if not page.open(location.key):
            return False
        self._stack.setCurrentWidget(_widget(page))
        return True

    def made_pages(self) -> list[Page]:
        return list(self._made.values())

    def forget_library_pages(self) -> None:
        """Drop the pages made with the library, to be made again with the next one when asked."""
        library_pages = {m.name for m in self._makers.values() if m.needs_library}
        for name in [n for n in self._made if n in library_pages]:
            widget = _widget(self._made.pop(name))
            self._stack.removeWidget(widget)
            widget.deleteLater()


class RegisteredPage(Generic[P]):
    """A typed attribute for a registered page, made when first read:
    `reader = RegisteredPage["GuideReader"]("guide")` on a class whose `pages` is a PageRegistry."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, holder: Any, owner: type | None = None) -> P:
        return cast(P, holder.pages.page(self.name))


def _widget(page: Page) -> QWidget:
    if not isinstance(page, QWidget):
        raise TypeError(f"{type(page).__name__}: a page is a QWidget")
    return page
