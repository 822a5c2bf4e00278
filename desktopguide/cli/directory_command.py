"""`desktopguide directory`: find legal help by ZIP code or county, and import or export the
directory as Open Referral HSDS.

    desktopguide directory [--zip Z] [--county C] [--language L] [--service S] [--fees F]
                           [--accreditation A] [--within-km KM] [--limit N] [--json]
    desktopguide directory import FILE --out DIR [--source ID] [--service S] [--kind K] [--replace] [--json]
    desktopguide directory export [--format csv|json] -o OUT
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import sys
from pathlib import Path

from babel.dates import format_date

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from desktopguide.core.directory.hsds.export import FORMATS, write_export
from desktopguide.core.directory.hsds.importer import ImportDefaults, import_hsds
from desktopguide.core.directory.hsds.items import HsdsProblem
from desktopguide.core.directory.legal_help import full_index, listing_notes
from desktopguide.core.directory.query import (
    ACCREDITATION_LABELS,
    FEE_LABELS,
    KM_PER_MILE,
    SERVICE_LABELS,
    DirectoryFilter,
    DirectoryIndex,
    DirectoryResult,
    area_label,
    distance_phrase,
    result_to_dict,
    spoken_languages,
)
from desktopguide.core.directory.records import ACCREDITATIONS, FEES, KINDS, SERVICES
from desktopguide.core.directory.yaml_files import write_record
from desktopguide.core.places import geo
from desktopguide.i18n import _, current_language, set_language

NEAREST_BY_DEFAULT = 20


def command_error(message: str) -> Exception:
    from desktopguide.cli.main import CommandError  # main imports this module, so not at the top

    return CommandError(message)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "directory",
        help="find legal help by ZIP code or county; import or export the directory as HSDS",
        description="Find legal help that serves a ZIP code or county, nearest first when a ZIP code is given.",
    )
    parser.add_argument(
        "--zip", dest="zip_code", metavar="ZIP", help="a five-digit ZIP code: help that serves it, nearest first"
    )
    parser.add_argument(
        "--county", metavar="COUNTY", help="a county and state, such as 'Arlington County, VA', or a state"
    )
    parser.add_argument("--language", metavar="L", help="a language spoken there, e.g. es (several: es,ar)")
    parser.add_argument("--service", metavar="S", help=f"a service, one of: {', '.join(SERVICES)} (several: a,b)")
    parser.add_argument(
        "--fees", metavar="F", help=f"the cost, one of: {', '.join(FEES)} (several: free,sliding-scale)"
    )
    parser.add_argument("--accreditation", metavar="A", help=f"one of: {', '.join(ACCREDITATIONS)}")
    parser.add_argument("--kind", metavar="K", help=f"one of: {', '.join(KINDS)}")
    parser.add_argument(
        "--within-km", type=float, metavar="KM", help="with --zip: only help within this many kilometres"
    )
    parser.add_argument("--within-miles", type=float, metavar="MI", help="with --zip: only help within this many miles")
    parser.add_argument(
        "--court", metavar="COURT", help="on this immigration court's pro bono list, e.g. 'Chicago Immigration Court'"
    )
    parser.add_argument("--limit", type=int, metavar="N", help="show at most N results")
    parser.add_argument("--json", action="store_true", help="print the results as one JSON document")
    add_content_and_language(parser)
    parser.set_defaults(run=run)

    actions = parser.add_subparsers(dest="directory_action", metavar="import|export")
    importer = actions.add_parser(
        "import",
        help="read an HSDS CSV data package or JSON file into directory record files",
        description="Read an Open Referral HSDS CSV data package (folder, .zip or services.csv) or JSON file and "
        "write one directory/<id>.yaml per good record. Bad rows are reported by file, row and column.",
    )
    importer.add_argument("file", type=_path, metavar="FILE")
    importer.add_argument(
        "--out", type=_path, required=True, metavar="DIR", help="the directory/ folder to write the records to"
    )
    importer.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="ID",
        help="a source id from sources.yaml for rows that name none",
    )
    importer.add_argument(
        "--service",
        dest="default_service",
        action="append",
        default=[],
        metavar="S",
        help="a service category for rows that give none",
    )
    importer.add_argument(
        "--kind",
        dest="default_kind",
        default="organization",
        metavar="K",
        help="organization or public-office for rows that give none",
    )
    importer.add_argument("--replace", action="store_true", help="overwrite record files that already exist")
    importer.add_argument("--json", dest="import_json", action="store_true", help="report as one JSON document")
    add_content_and_language(importer)
    importer.set_defaults(run=run_import)

    exporter = actions.add_parser(
        "export",
        help="write the directory as an HSDS CSV data package or JSON",
        description="Write the directory as Open Referral HSDS 3.0: a CSV data package (a folder, or a .zip) or JSON.",
    )
    exporter.add_argument("--format", choices=FORMATS, help="csv (the default) or json; a .json OUT means json")
    exporter.add_argument("-o", "--output", type=_path, required=True, metavar="OUT")
    add_content_and_language(exporter)
    exporter.set_defaults(run=run_export)


def _path(text: str) -> Path:
    # Path("") is the current folder: an empty -o would write there without being asked to.
    if not text.strip():
        raise argparse.ArgumentTypeError(_("give a file or folder name, not an empty one"))
    return Path(text)


# -- shared with `place` and `detained` -------------------------------------------------------------


def add_content_and_language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--content", type=Path, default=argparse.SUPPRESS, help="a resources folder instead of the bundled content"
    )
    parser.add_argument("--lang", default=argparse.SUPPRESS, help="the language to show text in, e.g. es")


def load_for(args: argparse.Namespace) -> tuple[Library, str]:
    """The library and the reader's language, checked; switches the interface language."""
    library = load_library(getattr(args, "content", None))
    lang = getattr(args, "lang", None) or "en"
    if lang not in library.languages:
        raise command_error(f"'{lang}' is not a language of this guide; choose one of: {', '.join(library.languages)}.")
    set_language(lang)
    return library, lang


