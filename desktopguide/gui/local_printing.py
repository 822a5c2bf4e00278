"""Printing through the local print server's socket file, never through a network port.

Qt prints through CUPS, and CUPS's client library, unless told otherwise, asks the server at
"localhost" over TCP (127.0.0.1:631 and ::1:631) whenever it finds no socket file: a network
socket, which the app promises never to open. Naming the local socket in CUPS_SERVER before
Qt's print support first asks anything keeps every print request on a Unix socket. A
CUPS_SERVER already set (a print server named on purpose by an administrator) is kept.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path

ENV_VAR = "CUPS_SERVER"
# Where CUPS puts its socket: current Linux distributions, older ones and the BSDs, macOS.
LINUX_SOCKETS = ("/run/cups/cups.sock", "/var/run/cups/cups.sock")
MACOS_SOCKET = "/private/var/run/cupsd"


def local_print_socket(platform: str = sys.platform) -> str | None:
    """The local CUPS socket's path (the first that exists, else the usual one); None on Windows,
    which does not print through CUPS."""
    if platform.startswith("win"):
        return None
    if platform == "darwin":
        return MACOS_SOCKET
    return next((path for path in LINUX_SOCKETS if Path(path).exists()), LINUX_SOCKETS[0])


def use_local_print_server(env: MutableMapping[str, str] | None = None, platform: str = sys.platform) -> str | None:
    """Point CUPS at the local socket unless the environment names a server; the server in use."""
    env = os.environ if env is None else env
    if env.get(ENV_VAR):
        return env[ENV_VAR]
    socket = local_print_socket(platform)
    if socket is not None:
        env[ENV_VAR] = socket
    return socket
