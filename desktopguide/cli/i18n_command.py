"""`desktopguide i18n extract|update|compile|stats`: the interface catalogs, through Babel."""

from __future__ import annotations

import argparse
import json


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


def run_extract(args: argparse.Namespace) -> int:
    from desktopguide.i18n.catalogs import extract, template_path, write_catalog

    catalog = extract()
    write_catalog(catalog, template_path())
    print(f"{template_path()}: {len(catalog)} strings")
    return 0


def run_update(args: argparse.Namespace) -> int:
    from desktopguide.core.loader import load_languages
    from desktopguide.i18n.catalogs import read_catalog, template_path, update

    template = read_catalog(template_path())
    for code, language in load_languages().items():
        if code == "en":
            continue
        catalog = update(template, code, language.locale)
        print(f"{code}: {len(catalog)} strings")
    return 0


def run_compile(args: argparse.Namespace) -> int:
    from desktopguide.core.loader import load_languages
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
    from desktopguide.core.coverage import CONTENT_KINDS, content_coverage
    from desktopguide.core.loader import load_library
    from desktopguide.i18n.catalogs import po_path, read_catalog, translated_count, translation_status

    library = load_library()
    coverage = content_coverage(library)
    report = {}
    for code, language in library.languages.items():
        path = po_path(code)
        if code == "en":
            ui = {"translated": None, "total": None, "status": "source"}
        elif path.exists():
            catalog = read_catalog(path, language.locale)
            done, total = translated_count(catalog)
            ui = {"translated": done, "total": total, "status": translation_status(catalog)}
        else:
            ui = {"translated": 0, "total": None, "status": "missing"}
        report[code] = {"name": language.english_name, "ui": ui, **coverage[code]}
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    print("Interface: strings translated/total and how. Content: reviewed/machine/out of date/missing.")
    print(f"{'lang':5} {'name':15} {'interface':>17}" + "".join(f" {kind:>10}" for kind in CONTENT_KINDS))
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
        print(f"{code:5} {row['name'][:15]:15} {ui_text:>17}" + "".join(f" {cell:>10}" for cell in cells))
    return 0