def locale_of(library: Library, lang: str) -> str:
    language = library.languages.get(lang)
    return (language.locale if language and language.locale else None) or "en"


def language_names(library: Library, codes: list[str]) -> str:
    return ", ".join(library.languages[c].native_name if c in library.languages else c for c in codes)


def result_lines(result: DirectoryResult, library: Library, lang: str) -> list[str]:
    """A result as a few indented lines of plain text."""
    record = result.record
    locale = locale_of(library, lang)
    lines = [record.name + (f" ({record.alternate_name})" if record.alternate_name else "")]
    distance = distance_phrase(result, locale)
    if distance:
        lines.append("  " + distance)
    for phone in record.phones:
        label = f" ({phone.description})" if phone.description else ""
        lines.append("  " + _("Phone: {number}").format(number=phone.display) + label)
    if record.services:
        lines.append(
            "  " + _("Services: {list}").format(list=", ".join(_(SERVICE_LABELS.get(s, s)) for s in record.services))
        )
    spoken = spoken_languages(record)
    if spoken:
        lines.append("  " + _("Languages: {list}").format(list=language_names(library, spoken)))
    if record.fees:
        lines.append("  " + _("Cost: {fees}").format(fees=_(FEE_LABELS.get(record.fees, record.fees))))
    if record.accreditations:
        names = ", ".join(_(ACCREDITATION_LABELS.get(a, a)) for a in record.accreditations)
        lines.append("  " + _("Accreditation: {list}").format(list=names))
    if record.url:
        lines.append("  " + _("Website: {url}").format(url=record.url))
    address = record.physical_address
    if address is not None and record.listing is not None:
        street = ", ".join(
            p for p in (address.address_1, address.city, f"{address.state_province} {address.postal_code}".strip()) if p
        )
        lines.append("  " + _("Address: {address}").format(address=street))
    if record.listing is not None:
        lines += ["  " + note for note in listing_notes(record.listing, locale)]
    if record.service_area:
        lines.append("  " + _("Serves: {areas}").format(areas="; ".join(area_label(a) for a in record.service_area)))
    verified = _("Details as of: {date}").format(date=format_date(record.verified, format="long", locale=locale))
    if result.stale:
        verified += " " + _("(details over 12 months old)")
    lines.append("  " + verified)
    if record.unverified:
        lines.append("  " + _("Not confirmed by a source: {fields}").format(fields=", ".join(record.unverified)))
    return lines


