"""`desktopguide data import KIND FILE` and `desktopguide data status`: the maintainer's refresh
of the official lists (EOIR, ICE, DOJ, HUD) bundled in resources/data/.

Maintainer tools, like `check` and `bench`: their output is in English.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import TextIO

from desktopguide.core.content.resources import content_dir
from desktopguide.core.data.kinds import KINDS

DEFAULT_MAX_AGE_DAYS = 180


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "data", help="import a new edition of an official list, or show how old each list is",
        description="Import a newly downloaded official list (EOIR, ICE, DOJ, HUD) into resources/data/, "
        "or list each bundled list with its date and age.",
    )
    actions = parser.add_subparsers(dest="data_action", metavar="ACTION", required=True)
    importing = actions.add_parser(
        "import", help="read an agency's file and write its snapshot",
        description="Read an agency's file, refuse it if it is not that list or is older than the bundled edition, "
        "write the snapshot atomically and print what changed.",
    )
    importing.add_argument("kind", choices=sorted(KINDS), metavar="KIND", help="one of: " + ", ".join(KINDS))
    importing.add_argument("file", type=Path, help="the agency's file (PDF, xlsx, JSON or CSV)")
    importing.add_argument("--force", action="store_true", help="import an older edition than the bundled one")
    importing.add_argument("--content", dest="data_content", type=Path,
                           help="the content folder to write into (default: the checkout's resources/)")
    importing.add_argument("--json", action="store_true", help="print the outcome as one JSON object")
    importing.set_defaults(run=run_import)
    showing = actions.add_parser("status", help="each list, its date and its age in days")
    showing.add_argument("--content", dest="data_content", type=Path, help="the content folder to read")
    showing.add_argument("--json", action="store_true", help="print the lists as JSON")
    showing.add_argument("--max-age-days", type=int, default=DEFAULT_MAX_AGE_DAYS,
                         help=f"warn when a list is older than this (default {DEFAULT_MAX_AGE_DAYS})")
    showing.set_defaults(run=run_status)


def _content(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "data_content", None) or getattr(args, "content", None) or content_dir())


class ProgressLine:
    """A percentage on stderr, shown only once an import has taken more than a second."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        # Looked up now, not when this module was imported: whoever runs the command may have
        # replaced sys.stderr since (a test capturing it, a caller redirecting it).
        self.stream = stream if stream is not None else sys.stderr
        self.started = time.monotonic()
        self.shown = False
        self.last = -1

    def __call__(self, fraction: float) -> None:
        percent = int(max(0.0, min(1.0, fraction)) * 100)
        if percent == self.last or time.monotonic() - self.started < 1.0:
            return
        self.last = percent
        self.shown = True
        self.stream.write(f"\r{self.label}: {percent:3d}%")
        self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def run_import(args: argparse.Namespace) -> int:
    from desktopguide.core.data.cleaning import ListFormatError
    from desktopguide.core.data.refresh import run_import as import_list
    from desktopguide.core.storage import StorageError

    content = _content(args)
    progress = ProgressLine(f"importing {args.kind}")
    try:
        outcome = import_list(args.kind, args.file, content, force=args.force, progress=progress)
    except (ListFormatError, StorageError) as error:
        progress.close()
        print(f"desktopguide: {error}", file=sys.stderr)
        return 1
    progress.close()
    header = outcome.header
    if args.json:
        print(json.dumps({
            "kind": args.kind, "snapshot": str(outcome.path), "list": header.list, "date": header.date,
            "records": header.records, "dropped": header.dropped, "changes": outcome.changes.as_dict(),
            "notes": outcome.notes,
        }, ensure_ascii=False))
        return 0
    print(f"{header.list}, {header.date}: {header.records} records, {header.dropped} rows dropped -> {outcome.path}")
    print(outcome.changes.summary())
    for note in outcome.notes:
        print(f"note: {note}")
    return 0


def run_status(args: argparse.Namespace) -> int:
    from desktopguide.core.data.refresh import status

    lists = status(_content(args), dt.date.today())
    limit = args.max_age_days
    old = [item for item in lists if item.age_days is not None and item.age_days > limit]
    broken = [item for item in lists if item.problem]
    if args.json:
        rows = [{**item.as_dict(), "too_old": item.age_days is not None and item.age_days > limit} for item in lists]
        print(json.dumps({"max_age_days": limit, "lists": rows}, ensure_ascii=False))
    else:
        for item in lists:
            if item.header is None:
                print(f"{item.snapshot:16} {item.problem}")
                continue
            flag = "  OLD" if item in old else ""
            print(f"{item.snapshot:16} {item.header.date}  {item.age_days:5d} days  {item.header.records:6d} records  "
                  f"{item.header.list}{flag}")
    for item in old:
        print(f"desktopguide: warning: {item.snapshot} is {item.age_days} days old (more than {limit}); "
              f"download the newest edition and run `desktopguide data import`.", file=sys.stderr)
    for item in broken:
        print(f"desktopguide: warning: {item.snapshot}: {item.problem}", file=sys.stderr)
    return 0
