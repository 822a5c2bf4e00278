"""The Qt set-up cards need: a QGuiApplication (offscreen when none is running) and layout units."""

from __future__ import annotations

import ctypes
import os
import sys

import PySide6
from PySide6.QtCore import QBuffer
from PySide6.QtGui import QGuiApplication, QPdfWriter

# Cards are laid out in device units of this resolution, the PDF writer's own, whatever device
# they are finally painted on; painting on another device scales the painter.
LAYOUT_DPI = 1200
_measure_device: QPdfWriter | None = None
_measure_buffer: QBuffer | None = None


def keep_none_alive() -> None:
    """Work around PySide6 6.12.0 on Python 3.11, which drops a reference to None on every call
    of a method that returns nothing (None is immortal only from Python 3.12 on): after a few
    thousand calls, as in any print job, Python aborts with "none_dealloc". Give None enough
    references never to reach zero. Remove once the project requires a PySide6 without the bug.
    """
    if sys.version_info >= (3, 12) or tuple(PySide6.__version_info__[:3]) != (6, 12, 0):
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the first field of every object
    if refcount.value < 1 << 40:
        refcount.value += 1 << 40


def ensure_gui_app() -> QGuiApplication:
    """The running Qt application, or a new QGuiApplication that needs no display."""
    keep_none_alive()
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