# -- the query ----------------------------------------------------------------------------------------


def _values(text: str | None, allowed: list[str] | tuple[str, ...], what: str) -> frozenset[str]:
    if text is None:
        return frozenset()
    values = [v.strip() for v in text.split(",") if v.strip()]
    if not values:
        raise command_error(f"Give {what}: one of {', '.join(allowed)}.")
    for value in values:
        if value not in allowed:
            raise command_error(f"'{value}' is not {what}; choose one of: {', '.join(allowed)}.")
    return frozenset(values)


def _languages(text: str | None, library: Library) -> frozenset[str]:
    if text is None:
        return frozenset()
    names = {c.casefold(): c for c in library.languages}
    for code, language in library.languages.items():
        names.setdefault(language.english_name.casefold(), code)
        names.setdefault(language.native_name.casefold(), code)
    found = set()
    for value in (v.strip() for v in text.split(",")):
        if value.casefold() not in names:
            raise command_error(
                f"'{value}' is not a language of this guide; choose one of: {', '.join(library.languages)}."
            )
        found.add(names[value.casefold()])
    return frozenset(found)


def where_from(args: argparse.Namespace) -> geo.Location | None:
    """The place asked about, from --zip or --county; a bad one is a CommandError sentence."""
    try:
        if args.zip_code is not None:
            text = args.zip_code.strip()
            if text and not geo.ZIP_LIKE.match(text):
                raise geo.PlaceQueryError(_("{text} is not a ZIP code: a ZIP code has five digits.").format(text=text))
            return geo.resolve_location(text)
        if args.county is not None:
            return geo.resolve_location(args.county)
    except geo.PlaceQueryError as exc:
        raise command_error(str(exc)) from None
    return None


def run(args: argparse.Namespace) -> int:
    previous = current_language()
    try:
        library, lang = load_for(args)
        near = where_from(args)
        if args.within_km is not None and (
            near is None or not near.zip_code or not math.isfinite(args.within_km) or args.within_km < 0
        ):
            raise command_error("--within-km needs --zip and a distance of 0 or more kilometres.")
        if args.within_miles is not None and (
            near is None or not near.zip_code or not math.isfinite(args.within_miles) or args.within_miles < 0
        ):
            raise command_error("--within-miles needs --zip and a distance of 0 or more miles.")
        within_km = args.within_km if args.within_miles is None else args.within_miles * KM_PER_MILE
        if args.limit is not None and args.limit < 1:
            raise command_error("--limit must be 1 or more.")
        wanted = DirectoryFilter(
            near=near,
            max_distance_km=within_km,
            services=_values(args.service, SERVICES, "a service"),
            languages=_languages(args.language, library),
            fees=_values(args.fees, FEES, "a cost"),
            accreditations=_values(
                args.accreditation, (*ACCREDITATIONS, "fully-accredited-representative"), "an accreditation"
            ),
            kinds=_values(args.kind, KINDS, "a kind"),
            courts=frozenset({" ".join(args.court.split())}) if args.court else frozenset(),
        )
        # The official lists are read only when a place or a court is asked.
        index = (
            full_index(library) if near is not None or args.court else DirectoryIndex.build(library.directory.values())
        )
        if (
            args.court
            and wanted.courts
            and not any(r.listing and args.court.strip() in r.listing.courts for r in index.records)
        ):
            courts = sorted({c for r in index.records if r.listing for c in r.listing.courts})
            raise command_error(
                f"No pro bono list of a court called '{args.court.strip()}'; courts: {', '.join(courts)}."
            )
        limit = args.limit
        if limit is None and near is not None and near.has_coordinates and within_km is None:
            limit = NEAREST_BY_DEFAULT  # the nearest; not every office in the country
        results = index.query(wanted, limit=limit)
        if args.json:
            document = {
                "where": None if near is None else location_to_dict(near),
                "count": len(results),
                "results": [result_to_dict(r, lang) for r in results],
            }
            print(json.dumps(document, ensure_ascii=False, indent=2))
            return 0
        if near is not None:
            print(_("Help that serves {place}:").format(place=near.label()))
            print()
        for result in results:
            print("\n".join(result_lines(result, library, lang)))
            print()
        if not results:
            print(_("Nothing in the directory matches. Try fewer filters."))
        print(_("General legal information, not legal advice."))
        return 0
    finally:
        set_language(previous)


