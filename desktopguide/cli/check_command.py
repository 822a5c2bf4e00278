"""`desktopguide check`: validate a content folder, print FILE:LINE problems."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktopguide.core.content.model import Library


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="validate the content and name every problem by file and line",
        description="Validate a resources folder. Prints FILE:LINE: problems; exits 1 on any error.",
    )
    parser.add_argument("--content", type=Path, default=argparse.SUPPRESS, help="the resources folder to check")
    parser.set_defaults(run=run)


def checked_library(root: Path | None) -> Library:
    """The library at `root` with every problem `check` reports (also run by `pack install`)."""
    from desktopguide.core.content.loader import load_library  # not at import: every command would pay for it

    library = load_library(root)
    # Translations keep the English facts, links and headings, are not English, and keep
    # left-to-right runs in order in right-to-left text (issue 21).
    from desktopguide.core.translation_gates import translation_problems

    gates = translation_problems(library)
    # Cards must print: every guide in every language fits on every paper, every glyph has a font.
    from desktopguide.cards.check import card_problems  # Qt only here

    library.problems = sorted([*library.problems, *gates, *card_problems(library)], key=lambda p: (str(p.path), p.line))
    return library


def run(args: argparse.Namespace) -> int:
    library = checked_library(getattr(args, "content", None))
    cwd = Path.cwd()
    for problem in library.problems:
        print(problem.format(relative_to=cwd))
    errors = sum(1 for p in library.problems if p.is_error)
    warnings = len(library.problems) - errors
    summary = (
        f"{len(library.guides)} guides, {len(library.directory)} directory records, {len(library.places)} places, "
        f"{len(library.glossary)} glossary terms, {len(library.sources)} sources: "
        f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}"
    )
    print(summary, file=sys.stderr)
    return 1 if errors else 0
