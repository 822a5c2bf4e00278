"""A kiosk process writes no core file: it would hold what visitors typed and read."""

from __future__ import annotations


def test_a_kiosk_process_can_write_no_core_dump() -> None:
    import subprocess
    import sys

    probe = (
        "import resource; from desktopguide.gui.kiosk.core_dumps import disable_core_dumps; "
        "print(disable_core_dumps(), resource.getrlimit(resource.RLIMIT_CORE))"
    )
    answer = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert answer.stdout.split() == ["True", "(0,", "0)"]