def location_to_dict(location: geo.Location) -> dict[str, object]:
    return {
        "label": location.label(),
        "zip_code": location.zip_code or None,
        "city": location.city or None,
        "county": location.county or None,
        "state": location.state,
        "state_name": geo.state_name(location.state),
        "latitude": location.latitude,
        "longitude": location.longitude,
    }


# -- import and export -----------------------------------------------------------------------------------


def run_import(args: argparse.Namespace) -> int:
    library = load_library(getattr(args, "content", None))
    if args.default_kind not in KINDS:
        raise command_error(f"'{args.default_kind}' is not a kind; choose one of: {', '.join(KINDS)}.")
    for service in args.default_service:
        if service not in SERVICES:
            raise command_error(f"'{service}' is not a service; choose one of: {', '.join(SERVICES)}.")
    if os.path.lexists(args.out) and not os.path.isdir(args.out):  # os.path: a too-long name is "no", not an error
        raise command_error(f"{args.out} is a file, not a folder to write records to.")
    defaults = ImportDefaults(tuple(args.default_service), tuple(args.source), args.default_kind)
    result = import_hsds(args.file, library.languages, defaults, dt.date.today())
    problems = list(result.problems)
    if not result.records and not problems:
        problems.append(
            HsdsProblem(str(args.file), "the file holds no directory records (is it empty, or only a header row?)")
        )
    written: list[Path] = []
    for record in result.records:
        target = args.out / f"{record.id}.yaml"
        if target.exists() and not args.replace:
            problems.append(HsdsProblem(str(target), "the file already exists; it was not overwritten (use --replace)"))
            continue
        written.append(write_record(record, args.out))
    if args.import_json:
        print(
            json.dumps(
                {
                    "written": [str(p) for p in written],
                    "problems": [
                        {
                            "file": p.file,
                            "row": p.row,
                            "path": p.path or None,
                            "column": p.column or None,
                            "message": p.message,
                        }
                        for p in problems
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for problem in problems:
            print(problem.format())
    print(
        f"{len(written)} record{'s' if len(written) != 1 else ''} written to {args.out}, "
        f"{len(problems)} problem{'s' if len(problems) != 1 else ''}. "
        "Make sure sources.yaml lists every source the records cite, then run 'desktopguide check'.",
        file=sys.stderr,
    )
    return 1 if problems else 0


def run_export(args: argparse.Namespace) -> int:
    library = load_library(getattr(args, "content", None))
    fmt = args.format or ("json" if args.output.suffix.lower() == ".json" else "csv")
    if os.path.isdir(args.output) and fmt == "json":
        raise command_error(f"{args.output} is a folder; give a file name for the JSON, such as directory.json.")
    written = write_export(library.directory.values(), library.languages, fmt, args.output)
    count = len(library.directory)
    print(
        f"{count} record{'s' if count != 1 else ''} exported as HSDS {fmt.upper()} to {args.output} ({len(written)} "
        f"file{'s' if len(written) != 1 else ''}).",
        file=sys.stderr,
    )
    return 0
