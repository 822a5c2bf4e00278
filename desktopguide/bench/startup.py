"""Time from process start to the first painted home screen, and peak memory, beside a minimal PySide6 window."""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import time

DEFAULT_RUNS = 5


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS, help="processes to start for each figure (median)")


def _time_process(command: list[str]) -> tuple[float, float]:
    """Milliseconds until the process reports its first paint, and its peak RSS in MB."""
    from desktopguide.gui.first_paint import ENV_VAR, MARKER

    env = dict(os.environ, **{ENV_VAR: "1"})
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    assert process.stdout is not None
    painted_ms = None
    for line in process.stdout:
        if line.strip() == MARKER:
            painted_ms = (time.perf_counter() - start) * 1000
    _pid, status, usage = os.wait4(process.pid, 0)
    if painted_ms is None or os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(command)} did not paint a window")
    return painted_ms, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def _compile_bytecode() -> None:
    """Byte-compile the package first, as installing it does: with PYTHONDONTWRITEBYTECODE set (or in
    a fresh checkout) every start would otherwise compile the app's source again and time that."""
    import compileall
    from pathlib import Path

    with contextlib.suppress(OSError):
        compileall.compile_dir(Path(__file__).resolve().parents[1], quiet=2)


def run(args: argparse.Namespace) -> dict[str, float]:
    _compile_bytecode()
    app = [sys.executable, "-m", "desktopguide", "--lang", "en"]
    baseline = [sys.executable, "-m", "desktopguide.gui.first_paint"]
    results = {"app": [], "baseline": []}
    for _ in range(max(1, args.runs)):
        # Interleaved, so both see the same machine load.
        results["baseline"].append(_time_process(baseline))
        results["app"].append(_time_process(app))
    return {
        "startup_ms": round(statistics.median(ms for ms, _ in results["app"]), 1),
        "baseline_startup_ms": round(statistics.median(ms for ms, _ in results["baseline"]), 1),
        "rss_mb": round(statistics.median(mb for _, mb in results["app"]), 1),
        "baseline_rss_mb": round(statistics.median(mb for _, mb in results["baseline"]), 1),
    }
