"""Fixtures for the kiosk: an app window with the test content, and a kiosk settings file of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktopguide.core.content.loader import load_languages, load_library
from desktopguide.core.kiosk.settings import ENV_VAR
from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.kiosk.kiosk_mode import KioskMode
from desktopguide.gui.preferences import PreferenceStore


@pytest.fixture
def kiosk_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where this test's kiosk settings live (never the user's own)."""
    path = tmp_path / "config" / "kiosk.json"
    monkeypatch.setenv(ENV_VAR, str(path))
    return path


@pytest.fixture
def window(kiosk_config: Path, window: AppWindow) -> AppWindow:
    """The GUI tests' caseworker window (no kiosk), made once this test's kiosk settings file is in place."""
    return window


class FakeClock:
    """Time that moves only when a test moves it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


STAFF_PIN = "482913"


def pdf_printer_factory(folder: Path):
    """A stand-in for the default printer: each job becomes print-N.pdf in `folder`."""
    from PySide6.QtPrintSupport import QPrinter

    jobs = iter(range(1, 1000))

    def make() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(folder / f"print-{next(jobs)}.pdf"))
        return printer

    return make


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def staff_pin(kiosk_config: Path) -> str:
    from desktopguide.core.kiosk.pin import hash_pin
    from desktopguide.core.kiosk.settings import KioskSettings, save_settings

    save_settings(KioskSettings(pin=hash_pin(STAFF_PIN)), kiosk_config)
    return STAFF_PIN


@pytest.fixture
def printouts(tmp_path: Path) -> Path:
    folder = tmp_path / "printer"
    folder.mkdir()
    return folder


@pytest.fixture
def kiosk_window(qtbot, content: Path, kiosk_config: Path, printouts: Path, clock: FakeClock):
    """A kiosk on the test content: memory-only preferences, a PDF 'printer', a short idle time
    (0.3 s) and countdown (3 ticks of 50 ms), and a clock the test moves."""
    from desktopguide.core.kiosk.settings import KioskSettings

    win = AppWindow(load_languages(content), PreferenceStore(persistent=False), load_library(content))
    qtbot.addWidget(win)
    kiosk = KioskMode.install(
        win,
        KioskSettings(print_limit=2),
        printer_factory=pdf_printer_factory(printouts),
        idle_ms=300,
        countdown_seconds=3,
        tick_ms=50,
        clock=clock,
        staff_store=PreferenceStore(QSettings(str(kiosk_config.parent / "staff.ini"), QSettings.Format.IniFormat)),
    )
    win.show()
    qtbot.waitExposed(win)
    yield win
    kiosk.may_close = True
    kiosk.release()
    kiosk.still_there.stop()
    for dialog in [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not win]:
        dialog.close()
