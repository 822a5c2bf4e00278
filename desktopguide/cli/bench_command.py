"""`desktopguide bench NAME [--json]`: benchmarks that print their figures.

Each benchmark lives in its own module under `desktopguide.bench` and offers
`add_arguments(parser)` and `run(args) -> dict[str, float | int]`; the figures are
printed as `key: value` lines, or as one JSON object with --json.
"""

from __future__ import annotations

import argparse
import importlib
import json

# name -> module under desktopguide.bench
BENCHMARKS: dict[str, str] = {
    "startup": "startup",
    "directory": "directory",
    "search": "search",
    "cards": "cards",
    "places": "places",
    "pack": "pack",
    "check": "check",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("bench", help="measure speed and memory", description=__doc__.splitlines()[0])
    names = parser.add_subparsers(dest="benchmark", metavar="NAME", required=True)
    for name, module_name in BENCHMARKS.items():
        module = importlib.import_module(f"desktopguide.bench.{module_name}")
        sub = names.add_parser(name, help=(module.__doc__ or "").strip().splitlines()[0] if module.__doc__ else None)
        sub.add_argument("--json", action="store_true", help="print the figures as one JSON object")
        module.add_arguments(sub)
        sub.set_defaults(run=lambda args, module=module: _run(module, args))


def _run(module, args: argparse.Namespace) -> int:
    figures = module.run(args)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")
    return 0
