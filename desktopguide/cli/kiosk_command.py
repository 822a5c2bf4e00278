"""`desktopguide kiosk set-pin|config`: the staff PIN and the kiosk's settings file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "kiosk",
        help="set the kiosk's staff PIN, idle time and print limit",
        description="Set up a community-center kiosk: the staff PIN that unlocks it, and its settings.",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config",
        type=Path,
        default=None,
        help="the kiosk settings file (default: the user config folder's kiosk.json)",
    )
    actions = parser.add_subparsers(dest="kiosk_action", metavar="ACTION", required=True)
    set_pin = actions.add_parser(
        "set-pin",
        parents=[common],
        help="set the staff PIN (4 to 12 digits, 6 recommended)",
        description="Set the staff PIN that unlocks the kiosk. It is stored only as a salted scrypt hash.",
    )
    set_pin.add_argument("--pin-stdin", action="store_true", help="read the PIN from the first line of standard input")
    set_pin.set_defaults(run=run_set_pin)
    config = actions.add_parser(
        "config",
        parents=[common],
        help="change or show the idle time, print limit and start-up mode",
        description="Change the kiosk's settings; with no option (or --show), show them.",
    )
    config.add_argument(
        "--idle-seconds", type=int, metavar="N", help="seconds with no touch before 'Are you still there?'"
    )
    config.add_argument("--print-limit", type=int, metavar="N", help="pages each visitor may print (0: no printing)")
    config.add_argument(
        "--start-in-kiosk-mode", choices=("yes", "no"), help="whether plain 'desktopguide' starts as a locked kiosk"
    )
    config.add_argument(
        "--home-zip", metavar="ZIP", help="cards printed without a ZIP code list legal help near this one ('' for none)"
    )
    config.add_argument("--show", action="store_true", help="print the settings after any change")
    config.set_defaults(run=run_config)


def _load(path: Path):
    from desktopguide.cli.main import CommandError
    from desktopguide.core.kiosk.settings import KioskSettingsError, load_settings

    try:
        return load_settings(path)
    except KioskSettingsError as error:
        raise CommandError(f"{error} Fix or delete it, then try again.") from error


def _save(settings, path: Path) -> None:
    from desktopguide.cli.main import CommandError
    from desktopguide.core.kiosk.settings import KioskSettingsError, save_settings

    try:
        save_settings(settings, path)
    except KioskSettingsError as error:
        raise CommandError(str(error)) from error


def _read_pin(from_stdin: bool) -> str:
    from desktopguide.cli.main import CommandError

    if from_stdin:
        return sys.stdin.readline().strip()
    if not sys.stdin.isatty():
        raise CommandError("there is no terminal to ask for the PIN on; pass it on standard input with --pin-stdin.")
    import getpass

    first = getpass.getpass("New staff PIN (digits): ")
    if getpass.getpass("The same PIN again: ") != first:
        raise CommandError("the two PINs are not the same; nothing was changed.")
    return first


def run_set_pin(args: argparse.Namespace) -> int:
    from desktopguide.cli.main import CommandError
    from desktopguide.core.kiosk.pin import RECOMMENDED_PIN_DIGITS, PinError, hash_pin
    from desktopguide.core.kiosk.settings import settings_path

    path = settings_path(args.config)
    settings = _load(path)
    pin = _read_pin(args.pin_stdin)
    try:
        settings.pin = hash_pin(pin)
    except PinError as error:
        raise CommandError(str(error)) from error
    _save(settings, path)
    note = (
        "" if len(pin) >= RECOMMENDED_PIN_DIGITS else f" (a PIN of {RECOMMENDED_PIN_DIGITS} digits is harder to guess)"
    )
    print(f"{path}: staff PIN set{note}; a running kiosk uses it from the next unlock.")
    return 0


def run_config(args: argparse.Namespace) -> int:
    from desktopguide.cli.main import CommandError
    from desktopguide.core.kiosk.settings import (
        KioskSettingsError,
        check_home_zip,
        check_idle_seconds,
        check_print_limit,
        settings_path,
    )

    path = settings_path(args.config)
    settings = _load(path)
    changes = (args.idle_seconds, args.print_limit, args.start_in_kiosk_mode, args.home_zip)
    try:
        if args.idle_seconds is not None:
            settings.idle_seconds = check_idle_seconds(args.idle_seconds)
        if args.print_limit is not None:
            settings.print_limit = check_print_limit(args.print_limit)
        if args.home_zip is not None:
            settings.home_zip = check_home_zip(args.home_zip)
    except KioskSettingsError as error:
        raise CommandError(str(error)) from error
    if args.start_in_kiosk_mode is not None:
        settings.start_in_kiosk_mode = args.start_in_kiosk_mode == "yes"
    if any(change is not None for change in changes):
        _save(settings, path)
        print(f"{path}: saved; a running kiosk uses the new settings when it next starts.")
    if args.show or all(change is None for change in changes):
        print(f"settings file:       {path}{'' if path.exists() else ' (not written yet: defaults)'}")
        print(f"staff PIN:           {'set' if settings.has_pin else 'NOT SET: run desktopguide kiosk set-pin'}")
        print(f"idle seconds:        {settings.idle_seconds}")
        print(f"print limit (pages): {settings.print_limit}")
        print(f"start in kiosk mode: {'yes' if settings.start_in_kiosk_mode else 'no'}")
        print(f"home ZIP for cards:  {settings.home_zip or 'none: cards without a ZIP list national help lines'}")
    return 0
