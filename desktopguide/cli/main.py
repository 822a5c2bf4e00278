"""`desktopguide` and `python -m desktopguide`: parse the command line and dispatch."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from desktopguide import __version__
from desktopguide.core.content.problems import ContentError
from desktopguide.core.storage import StorageError
from desktopguide.i18n import _

# Subcommand name -> module in desktopguide.cli offering register(subparsers) and
# run(args) -> exit code. Modules are imported only when a command is asked for, so
# opening the app does not pay for them.
SUBCOMMANDS = {
    "check": "check_command",
    "bench": "bench_command",
    "place": "place_command",
    "detained": "detained_command",
    "directory": "directory_command",
    "i18n": "i18n_command",
    "card": "card_command",
    "search": "search_command",
    "kiosk": "kiosk_command",
    "review": "review_command",
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


# The app's own options that take a value: the word after them is not a command.
_VALUE_OPTIONS = ("--lang", "--content")


def _first_positional(argv: Sequence[str]) -> str | None:
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word in _VALUE_OPTIONS:
            skip = True
        elif not word.startswith("-"):
            return word
    return None


def _undecodable(argv: Sequence[str]) -> str | None:
    """The first argument that is not text: bytes that are not UTF-8 arrive as lone surrogates."""
    for word in argv:
        try:
            word.encode("utf-8")
        except UnicodeEncodeError:
            return word.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return None


def say(sentence: str) -> None:
    """One sentence on stderr, whatever the terminal's encoding."""
    text = f"desktopguide: {sentence}"
    try:
        print(text, file=sys.stderr)
    except UnicodeEncodeError:
        print(text.encode("ascii", "backslashreplace").decode("ascii"), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    bad = _undecodable(argv)
    if bad is not None:
        say(
            _("the argument '{text}' is not valid text: type it again, or save the file name as UTF-8.").format(
                text=bad
            )
        )
        return 2
    # Only the app's own options: no command modules to import before the window opens. Any
    # other word needs them, so that an unknown command is answered with the list of commands.
    wants_command = _first_positional(argv) is not None or any(word in ("-h", "--help") for word in argv)
    parser = build_parser(with_commands=wants_command)
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from desktopguide.gui.app import run_app  # Qt only when the app opens

            return run_app(content=args.content, lang=args.lang, kiosk=args.kiosk)
        return int(args.run(args))
    except (ContentError, CommandError, StorageError) as exc:
        say(str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        # A file the command had to read or write; the specific cases are handled where they
        # happen, this is what is left.
        where = f"{exc.filename}: " if exc.filename else ""
        say(_("{where}{reason}; the command stopped.").format(where=where, reason=exc.strerror or type(exc).__name__))
        return 2
    except Exception as exc:
        say(
            _("an unexpected problem stopped the command ({name}); please report it to the maintainers.").format(
                name=type(exc).__name__
            )
        )
        return 2
