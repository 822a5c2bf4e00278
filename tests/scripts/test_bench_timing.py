"""The other engines' benchmark scripts time queries as `desktopguide bench search` does."""

from __future__ import annotations

from tests.scripts.script_module import load_script


def test_every_query_is_warmed_once_then_timed_repeats_times_with_the_bench_search_keys() -> None:
    module = load_script("bench_timing")
    searched: list[str] = []
    figures = module.time_queries(searched.append, [("door", "en"), ("puerta", "es")])
    assert searched == ["door", "puerta"] * (1 + module.REPEATS)
    assert set(figures) == {"p50_ms", "p95_ms", "p99_ms", "cpu_p50_ms", "cpu_p95_ms"}
    assert all(value >= 0 for value in figures.values())
