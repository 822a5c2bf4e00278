"""The kiosk as a visitor meets it: a real X server (Xvfb, no window manager), Qt's on-screen
keyboard, real pointer events. Each tap must move the app on and change the screen; the
keyboard must come up for the search field; the idle reset must fire.

Needs Xvfb and xdotool (scripts/setup.sh installs both). The visit runs in a process of its
own (kiosk_under_x.py): the test process already has an off-screen QApplication, and a freeze
there must end in a failure, not a hung suite.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

DRIVER = Path(__file__).with_name("kiosk_under_x.py")
VISIT_TIMEOUT = 300


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[str]:
    """A fresh Xvfb on a free display number, no TCP listener; stopped afterwards."""
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"{' and '.join(missing)} not installed: run scripts/setup.sh (it installs xvfb and xdotool)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as reader:
        number = reader.readline().strip()
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_visitor_taps_through_a_kiosk_with_the_on_screen_keyboard(
    x_display: str, content: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "XDG_", "CUPS_"))}
    env.pop("WAYLAND_DISPLAY", None)
    env.update(
        DISPLAY=x_display,
        QT_QPA_PLATFORM="xcb",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        DESKTOPGUIDE_KIOSK_CONFIG=str(tmp_path / "kiosk.json"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(Path(__file__).parents[3]), env.get("PYTHONPATH")])),
    )
    try:
        visit = subprocess.run(
            [sys.executable, str(DRIVER), str(content)],
            check=False,
            env=env,
            capture_output=True,
            text=True,
            timeout=VISIT_TIMEOUT,
        )
    except subprocess.TimeoutExpired as stuck:
        pytest.fail(f"the kiosk froze: {stuck.stdout!s}\n{stuck.stderr!s}"[-6000:])
    steps = visit.stdout.splitlines()
    assert visit.returncode == 0 and steps[-1:] == ["DONE"], f"{visit.stdout}\n{visit.stderr[-6000:]}"
    expected = ["OK started", "OK language", "OK tile", "OK home", "OK keyboard", "OK search", "OK idle reset", "DONE"]
    assert steps == expected, visit.stdout
