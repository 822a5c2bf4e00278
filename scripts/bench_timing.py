"""Timing for the other engines' benchmark scripts (bench_xapian.py, bench_tantivy.py), in the
standard library only: the system python3 that imports Debian's Xapian runs it too.

The same measure as `desktopguide bench search`: each query once to warm up, then every query
REPEATS times; wall clock and the searching thread's CPU time, as percentiles in ms.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence

REPEATS = 5


def time_queries(search: Callable[[str], object], queries: Sequence[tuple[str, str]]) -> dict[str, float]:
    for text, _lang in queries:  # warm the page cache
        search(text)
    times: list[float] = []
    cpu_times: list[float] = []
    for _ in range(REPEATS):
        for text, _lang in queries:
            started, cpu_started = time.perf_counter(), time.thread_time()
            search(text)
            times.append(time.perf_counter() - started)
            cpu_times.append(time.thread_time() - cpu_started)
    cuts = statistics.quantiles(times, n=100, method="inclusive")
    cpu_cuts = statistics.quantiles(cpu_times, n=100, method="inclusive")
    return {
        "p50_ms": round(cuts[49] * 1000, 3),
        "p95_ms": round(cuts[94] * 1000, 3),
        "p99_ms": round(cuts[98] * 1000, 3),
        "cpu_p50_ms": round(cpu_cuts[49] * 1000, 3),
        "cpu_p95_ms": round(cpu_cuts[94] * 1000, 3),
    }
