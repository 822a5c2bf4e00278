"""Start the desktop app: the language screen at once, the library as soon as it has loaded."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktopguide.core.loader import load_languages, load_library
from desktopguide.core.problems import ContentError


def has_display() -> bool:
    """Whether Qt has somewhere to draw; without one it would abort the process."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_app(content: Path | None = None, lang: str | None = None, kiosk: bool = False) -> int:
    languages = load_languages(content)
    if lang and lang not in languages:
        raise ContentError(f"'{lang}' is not a language of this guide; choose one of: {', '.join(languages)}")
    if not has_display():
        raise ContentError("there is no display to open the app on (set DISPLAY, or run it in a desktop session)")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktopguide.gui.app_window import AppWindow
    from desktopguide.gui.preferences import PreferenceStore

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("desktopguide")
    app.setOrganizationName("desktopguide")
    window = AppWindow(languages, PreferenceStore(persistent=not kiosk))
    if lang:
        window.choose_language(lang)
    window.show()
    # The first screen needs only the language list; the rest loads after it is painted.
    QTimer.singleShot(0, lambda: window.set_library(load_library(content)))
    return app.exec()
