"""`desktopguide search QUERY [--lang L] [--kind K] [--limit N] [--json]`: search guides,
organizations, places and glossary terms in every language."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path

from desktopguide.core.content.loader import load_library
from desktopguide.core.search import KINDS, SearchResults
from desktopguide.core.search.results import SearchResult
from desktopguide.core.search.with_lists import LibrarySearch
from desktopguide.i18n import N_, _, current_language, set_language

MAX_LIMIT = 1000
WIDTH = 88
KIND_HEADINGS = {
    "guide": N_("Guides"),
    "org": N_("Organizations"),
    "place": N_("Places"),
    "term": N_("Glossary"),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "search",
        help="search guides, organizations, places and glossary terms in any language",
        description="Search everything at once, in any language, with or without accents, with typos. "
        "Results in the chosen language come first.",
    )
    parser.add_argument("query", metavar="QUERY", help="the words to look for")
    parser.add_argument("--lang", default=argparse.SUPPRESS, help="the reader's language, e.g. es (default en)")
    parser.add_argument("--kind", metavar="K", help=f"only one kind of record: {', '.join(KINDS)}")
    parser.add_argument(
        "--limit", default="20", metavar="N", help=f"how many results at most, 1 to {MAX_LIMIT} (default 20)"
    )
    parser.add_argument(
        "--near",
        metavar="ZIP",
        help="a question for a lawyer lists legal help near this ZIP code first "
        "(default: the home ZIP code kept in the settings, if any)",
    )
    parser.add_argument("--json", action="store_true", help="print the results as one JSON list")
    parser.add_argument(
        "--content", type=Path, default=argparse.SUPPRESS, help="a resources folder instead of the bundled content"
    )
    parser.set_defaults(run=run)


def _command_error(message: str) -> Exception:
    from desktopguide.cli.main import CommandError  # main imports this module, so not at the top

    return CommandError(message)


def run(args: argparse.Namespace) -> int:
    previous = current_language()
    try:
        return _search(args)
    finally:
        set_language(previous)


def _search(args: argparse.Namespace) -> int:
    kinds = _kinds(args.kind)
    limit = _limit(args.limit)
    library = load_library(getattr(args, "content", None))
    lang = getattr(args, "lang", None) or "en"
    if lang not in library.languages:
        raise _command_error(
            f"'{lang}' is not a language of this guide; choose one of: {', '.join(library.languages)}."
        )
    set_language(lang)
    near = _near(getattr(args, "near", None))
    index = LibrarySearch.for_library(library)  # the library's records and the official lists' ones
    try:
        results = index.search(args.query, lang, kinds=kinds, limit=limit, prefix_last=False, home_zip=near)
    finally:
        index.close()
    if args.json:
        if results.corrected_query:
            print(_("Showing results for “{query}”.").format(query=results.corrected_query), file=sys.stderr)
        print(json.dumps([r.to_json() for r in results], ensure_ascii=False, indent=2))
    else:
        _print_results(results, library.languages, bold=sys.stdout.isatty())
    return 0


def _near(value: str | None) -> str | None:
    """The ZIP code legal help is listed near: the one given, else the settings' home ZIP code."""
    from desktopguide.core.places.geo import PlaceQueryError, resolve_location

    if value is None:
        from desktopguide.core.kiosk.settings import home_zip

        return home_zip() or None  # as the app and the cards use it
    try:
        location = resolve_location(value)
    except PlaceQueryError as error:
        raise _command_error(str(error)) from None
    if not location.zip_code:
        raise _command_error(_("{text} is not a ZIP code: a ZIP code has five digits.").format(text=value.strip()))
    return location.zip_code


def _kinds(value: str | None) -> list[str] | None:
    if value is None:
        return None
    kinds = [k.strip() for k in value.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in KINDS]
    if unknown or not kinds:
        raise _command_error(f"'{value}' is not a kind of record; use one of: {', '.join(KINDS)}.")
    return kinds


def _limit(value: str) -> int:
    try:
        limit = int(value)
    except ValueError:
        limit = 0
    if not 1 <= limit <= MAX_LIMIT:
        raise _command_error(f"--limit must be a whole number from 1 to {MAX_LIMIT}, not '{value}'.")
    return limit


def _print_results(results: SearchResults, languages: dict, bold: bool) -> None:
    if results.corrected_query:
        print(_("Showing results for “{query}”.").format(query=results.corrected_query))
        print()
    if not results:
        print(_("No results."))
        return
    for kind, group in results.grouped():
        print(_(KIND_HEADINGS[kind]))
        for result in group:
            print("  " + _title_line(result, languages))
            snippet = _marked(result, bold)
            for line in textwrap.wrap(snippet, WIDTH - 4):
                print("    " + line)
        print()


def _title_line(result: SearchResult, languages: dict) -> str:
    line = f"{result.title}  [{result.kind}:{result.id}]"
    if result.other_language:
        language = languages.get(result.lang)
        line += f"  ({language.native_name if language else result.lang})"
    return line


def _marked(result: SearchResult, bold: bool) -> str:
    if not bold:
        return result.snippet
    # The HTML form has the matched words in <b>; a terminal shows them in bold.
    import html

    text = result.snippet_html.replace("<b>", "\x1b[1m").replace("</b>", "\x1b[0m")
    return html.unescape(text)
