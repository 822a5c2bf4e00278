"""The Qt set-up cards need: a QGuiApplication (offscreen when none is running) and layout units."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QBuffer
from PySide6.QtGui import QGuiApplication, QPdfWriter

# Cards are laid out in device units of this resolution, the PDF writer's own, whatever device
# they are finally painted on; painting on another device scales the painter.
LAYOUT_DPI = 1200
_measure_device: QPdfWriter | None = None
_measure_buffer: QBuffer | None = None


def ensure_gui_app() -> QGuiApplication:
    """The running Qt application, or a new QGuiApplication that needs no display."""
    app = QGuiApplication.instance()
    if app is None:
        # Printing from the command line or a test: no window is ever shown.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app  # type: ignore[return-value]


def measure_device() -> QPdfWriter:
    """A PDF writer that is never painted on: text is laid out against its metrics."""
    global _measure_device, _measure_buffer
    ensure_gui_app()
    if _measure_device is None:
        _measure_buffer = QBuffer()
        _measure_device = QPdfWriter(_measure_buffer)
        _measure_device.setResolution(LAYOUT_DPI)
    return _measure_device


def mm(value: float) -> float:
    """Millimetres in layout units."""
    return value * LAYOUT_DPI / 25.4


def pt(value: float) -> float:
    """Points in layout units."""
    return value * LAYOUT_DPI / 72.0
