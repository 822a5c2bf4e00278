"""The high-contrast theme as a person sees it: contrast ratios (WCAG 2) of the palette, of the
links the pages draw, of the toolbar icons' pixels and of the edges of fields and check boxes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from desktopguide.gui.pages.directory_page import DirectoryPage
from desktopguide.gui.pages.guide_html import page_style
from desktopguide.gui.pages.place_page import PlacePage
from desktopguide.gui.theme import apply_theme, high_contrast_palette

TEXT = 4.5  # WCAG 2 AA for text and links
GRAPHICS = 3.0  # WCAG 2 AA for the edges of controls and for icons


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def high_contrast(qapp) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, 100, False)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


def test_every_text_colour_of_the_palette_stands_out_from_its_background() -> None:
    palette = high_contrast_palette()
    role = QPalette.ColorRole
    pairs = [
        (role.WindowText, role.Window), (role.Text, role.Base), (role.ButtonText, role.Button),
        (role.Link, role.Base), (role.LinkVisited, role.Base), (role.HighlightedText, role.Highlight),
        (role.PlaceholderText, role.Base), (role.ToolTipText, role.ToolTipBase), (role.Text, role.AlternateBase),
    ]
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled):
        for text, background in pairs:
            ratio = contrast(palette.color(group, text), palette.color(group, background))
            assert ratio >= TEXT, f"{group.name} {text.name} on {background.name}: {ratio:.2f}:1"


def link_colours(document: QTextDocument) -> list[QColor]:
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isAnchor() and fragment.text().strip():
                found.append(fragment.charFormat().foreground().color())
            iterator += 1
        block = block.next()
    return found


def test_links_on_the_directory_and_place_pages_follow_the_theme_switched_on_later(
    qtbot, library: Library, high_contrast: QApplication
) -> None:
    directory = DirectoryPage(library, "en")
    place = PlacePage(library, "en")
    for page in (directory, place):
        qtbot.addWidget(page)
        page.show()
    assert place.show_place("22314")
    apply_theme(high_contrast, 100, True)  # as Settings does, with the pages already showing
    base = high_contrast.palette().color(QPalette.ColorRole.Base)

    def worst(view) -> float:
        links = link_colours(view.document())
        assert links, "no link on the page to check"
        return min(contrast(color, base) for color in links)

    for name, view in (("directory", directory.detail_view), ("place", place.view)):
        # The widgets learn of the new palette from the event loop.
        qtbot.waitUntil(lambda view=view: view.palette().color(QPalette.ColorRole.Base) == base, timeout=5000)
        QApplication.processEvents()
        assert worst(view) >= TEXT, f"{name} page: a link at {worst(view):.2f}:1 on black"


def test_guide_table_headings_are_readable_in_high_contrast(high_contrast: QApplication) -> None:
    apply_theme(high_contrast, 100, True)
    palette = high_contrast.palette()
    heading = QColor(page_style().split("th { background: ")[1].split(";")[0])
    assert contrast(palette.color(QPalette.ColorRole.Text), heading) >= TEXT


def opaque_pixels(image: QImage) -> list[QColor]:
    return [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 200
    ]


def test_toolbar_icons_stand_out_on_black(window, high_contrast: QApplication) -> None:
    apply_theme(high_contrast, 100, True)
    background = high_contrast.palette().color(QPalette.ColorRole.Window)
    checked = 0
    for action in window.toolbar.actions():
        button = window.toolbar.widgetForAction(action)
        if action.icon().isNull() or not isinstance(button, QToolButton) or not action.isEnabled():
            continue
        pixels = opaque_pixels(action.icon().pixmap(32).toImage())
        assert pixels, action.text()
        ratios = sorted(contrast(color, background) for color in pixels)
        median = ratios[len(ratios) // 2]
        assert median >= GRAPHICS, f"{action.text()!r} icon at {median:.2f}:1 on black"
        checked += 1
    assert checked >= 4


def ring(image: QImage, rect: QRect) -> list[QColor]:
    """The pixels along the edge of `rect`."""
    xs, ys = range(rect.left(), rect.right() + 1), range(rect.top(), rect.bottom() + 1)
    points = [(x, rect.top()) for x in xs] + [(x, rect.bottom()) for x in xs]
    points += [(rect.left(), y) for y in ys] + [(rect.right(), y) for y in ys]
    return [image.pixelColor(x, y) for x, y in points if image.rect().contains(x, y)]


def edge_is_visible(image: QImage, rect: QRect, background: QColor) -> bool:
    """Whether most of an outline just inside `rect` (within 2 px) stands out from the background."""
    for inset in range(3):
        edge = ring(image, rect.adjusted(inset, inset, -inset, -inset))
        if edge and sum(contrast(c, background) >= GRAPHICS for c in edge) / len(edge) >= 0.75:
            return True
    return False


def test_unticked_check_boxes_and_field_borders_can_be_seen(qtbot, high_contrast: QApplication) -> None:
    apply_theme(high_contrast, 100, True)
    holder = QWidget()
    layout = QVBoxLayout(holder)
    box, field, choice = QCheckBox("Show English side by side"), QLineEdit(), QComboBox()
    choice.addItem("Any distance")
    for widget in (box, field, choice):
        layout.addWidget(widget)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    background = high_contrast.palette().color(QPalette.ColorRole.Window)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    assert edge_is_visible(box.grab().toImage(), indicator, background), "the unticked box cannot be seen"
    for widget in (field, choice):
        image = widget.grab().toImage()
        assert edge_is_visible(image, image.rect(), background), f"{type(widget).__name__} has no visible border"
