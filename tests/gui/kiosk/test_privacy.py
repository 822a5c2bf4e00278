"""Private, and proven so: a whole kiosk visit opens no network socket and leaves nothing on disk."""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl

from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.history import Location
from desktopguide.gui.kiosk.kiosk_mode import KioskMode

# -- the network -----------------------------------------------------------------------------
# An audit hook cannot be removed: it records only while a test has armed it.
_socket_events: list[tuple[str, str]] = []
_armed = False


def _audit(event: str, args: tuple) -> None:
    if _armed and event.startswith("socket."):
        _socket_events.append((event, repr(args)[:200]))


sys.addaudithook(_audit)


def inet_socket_inodes() -> set[str]:
    """This process's open TCP/UDP sockets, IPv4 or IPv6, from /proc: Qt's C++ sockets included."""
    mine = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue  # closed while we looked
        if target.startswith("socket:["):
            mine.add(target[8:-1])
    inet = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        path = Path("/proc/net") / table
        if path.exists():
            for line in path.read_text().splitlines()[1:]:
                columns = line.split()
                if len(columns) > 9:
                    inet.add(columns[9])
    return mine & inet


@pytest.fixture
def network_watch() -> Iterator[list[str]]:
    """Records every Python socket call, and every TCP/UDP socket seen by `look()` calls."""
    global _armed
    seen: list[str] = []
    before = inet_socket_inodes()
    _socket_events.clear()
    _armed = True
    try:
        yield seen
    finally:
        _armed = False
    seen.extend(f"open TCP/UDP socket inode {inode}" for inode in inet_socket_inodes() - before)
    seen.extend(f"{event} {args}" for event, args in _socket_events)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux's /proc to see Qt's own sockets")
def test_a_whole_kiosk_visit_opens_no_network_socket(
    qtbot, content: Path, kiosk_config: Path, network_watch: list[str], printouts: Path
) -> None:
    from desktopguide.core.content.loader import load_languages, load_library
    from desktopguide.core.kiosk.settings import KioskSettings
    from desktopguide.gui.preferences import PreferenceStore
    from tests.gui.kiosk.conftest import pdf_printer_factory

    before = inet_socket_inodes()

    def look() -> None:
        network_watch.extend(f"TCP/UDP socket inode {inode} open" for inode in inet_socket_inodes() - before)

    window = AppWindow(load_languages(content), PreferenceStore(persistent=False), load_library(content))
    qtbot.addWidget(window)
    kiosk = KioskMode.install(window, KioskSettings(), printer_factory=pdf_printer_factory(printouts))
    try:
        kiosk.present()
        qtbot.waitExposed(window)
        qtbot.mouseClick(window.language_page.buttons["es"], Qt.MouseButton.LeftButton)
        look()
        for guide_id in window.library.guides:
            window.go(Location("guide", guide_id))
            window.reader.side_by_side_button.setChecked(True)
        qtbot.mouseClick(window.home_page.tiles["home"], Qt.MouseButton.LeftButton)
        look()
        window.open_search()
        qtbot.waitUntil(lambda: window.search_page.is_ready, timeout=10000)
        with qtbot.waitSignal(window.search_page.results_shown, timeout=10000):
            qtbot.keyClicks(window.search_page.search_field, "remain silent")
        look()
        window.go(Location("directory"))
        window.directory_page.where_field.setText("22314")
        window.directory_page.refresh()
        window.go(Location("org", "city-hotline"))
        window.go(Location("place"))
        window.place_page.zip_field.setText("22314")
        assert window.place_page.show_zip()
        look()
        window.go(Location("guide", "agents-at-door"))
        window.reader.view.anchorClicked.emit(QUrl("https://www.example.org/help"))  # a QR code, not a browser
        qtbot.mouseClick(window.reader.print_button, Qt.MouseButton.LeftButton)
        assert list(printouts.glob("*.pdf")), kiosk.last_message
        look()
        window.reset_session()
        look()
    finally:
        kiosk.may_close = True
        kiosk.release()
    assert network_watch == []


