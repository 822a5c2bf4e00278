"""`desktopguide i18n extract|update|compile|stats`: the interface catalogs, through Babel."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("i18n", help="extract, update, compile and count translations")
    actions = parser.add_subparsers(dest="i18n_action", metavar="ACTION", required=True)
    actions.add_parser("extract", help="write translations/desktopguide.pot from the marked strings").set_defaults(
        run=run_extract
    )
    actions.add_parser("update", help="merge the template into every language's .po").set_defaults(run=run_update)
    compile_parser = actions.add_parser("compile", help="check every .po and write the .mo files")
    compile_parser.set_defaults(run=run_compile)
    stats = actions.add_parser("stats", help="per language: interface strings and content translated")
    stats.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    stats.set_defaults(run=run_stats)
    todo = actions.add_parser(
        "guide-todo", help="list the guides whose translation into LANG is missing, card-only or out of date"
    )
    todo.add_argument("lang", metavar="LANG", help="a language code of languages.yaml, e.g. ti")
    todo.add_argument("--content", type=Path, default=argparse.SUPPRESS, help="the resources folder to use")
    todo.set_defaults(run=run_guide_todo)
    stamp = actions.add_parser(
        "guide-stamp",
        help="write 'translation: status: machine, from_hash: <English hash>' into translated guide files",
    )
    stamp.add_argument("files", metavar="FILE", nargs="+", type=Path, help="guides/<id>/<lang>.md files")
    stamp.set_defaults(run=run_guide_stamp)
    check = actions.add_parser(
        "guide-check", help="run every check and translation gate on these guide files only; FILE:LINE problems"
    )
    check.add_argument("files", metavar="FILE", nargs="+", type=Path, help="guides/<id>/<lang>.md files")
    check.add_argument("--no-cards", action="store_true", help="skip the card fit check (the slow part)")
    check.set_defaults(run=run_guide_check)


def run_extract(args: argparse.Namespace) -> int:
    from desktopguide.i18n.catalogs import extract, template_path, write_catalog

    catalog = extract()
    write_catalog(catalog, template_path())
    print(f"{template_path()}: {len(catalog)} strings")
    return 0


def run_update(args: argparse.Namespace) -> int:
    from desktopguide.core.content.loader import load_languages
    from desktopguide.i18n.catalogs import read_catalog, template_path, update

    template = read_catalog(template_path())
    for code, language in load_languages().items():
        if code == "en":
            continue
        catalog = update(template, code, language.locale)
        print(f"{code}: {len(catalog)} strings")
    return 0


def run_compile(args: argparse.Namespace) -> int:
    from desktopguide.core.content.loader import load_languages
    from desktopguide.core.storage import atomic_write_bytes
    from desktopguide.i18n.catalogs import compile_catalog, po_path, problems, read_catalog

    failed = False
    for code, language in load_languages().items():
        path = po_path(code)
        if code == "en" or not path.exists():
            continue
        catalog = read_catalog(path, language.locale)
        for problem in problems(catalog):
            failed = True
            print(f"{path}: {problem.msgid!r}: {problem.message}")
        atomic_write_bytes(path.with_suffix(".mo"), compile_catalog(catalog))
    return 1 if failed else 0


def run_stats(args: argparse.Namespace) -> int:
    from desktopguide.core.content.coverage import CONTENT_KINDS, content_coverage
    from desktopguide.core.content.loader import load_library
    from desktopguide.i18n.catalogs import po_path, read_catalog, translated_count, translation_status

    library = load_library(getattr(args, "content", None))
    coverage = content_coverage(library)
    report: dict[str, dict[str, Any]] = {}
    for code, language in library.languages.items():
        path = po_path(code)
        ui: dict[str, Any]
        if code == "en":
            ui = {"translated": None, "total": None, "status": "source"}
        elif path.exists():
            catalog = read_catalog(path, language.locale)
            done, total = translated_count(catalog)
            ui = {"translated": done, "total": total, "status": translation_status(catalog)}
        else:
            ui = {"translated": 0, "total": None, "status": "missing"}
        guides = coverage[code]["guides"]
        # Complete: the full text of every guide, made from today's English (a card alone or
        # an out-of-date text is not).
        complete = guides["source"] + guides["reviewed"] + guides["machine"]
        report[code] = {"name": language.english_name, "ui": ui, **coverage[code], "guides_complete": complete}
    total = len(library.guides)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    print("Interface: strings translated/total and how. Content: reviewed/machine/out of date/missing.")
    print(
        f"{'lang':5} {'name':15} {'interface':>17}"
        + "".join(f" {kind:>10}" for kind in CONTENT_KINDS)
        + f" {'complete':>9}"
    )
    for code, row in report.items():
        ui = row["ui"]
        ui_text = "source" if ui["status"] == "source" else f"{ui['translated']}/{ui['total'] or '-'} {ui['status']}"
        cells = []
        for kind in CONTENT_KINDS:
            counts = row[kind]
            if code == "en":
                cells.append(f"{counts['source']}")
            else:
                cells.append(f"{counts['reviewed']}/{counts['machine']}/{counts['out_of_date']}/{counts['missing']}")
        complete_text = f"{row['guides_complete']}/{total}"
        print(
            f"{code:5} {row['name'][:15]:15} {ui_text:>17}"
            + "".join(f" {cell:>10}" for cell in cells)
            + f" {complete_text:>9}"
        )
    full = [code for code, row in report.items() if row["guides_complete"] == total]
    reviewed = sum(row["guides"]["reviewed"] for row in report.values())
    print()
    print(
        f"{len(full)} of {len(report)} languages with every guide ({total} guides, full text made from today's "
        "English)."
    )
    if reviewed == 0:
        print("Every translation is a machine translation: no person has reviewed one yet.")
    return 0


def run_guide_todo(args: argparse.Namespace) -> int:
    from desktopguide.cli.main import CommandError
    from desktopguide.core.content.loader import load_library
    from desktopguide.core.content.translation_files import guide_todo

    library = load_library(getattr(args, "content", None))
    if args.lang not in library.languages or args.lang == "en":
        codes = ", ".join(code for code in library.languages if code != "en")
        raise CommandError(f"'{args.lang}' is not a language to translate into; the codes are {codes}.")
    todo = guide_todo(library, args.lang)
    cwd = Path.cwd()
    for item in todo:
        print(f"{item.state:12} {_shown(item.path, cwd)}  (English hash {item.english_hash})")
    done = len(library.guides) - len(todo)
    print(f"{args.lang}: {done} of {len(library.guides)} guides complete, {len(todo)} to do", file=sys.stderr)
    if todo:
        print(
            "After translating a file: desktopguide i18n guide-stamp FILE, then desktopguide i18n guide-check FILE",
            file=sys.stderr,
        )
    return 0


def run_guide_stamp(args: argparse.Namespace) -> int:
    from desktopguide.core.content.problems import ContentError
    from desktopguide.core.content.translation_files import english_hash_for, stamp_translation
    from desktopguide.core.storage import atomic_write_text

    failed = False
    for path in args.files:
        try:
            if path.stem == "en":
                raise ContentError("en.md is the English source; only translations carry a from_hash")
            if not path.is_file():
                raise ContentError("no such file: copy en.md to it and translate it first")
            english_hash = english_hash_for(path)
            text = path.read_text(encoding="utf-8")
            stamped = stamp_translation(text, english_hash, dt.date.today())
        except (ContentError, OSError, UnicodeDecodeError) as exc:
            failed = True
            print(f"{path}: {getattr(exc, 'message', None) or exc}", file=sys.stderr)
            continue
        if stamped != text:
            atomic_write_text(path, stamped)
        print(f"{path}: status machine, from_hash {english_hash}")
    return 1 if failed else 0


def run_guide_check(args: argparse.Namespace) -> int:
    from desktopguide.cli.main import CommandError
    from desktopguide.core.content.loader import load_library
    from desktopguide.core.translation_gates import translation_problems

    paths = [path.resolve() for path in args.files]
    for path in paths:
        if not path.is_file() or path.suffix != ".md" or path.parent.parent.name != "guides":
            raise CommandError(f"{path} is not a guide file (resources/guides/<id>/<lang>.md).")
    roots = {path.parent.parent.parent for path in paths}
    if len(roots) != 1:
        raise CommandError("the files belong to different content folders; check one folder at a time.")
    library = load_library(roots.pop())
    wanted = {(path.parent.name, path.stem) for path in paths}
    problems = [p for p in library.problems if p.path.resolve() in paths]
    problems += translation_problems(library, only=wanted)
    if not args.no_cards:
        from desktopguide.cards.check import card_problems  # Qt only here

        problems += card_problems(library, only=wanted)
    cwd = Path.cwd()
    problems.sort(key=lambda p: (str(p.path), p.line))
    for problem in problems:
        print(problem.format(relative_to=cwd))
    errors = sum(1 for p in problems if p.is_error)
    print(f"{len(paths)} file(s): {errors} errors, {len(problems) - errors} warnings", file=sys.stderr)
    return 1 if errors else 0


def _shown(path: Path, cwd: Path) -> Path:
    try:
        return path.relative_to(cwd)
    except ValueError:
        return path
