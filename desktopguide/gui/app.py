"""Start the desktop app: the library, one QApplication, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktopguide.core.loader import load_library
from desktopguide.core.problems import ContentError


def has_display() -> bool:
    """Whether Qt has somewhere to draw; without one it would abort the process."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_app(content: Path | None = None, lang: str | None = None, kiosk: bool = False) -> int:
    library = load_library(content)
    if lang and lang not in library.languages:
        raise ContentError(f"'{lang}' is not a language of this guide; choose one of: {', '.join(library.languages)}")
    if not has_display():
        raise ContentError("there is no display to open the app on (set DISPLAY, or run it in a desktop session)")

    from PySide6.QtWidgets import QApplication

    from desktopguide.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("desktopguide")
    app.setOrganizationName("desktopguide")
    window = MainWindow(library, lang or "en")
    if lang:
        window.set_language(lang)
    window.show()
    return app.exec()
