"""Directory queries over 50,000 synthetic records: a filtered, distance-sorted query must stay under 50 ms.

The records are made up (names like "Synthetic office 17", no real phone numbers) and
the same on every run: a seeded generator places them at real ZIP codes across the
country with a mix of national, state and county service areas.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time
from pathlib import Path

DEFAULT_RECORDS = 50_000
DEFAULT_RUNS = 200
SEED = 20260219
TARGET_MS = 50.0
# Where the queries come from: dense and sparse places, east to west.
QUERY_ZIPS = ("22314", "10001", "60601", "77002", "90012", "28202", "33125", "98104", "80202", "59601")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--records", type=int, default=DEFAULT_RECORDS, help="how many synthetic records (default 50,000)"
    )
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS, help="queries to time for each figure")


def synthetic_records(count: int, seed: int = SEED) -> list:
    from desktopguide.core.content.model import Address, DirectoryRecord, LocalizedText, ServiceArea
    from desktopguide.core.directory.records import ACCREDITATIONS, FEES, SERVICES
    from desktopguide.core.places import geo

    rng = random.Random(seed)
    places = [info for info in geo.all_zips() if info.has_coordinates and info.county]
    languages = ("en", "es", "ar", "zh", "vi", "ko", "fr", "ht", "pt", "ru", "fa", "prs", "am", "ti")
    today = dt.date(2026, 2, 19)
    records = []
    for number in range(count):
        place = rng.choice(places)
        roll = rng.random()
        if roll < 0.01:
            area = [ServiceArea(national=True)]
        elif roll < 0.2:
            area = [ServiceArea(state=place.state)]
        else:
            area = [ServiceArea(state=place.state, county=place.county)]
        records.append(
            DirectoryRecord(
                id=f"synthetic-{number}",
                name=f"Synthetic office {number}",
                kind="organization",
                description=LocalizedText({"en": "A synthetic record for the benchmark."}),
                services=rng.sample(SERVICES, rng.randint(1, 3)),
                service_area=area,
                verified=today - dt.timedelta(days=rng.randint(0, 900)),
                sources=["synthetic"],
                path=Path(f"synthetic-{number}.yaml"),
                languages=["en", *rng.sample(languages[1:], rng.randint(0, 3))],
                fees=rng.choice(FEES),
                accreditations=rng.sample(ACCREDITATIONS, rng.randint(0, 2)),
                # One in ten has no ZIP code, so some cannot be measured, as in real directories.
                physical_address=None
                if rng.random() < 0.1
                else Address(city=place.city, state_province=place.state, postal_code=place.zip_code),
            )
        )
    return records


def _time(index, wanted_for, runs: int, today) -> tuple[list[float], int]:
    times, found = [], 0
    for run in range(runs):
        wanted = wanted_for(QUERY_ZIPS[run % len(QUERY_ZIPS)])
        start = time.perf_counter()
        results = index.query(wanted, today=today)
        times.append((time.perf_counter() - start) * 1000)
        found += len(results)
    return times, found // max(1, runs)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def run(args: argparse.Namespace) -> dict[str, float | int]:
    from desktopguide.core.directory.query import DirectoryFilter, DirectoryIndex
    from desktopguide.core.places import geo

    records = synthetic_records(max(1, args.records))
    start = time.perf_counter()
    index = DirectoryIndex.build(records)
    build_ms = (time.perf_counter() - start) * 1000
    today = dt.date(2026, 2, 19)
    locations = {z: geo.location_of_zip(z) for z in QUERY_ZIPS}
    runs = max(1, args.runs)

    def filtered(zip_code: str) -> DirectoryFilter:
        return DirectoryFilter(
            near=locations[zip_code],
            max_distance_km=150.0,
            services=frozenset({"immigration-legal-help"}),
            languages=frozenset({"es"}),
            fees=frozenset({"free", "sliding-scale"}),
        )

    def everything_near(zip_code: str) -> DirectoryFilter:
        # The heaviest query: a ZIP code and nothing else, every record that serves it measured and sorted.
        return DirectoryFilter(near=locations[zip_code])

    filtered_ms, filtered_found = _time(index, filtered, runs, today)
    near_ms, near_found = _time(index, everything_near, runs, today)
    return {
        "records": len(records),
        "build_index_ms": round(build_ms, 1),
        "filtered_query_p50_ms": round(statistics.median(filtered_ms), 3),
        "filtered_query_p95_ms": round(_percentile(filtered_ms, 0.95), 3),
        "filtered_query_results": filtered_found,
        "zip_only_query_p50_ms": round(statistics.median(near_ms), 3),
        "zip_only_query_p95_ms": round(_percentile(near_ms, 0.95), 3),
        "zip_only_query_results": near_found,
        "target_ms": TARGET_MS,
        "filtered_query_under_target": _percentile(filtered_ms, 0.95) < TARGET_MS,
    }
