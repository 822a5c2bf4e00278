"""The pseudo-locales and right-to-left languages on screen: every string through the catalog,
the whole layout mirrored, Back on the right pointing right."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QLabel, QStyle, QStyleOption

from desktopguide.core.content.loader import load_library
from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.history import Location
from desktopguide.i18n.pseudo import LONG, REVERSED
from tests.gui.clipping import shown_widgets
from tests.gui.layout_tour import Tour, make_window, settle


@pytest.fixture(scope="module")
def window(tmp_path_factory):
    win = make_window(load_library(), tmp_path_factory.mktemp("settings"), QSize(1024, 600))
    yield win
    win.close()
    win.deleteLater()


def _interface_texts(window: AppWindow) -> dict[str, str]:
    """Text of the toolbar and the home page: interface strings only, no content."""
    found = {}
    for widget in shown_widgets(window.toolbar) + shown_widgets(window.home_page):
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            found[widget.objectName() or type(widget).__name__] = widget.text()
    return found


@pytest.mark.parametrize("code", [LONG, REVERSED])
def test_switching_to_a_pseudo_locale_retranslates_every_interface_string(window: AppWindow, code: str) -> None:
    window.set_language(code)
    window.go(Location("home"))
    settle()
    texts = _interface_texts(window)
    assert texts, "nothing to check on the home page"
    untranslated = {name: text for name, text in texts.items() if "[" not in text}
    assert not untranslated, f"strings not marked for translation or not retranslated in {code}: {untranslated}"


@pytest.mark.parametrize("code", [LONG, REVERSED])
def test_every_page_in_a_pseudo_locale_fits_at_1024x600(qtbot, window: AppWindow, code: str) -> None:
    window.set_language(code)
    tour = Tour(window, qtbot)
    tour.pages()
    tour.dialogs(QSize(1024, 600))
    assert not tour.problems, tour.report(code)


def _image(icon) -> QImage:
    return icon.pixmap(QSize(32, 32)).toImage()


def _arrows(window: AppWindow) -> tuple[QImage, QImage]:
    """The style's Back and Forward arrows as drawn left to right: (pointing left, pointing right)."""
    option = QStyleOption()
    option.direction = Qt.LayoutDirection.LeftToRight
    style = window.style()
    left = _image(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack, option))
    right = _image(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward, option))
    assert left != right, "the style draws Back and Forward alike"
    return left, right


def _looks_like(icon, this: QImage, not_that: QImage) -> bool:
    """Nearer `this` arrow than its mirror image (pixels may differ a little with scaling)."""
    image = _image(icon)

    def distance(other: QImage) -> int:
        return sum(
            abs(image.pixelColor(x, y).alpha() - other.pixelColor(x, y).alpha())
            for x in range(image.width())
            for y in range(image.height())
        )

    return distance(this) < distance(not_that)


def _x_in_window(window: AppWindow, widget) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()


@pytest.mark.parametrize("code", ["ar", "fa", REVERSED])
def test_right_to_left_mirrors_the_layout_and_the_back_arrow(window: AppWindow, code: str) -> None:
    window.set_language(code)
    window.go(Location("guide", "agents-at-door"))
    settle()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.reader.layoutDirection() == Qt.LayoutDirection.RightToLeft
    back = window.toolbar.widgetForAction(window.back_action)
    forward = window.toolbar.widgetForAction(window.forward_action)
    assert _x_in_window(window, back) > _x_in_window(window, forward), "Back is not to the right of Forward"
    assert _x_in_window(window, back) > window.width() // 2, "Back is not on the right"
    left, right = _arrows(window)
    assert _looks_like(window.back_action.icon(), right, left), "Back does not point right"
    assert _looks_like(window.forward_action.icon(), left, right), "Forward does not point left"


def test_left_to_right_again_after_arabic(window: AppWindow) -> None:
    window.set_language("ar")
    window.set_language("en")
    settle()
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    left, right = _arrows(window)
    assert _looks_like(window.back_action.icon(), left, right), "Back does not point left"
    assert _looks_like(window.forward_action.icon(), right, left), "Forward does not point right"
    back = window.toolbar.widgetForAction(window.back_action)
    assert _x_in_window(window, back) < window.width() // 2
