"""`desktopguide i18n extract|update|compile|stats`: the interface catalogs, through Babel."""

from __future__ import annotations

import argparse
import json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("i18n", help="extract, update, compile and count translations")
    actions = parser.add_subparsers(dest="i18n_action", metavar="ACTION", required=True)
    actions.add_parser("extract", help="write translations/desktopguide.pot from the marked strings").set_defaults(run=run_extract)
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
        path.with_suffix(".mo").write_bytes(compile_catalog(catalog))
    return 1 if failed else 0


def run_stats(args: argparse.Namespace) -> int:
    from desktopguide.core.coverage import content_coverage
    from desktopguide.core.loader import load_library
    from desktopguide.i18n.catalogs import po_path, read_catalog, translated_count

    library = load_library()
    coverage = content_coverage(library)
    report = {}
    for code, language in library.languages.items():
        path = po_path(code)
        if code == "en":
            ui = {"translated": "source", "total": None}
        elif path.exists():
            done, total = translated_count(read_catalog(path, language.locale))
            ui = {"translated": done, "total": total}
        else:
            ui = {"translated": 0, "total": None}
        report[code] = {"name": language.english_name, "ui": ui, **coverage[code]}
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    header = f"{'lang':5} {'name':16} {'UI':>9}  {'guides r/m/old/missing':>24}  {'cards':>6}  {'records r/m/old/missing':>24}"
    print(header)
    for code, row in report.items():
        ui = row["ui"]
        ui_text = "source" if ui["translated"] == "source" else f"{ui['translated']}/{ui['total'] or '-'}"
        g, r = row["guides"], row["records"]
        print(
            f"{code:5} {row['name'][:16]:16} {ui_text:>9}  "
            f"{g['reviewed']:>5}/{g['machine']}/{g['out_of_date']}/{g['missing']:<10}  {row['cards']:>6}  "
            f"{r['reviewed']:>5}/{r['machine']}/{r['out_of_date']}/{r['missing']}"
        )
    return 0
