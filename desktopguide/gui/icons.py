"""The app's own SVG icons, shipped inside the package."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtGui import QIcon

ICONS = Path(__file__).resolve().parent / "icons"


@functools.cache
def icon(name: str) -> QIcon:
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
