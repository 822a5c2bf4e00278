"""Places over the national lists: ZIP to full place answer and legal help within 50 miles
(p95 under 20 ms), and each list's import time.

The place figures use the bundled snapshots (resources/data) through the SQLite index in a
fresh temporary cache folder; the import figures re-import the agency files the tests carry
(tests/fixtures/data in a checkout) into a temporary content folder.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from desktopguide.core.content.resources import content_dir

DEFAULT_RUNS = 300
SEED = 20261206
TARGET_MS = 20.0
ROSTER_TARGET_S = 60.0
QUERY_ZIPS = ("22314", "60601", "77002", "28202", "85004", "10001", "90012", "33125", "98104", "31822")


def default_sources() -> Path:
    return Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "data"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS, help="ZIP codes to time for each figure")
    parser.add_argument(
        "--sources",
        type=Path,
        default=None,
        help="a folder of the agencies' files to time the imports (default: tests/fixtures/data)",
    )
    parser.add_argument("--no-import", action="store_true", help="skip the import timings")


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _shown_figures(data, zips: list[str]) -> dict[str, float | int]:
    """What the pages show: the directory's legal help within 50 miles over the hand-written records and
    every list record (the combined index), and the place answer's sentences from the lists."""
    from desktopguide.core.content.loader import load_library
    from desktopguide.core.directory.legal_help import build_full_index
    from desktopguide.core.directory.query import KM_PER_MILE, LEGAL_HELP_SERVICES, DirectoryFilter
    from desktopguide.core.places import geo
    from desktopguide.core.places.national import national_place, place_sections

    library = load_library()
    started = time.perf_counter()
    index = build_full_index(library)
    build_s = time.perf_counter() - started
    directory_ms: list[float] = []
    answer_ms: list[float] = []
    for zip_code in zips:
        location = geo.location_of_zip(zip_code)
        if location is None:
            continue
        started = time.perf_counter()
        place_sections(national_place(data, location))
        answer_ms.append((time.perf_counter() - started) * 1000)
        if location.has_coordinates:
            wanted = DirectoryFilter(near=location, services=LEGAL_HELP_SERVICES, max_distance_km=50 * KM_PER_MILE)
            started = time.perf_counter()
            index.query(wanted)
            directory_ms.append((time.perf_counter() - started) * 1000)
    return {
        "directory_records": len(index),
        "directory_build_s": round(build_s, 3),
        "directory_50mi_p95_ms": round(_percentile(directory_ms, 0.95), 2),
        "place_answer_p95_ms": round(_percentile(answer_ms, 0.95), 2),
    }


def run(args: argparse.Namespace) -> dict[str, float | int]:
    from desktopguide.core.data.national import NationalData
    from desktopguide.core.places.geo import lookup_zip

    figures: dict[str, float | int] = {}
    with tempfile.TemporaryDirectory() as cache:
        started = time.perf_counter()
        data = NationalData.load(content_dir(), Path(cache))
        figures["index_build_s"] = round(time.perf_counter() - started, 3)
        started = time.perf_counter()
        data = NationalData.load(content_dir(), Path(cache))
        figures["index_open_ms"] = round((time.perf_counter() - started) * 1000, 2)
        hud = [row[0] for row in data._rows("SELECT DISTINCT zip FROM zip_county")]
        rng = random.Random(SEED)
        zips = list(QUERY_ZIPS) + rng.sample(hud, min(len(hud), max(0, args.runs - len(QUERY_ZIPS))))
        place_ms: list[float] = []
        help_ms: list[float] = []
        found_help = 0
        for zip_code in zips:
            started = time.perf_counter()
            data.place_for_zip(zip_code)
            place_ms.append((time.perf_counter() - started) * 1000)
            info = lookup_zip(zip_code)
            if info is None or not info.has_coordinates:
                continue
            started = time.perf_counter()
            near = data.legal_help_near(info.latitude, info.longitude, 50.0)  # type: ignore[arg-type]
            help_ms.append((time.perf_counter() - started) * 1000)
            found_help += bool(near)
        legal_help_rows = data._rows("SELECT COUNT(*) FROM legal_help")[0][0]
        figures.update(_shown_figures(data, zips))
    figures.update(
        {
            "zips": len(zips),
            "zip_to_place_p95_ms": round(_percentile(place_ms, 0.95), 2),
            "zip_to_place_median_ms": round(statistics.median(place_ms), 2),
            "legal_help_50mi_p95_ms": round(_percentile(help_ms, 0.95), 2),
            "legal_help_entries": legal_help_rows,
            "zips_with_help_within_50mi": found_help,
            "target_ms": TARGET_MS,
        }
    )
    sources = args.sources or default_sources()
    if not args.no_import and sources.is_dir():
        from desktopguide.core.data.refresh import import_all

        with tempfile.TemporaryDirectory() as content:
            for kind, (outcome, seconds) in import_all(sources, Path(content)).items():
                figures[f"import_{kind.replace('-', '_')}_s"] = round(seconds, 3)
                figures[f"import_{kind.replace('-', '_')}_records"] = outcome.header.records
        figures["roster_target_s"] = ROSTER_TARGET_S
    return figures
