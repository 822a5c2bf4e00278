"""`desktopguide bench startup` starts the app and a bare window and prints the figures."""

from __future__ import annotations

import json
import subprocess
import sys


def test_bench_startup_prints_json_figures_for_app_and_baseline() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktopguide", "bench", "startup", "--json", "--runs", "1"],
        capture_output=True, text=True, check=True,
    )
    figures = json.loads(result.stdout)
    assert set(figures) == {"startup_ms", "baseline_startup_ms", "rss_mb", "baseline_rss_mb"}
    assert all(value > 0 for value in figures.values())


def test_bench_startup_with_floor_also_times_the_home_screen_in_plain_pyside() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktopguide", "bench", "startup", "--json", "--runs", "1", "--floor"],
        capture_output=True, text=True, check=True,
    )
    figures = json.loads(result.stdout)
    assert set(figures) == {
        "startup_ms", "baseline_startup_ms", "floor_startup_ms", "rss_mb", "baseline_rss_mb", "floor_rss_mb",
    }
    assert all(value > 0 for value in figures.values())
