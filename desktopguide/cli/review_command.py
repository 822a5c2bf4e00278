"""`desktopguide review`: what a legal reviewer needs, guide by guide and language by language."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the report module is imported only when the command runs
    from desktopguide.core.content.legal_review import ReviewRow


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "review",
        help="list each guide's last change, last legal review, cited sources and their ages, and unverified facts",
        description=(
            "For each guide and language: when its text last changed, when a lawyer last reviewed it, "
            "the documents it cites with their dates and ages, and the facts no source confirms. "
            "With --stale DAYS, only the texts with no legal review in DAYS days (or none at all) "
            "or no change in DAYS days, each with only its sources older than DAYS."
        ),
    )
    parser.add_argument("--content", type=Path, default=argparse.SUPPRESS, help="the resources folder to report on")
    parser.add_argument("--stale", type=int, metavar="DAYS", help="list only what is older than DAYS days")
    parser.add_argument("--guide", metavar="ID", help="only this guide")
    parser.add_argument("--lang", dest="review_lang", metavar="CODE", help="only this language")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="count ages from this day instead of today")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktopguide.cli.main import CommandError
    from desktopguide.core.content.legal_review import review_rows, stale_rows
    from desktopguide.core.content.loader import load_library

    today = _today(args.today, CommandError)
    if args.stale is not None and args.stale < 0:
        raise CommandError(f"--stale needs a number of days of 0 or more, not {args.stale}.")
    library = load_library(getattr(args, "content", None), today=today)
    if args.guide is not None and args.guide not in library.guides:
        raise CommandError(f"there is no guide '{args.guide}'; the guides are {', '.join(sorted(library.guides))}.")
    if args.review_lang is not None and args.review_lang not in library.languages:
        raise CommandError(f"there is no language '{args.review_lang}'; choose one of {', '.join(library.languages)}.")
    rows = review_rows(library, today, guide_id=args.guide, lang=args.review_lang)
    if args.stale is not None:
        rows = stale_rows(rows, args.stale)
    if args.json:
        report = {
            "today": today.isoformat(),
            "stale_days": args.stale,
            "texts": [row.to_json(args.stale) for row in rows],
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        print(_text_block(row, args.stale))
    what = f"older than {args.stale} days" if args.stale is not None else "in all"
    print(f"{len(rows)} guide text{'s' if len(rows) != 1 else ''} {what}.")
    return 0


def _today(value: str | None, error: type[Exception]) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise error(f"--today must be a date written YYYY-MM-DD, not '{value}'.") from None


def _shown_path(path: str) -> str:
    """The file as `check` names it: relative to the working folder when it is inside it."""
    try:
        return str(Path(path).relative_to(Path.cwd()))
    except ValueError:
        return path


def _text_block(row: ReviewRow, stale_days: int | None) -> str:
    lines = [f"{row.guide_id} [{row.lang}] {_shown_path(row.path)}"]
    changed = f"{row.updated.isoformat()} ({row.days_since_change} days ago)" if row.updated else "not given"
    lines.append(f"  last change: {changed}")
    if row.legal_review:
        lines.append(f"  last legal review: {row.legal_review.isoformat()} ({row.days_since_legal_review} days ago)")
    else:
        lines.append("  last legal review: none")
    if row.lang != "en":
        status = row.translation + (", out of date" if row.out_of_date else "")
        review = "; no language review"
        if row.language_review:
            review = f"; language review {row.language_review.isoformat()}"
        lines.append(f"  translation: {status}{review}")
    sources = row.sources if stale_days is None else row.old_sources(stale_days)
    heading = "sources" if stale_days is None else f"sources older than {stale_days} days or undated"
    lines.append(f"  {heading}: {len(sources)} of {len(row.sources)}")
    for source in sources:
        if source.missing:
            lines.append(f"    {source.id}: not in sources.yaml")
            continue
        if source.date:
            when = f"{source.date.isoformat()}, {source.age_days} days old"
        elif source.accessed:
            when = f"undated, read {source.accessed.isoformat()} ({source.age_days} days ago)"
        else:
            when = "undated, day read not recorded"
        lines.append(f"    {source.id} ({source.kind}): {when}")
    if row.unverified:
        lines.append(f"  unverified: {len(row.unverified)}")
        lines.extend(f"    - {' '.join(item.split())}" for item in row.unverified)
    return "\n".join(lines)
