"""Printing talks to CUPS through its local socket file, never through a TCP port."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktopguide.gui.local_printing import ENV_VAR, LINUX_SOCKETS, local_print_socket, use_local_print_server


def test_cups_is_told_to_use_its_local_socket() -> None:
    env: dict[str, str] = {}
    assert use_local_print_server(env, "linux") == env[ENV_VAR]
    assert env[ENV_VAR] in LINUX_SOCKETS and env[ENV_VAR].startswith("/")


def test_a_print_server_named_by_the_administrator_is_kept() -> None:
    env = {ENV_VAR: "printserver.example.org"}
    assert use_local_print_server(env, "linux") == "printserver.example.org"
    assert env == {ENV_VAR: "printserver.example.org"}


def test_windows_is_left_alone_and_macos_uses_its_own_socket() -> None:
    env: dict[str, str] = {}
    assert use_local_print_server(env, "win32") is None and env == {}
    assert local_print_socket("darwin") == "/private/var/run/cupsd"


def test_the_kiosks_printer_lookup_names_the_local_socket_before_qt_asks_cups() -> None:
    """In a process of its own, as Qt's print support reads CUPS's settings once."""
    probe = (
        "import os; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "from desktopguide.gui.kiosk.kiosk_printing import default_printer; default_printer(); "
        "print(os.environ.get('CUPS_SERVER'))"
    )
    env = {key: value for key, value in os.environ.items() if key != ENV_VAR}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).parents[2]), env.get("PYTHONPATH")]))
    answer = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True, timeout=60
    )
    assert answer.stdout.strip() in LINUX_SOCKETS
