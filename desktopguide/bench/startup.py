"""Time from process start to the first painted home screen, and peak memory, beside a minimal PySide6 window.

With --floor, also beside the home screen's widgets in plain PySide6 (bench/plain_home.py): what
any such screen costs in PySide6, before the app does any work of its own.
"""

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
    parser.add_argument(
        "--floor",
        action="store_true",
        help="also time the home screen's widgets in plain PySide6 (floor_startup_ms, floor_rss_mb)",
    )


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


# Each process timed, and the prefix of its figures.
PREFIXES = {"app": "", "baseline": "baseline_", "floor": "floor_"}


def run(args: argparse.Namespace) -> dict[str, float]:
    _compile_bytecode()
    commands = {
        "baseline": [sys.executable, "-m", "desktopguide.gui.first_paint"],
        "app": [sys.executable, "-m", "desktopguide", "--lang", "en"],
    }
    if args.floor:
        commands["floor"] = [sys.executable, "-m", "desktopguide.bench.plain_home"]
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(max(1, args.runs)):
        # Interleaved, so all see the same machine load.
        for name, command in commands.items():
            results[name].append(_time_process(command))
    timed = [name for name in PREFIXES if name in results]
    figures = {
        f"{PREFIXES[name]}startup_ms": round(statistics.median(ms for ms, _ in results[name]), 1) for name in timed
    }
    figures |= {f"{PREFIXES[name]}rss_mb": round(statistics.median(mb for _, mb in results[name]), 1) for name in timed}
    return figures
