"""Screenshots of the main screens into docs/screenshots/, for the README and for review.

Run under a real X server so fonts and styles are those a person sees:
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktopguide.core.content.loader import load_languages, load_library
from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.history import Location
from desktopguide.gui.preferences import PreferenceStore

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> int:
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = AppWindow(load_languages(), PreferenceStore(settings), load_library())
    window.resize(1280, 800)
    window.show()

    def shot(name: str) -> None:
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(OUT / f"{name}.png"))
        print(OUT / f"{name}.png")

    shot("language")
    window.choose_language("en")
    shot("home-en")
    window.go(Location("guide", "agents-at-door"))
    shot("guide-en")
    window.set_language("ar")
    window.go_home()
    shot("home-ar")
    window.go(Location("guide", "agents-at-door"))
    shot("guide-ar")
    window.set_language("es")
    window.reader.side_by_side_button.setChecked(True)
    shot("guide-es-side-by-side")
    return 0


if __name__ == "__main__":
    sys.exit(main())
