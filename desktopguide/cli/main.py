"""`desktopguide` and `python -m desktopguide`: parse the command line and dispatch."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from desktopguide import __version__
from desktopguide.core.problems import ContentError

# Subcommand name -> module in desktopguide.cli offering register(subparsers) and
# run(args) -> exit code. Modules are imported only when a command is asked for, so
# opening the app does not pay for them.
SUBCOMMANDS = {
    "check": "check_command",
    "bench": "bench_command",
    "place": "place_command",
    "directory": "directory_command",
    "i18n": "i18n_command",
    "card": "card_command",
    "search": "search_command",
    "kiosk": "kiosk_command",
    "pack": "pack_command",
    "data": "data_command",
}


class CommandError(Exception):
    """Bad input to a command: shown as one sentence on stderr with a non-zero exit."""


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktopguide",
        description="An offline, multilingual know-your-rights guide. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"desktopguide {__version__}")
    parser.add_argument("--lang", help="interface and content language code, e.g. es")
    parser.add_argument("--kiosk", action="store_true", help="run as a locked community-center kiosk")
    parser.add_argument("--content", type=Path, help="a resources folder to use instead of the bundled content")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    if with_commands:
        for module_name in SUBCOMMANDS.values():
            importlib.import_module(f"desktopguide.cli.{module_name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Only the app's own options: no command modules to import before the window opens.
    wants_command = any(word in SUBCOMMANDS or word in ("-h", "--help") for word in argv)
    parser = build_parser(with_commands=wants_command)
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from desktopguide.gui.app import run_app  # Qt only when the app opens

            return run_app(content=args.content, lang=args.lang, kiosk=args.kiosk)
        return int(args.run(args))
    except (ContentError, CommandError) as exc:
        print(f"desktopguide: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
