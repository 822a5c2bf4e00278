"""The home screen's widgets in plain PySide6, with none of the app's own work: the floor for
`desktopguide bench startup --floor`.

The same window size, a toolbar of seven actions with icons and text, a heading, a search
field and the eleven topic tiles with their icons and English labels in a scroll area; no
touch style, focus ring, translations, preferences, content or text wrapping. What it costs
over the bare window is what PySide6 and Qt charge any such screen (Qt's enums, fonts, icons),
so the app can be no faster than this.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktopguide.gui.first_paint import exit_after_first_paint
from desktopguide.gui.icons import icon
from desktopguide.gui.pages.topics import TILES


def plain_home() -> QMainWindow:
    window = QMainWindow()
    window.resize(1024, 700)
    toolbar = QToolBar()
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    window.addToolBar(toolbar)
    style = window.style()
    for action_icon, text in (
        (style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), "Back"),
        (style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), "Forward"),
        (icon("house"), "Home"),
        (style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView), "Search"),
        (icon("language"), "Language"),
        (icon("settings"), "Settings"),
        (icon("about"), "About"),
    ):
        toolbar.addAction(QAction(action_icon, text, window))

    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("What is happening? Choose what fits best."))
    search = QLineEdit()
    search.setPlaceholderText("Search guides, organizations and places")
    layout.addWidget(search)
    grid_host = QWidget()
    grid = QGridLayout(grid_host)
    for index, tile in enumerate(TILES):
        button = QToolButton()
        button.setText(tile.label)
        button.setIcon(icon(tile.icon))
        button.setIconSize(QSize(56, 56))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        grid.addWidget(button, index // 3, index % 3)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(grid_host)
    layout.addWidget(area, 1)
    window.setCentralWidget(page)
    return window


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    window = plain_home()
    exit_after_first_paint(window.centralWidget())
    window.show()
    sys.exit(app.exec())