def test_the_network_probe_sees_python_and_qt_sockets(qtbot) -> None:
    """The check above is not blind: a Python socket and a Qt one (loopback only) are both seen."""
    import socket

    from PySide6.QtNetwork import QHostAddress, QUdpSocket

    global _armed
    before = inet_socket_inodes()
    _socket_events.clear()
    _armed = True
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as python_socket:
            python_socket.bind(("127.0.0.1", 0))
            assert [event for event, _args in _socket_events if event == "socket.__new__"]
        _socket_events.clear()
        qt_socket = QUdpSocket()
        assert qt_socket.bind(QHostAddress.SpecialAddress.LocalHost, 0)
        assert inet_socket_inodes() - before  # seen through /proc only
        assert _socket_events == []  # Qt's C++ socket passes Python's hook by
        qt_socket.close()
    finally:
        _armed = False
        _socket_events.clear()


# -- the disk --------------------------------------------------------------------------------
MAX_FILE_BYTES = 64 * 1024 * 1024


def files_containing(needles: list[bytes], folders: list[Path], changed_since: float | None = None) -> list[Path]:
    found = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for root, _dirs, names in os.walk(folder):
            for name in names:
                path = Path(root) / name
                try:
                    info = path.lstat()
                    if not path.is_file() or path.is_symlink() or info.st_size > MAX_FILE_BYTES:
                        continue
                    if changed_since is not None and max(info.st_mtime, info.st_ctime) < changed_since:
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue  # gone, or another user's
                if any(needle in data for needle in needles):
                    found.append(path)
    return found


def test_a_kiosk_visit_leaves_no_trace_on_disk(
    qtbot, content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A unique query typed into search and the place fields, a guide opened, a reset: then no file
    in the config, cache, data, state or temporary folders (the test's own, the user's real ones and
    the system's temp folder, where changed since the visit began) holds the query."""
    from desktopguide.core.content.loader import load_languages, load_library
    from desktopguide.core.kiosk.settings import ENV_VAR, KioskSettings
    from desktopguide.gui.preferences import PreferenceStore

    home = Path.home()
    watched = {name: tmp_path / name for name in ("config", "data", "state", "tmp")}
    for folder in watched.values():
        folder.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(watched["config"]))
    monkeypatch.setenv("XDG_DATA_HOME", str(watched["data"]))
    monkeypatch.setenv("XDG_STATE_HOME", str(watched["state"]))
    monkeypatch.setenv("TMPDIR", str(watched["tmp"]))
    monkeypatch.setattr(tempfile, "tempdir", str(watched["tmp"]))
    monkeypatch.setenv(ENV_VAR, str(watched["config"] / "desktopguide" / "kiosk.json"))
    cache = Path(os.environ["XDG_CACHE_HOME"])  # conftest's, where the search index is kept
    secret = f"visitor-{uuid.uuid4().hex}"
    needles = [secret.encode("utf-8"), secret.encode("utf-16-le"), secret[8:].encode("ascii")]
    started = time.time() - 1

    window = AppWindow(load_languages(content), PreferenceStore(persistent=False), load_library(content))
    qtbot.addWidget(window)
    kiosk = KioskMode.install(window, KioskSettings())
    try:
        window.show()
        qtbot.waitExposed(window)
        window.choose_language("es")
        window.go(Location("guide", "agents-at-door"))
        window.open_search()
        qtbot.waitUntil(lambda: window.search_page.is_ready, timeout=10000)
        with qtbot.waitSignal(window.search_page.results_shown, timeout=10000):
            qtbot.keyClicks(window.search_page.search_field, secret)
        window.go(Location("directory"))
        qtbot.keyClicks(window.directory_page.where_field, secret)
        qtbot.keyClick(window.directory_page.where_field, Qt.Key.Key_Return)
        window.go(Location("place"))
        window.place_page.show_place(secret)
        window.reader.view.selectAll()
        window.reader.view.copy()
        window.reset_session()
    finally:
        kiosk.may_close = True
        kiosk.release()

    test_folders = [*watched.values(), cache]
    assert files_containing(needles, test_folders) == []
    real_folders = [home / ".config", home / ".cache", home / ".local", Path("/tmp"), Path("/var/tmp")]
    assert files_containing(needles, real_folders, changed_since=started) == []


def test_the_disk_probe_finds_a_planted_trace(tmp_path: Path) -> None:
    secret = f"visitor-{uuid.uuid4().hex}"
    (tmp_path / "deep" / "er").mkdir(parents=True)
    (tmp_path / "deep" / "er" / "notes.db").write_bytes(b"x" + secret.encode("utf-16-le") + b"y")
    needles = [secret.encode("utf-8"), secret.encode("utf-16-le")]
    assert files_containing(needles, [tmp_path]) == [tmp_path / "deep" / "er" / "notes.db"]
    assert files_containing(needles, [tmp_path], changed_since=time.time() + 60) == []
