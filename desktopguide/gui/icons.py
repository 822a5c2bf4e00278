"""The app's own SVG icons, shipped inside the package."""

from __future__ import annotations

import functools
from importlib import resources

from PySide6.QtGui import QIcon


@functools.cache
def icon(name: str) -> QIcon:
    path = resources.files("desktopguide.gui") / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
