"""`desktopguide detained ZIP|COUNTY [--lang L] [--json]`: someone was detained — how to find them
(ICE's Online Detainee Locator), the area's ICE field office, the nearest detention facilities and
free legal help on the immigration courts' pro bono lists."""

from __future__ import annotations

import argparse
import json

from desktopguide.cli.directory_command import command_error, load_for, locale_of, location_to_dict
from desktopguide.cli.place_command import add_where_arguments, section_lines
from desktopguide.core.places import geo
from desktopguide.core.places.detained import detained_answer, detained_sections, detained_to_dict
from desktopguide.core.places.national import data_for
from desktopguide.i18n import _, current_language, set_language


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "detained",
        help="someone was detained: how to find them, ICE's field office, nearby facilities and free legal help",
        description="For a ZIP code or county: how to search ICE's Online Detainee Locator, the ICE field office of "
        "the area, the nearest detention facilities and the immigration courts' pro bono legal help.",
    )
    add_where_arguments(parser, "a ZIP code such as 60601, or a county such as 'Cook County, IL'")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    previous = current_language()
    try:
        library, lang = load_for(args)
        try:
            location = geo.resolve_location(args.where)
        except geo.PlaceQueryError as exc:
            raise command_error(str(exc)) from None
        data = data_for(library.root)
        if data is None:
            raise command_error("The official lists could not be read: run 'desktopguide data status'.")
        answer = detained_answer(data, location)
        locale = locale_of(library, lang)
        if args.json:
            document = {
                "location": location_to_dict(location),
                **detained_to_dict(answer, locale),
                "notice": _("General legal information, not legal advice."),
            }
            print(json.dumps(document, ensure_ascii=False, indent=2))
            return 0
        lines = [_("Someone was detained: {place}").format(place=location.label()), ""]
        lines += section_lines(detained_sections(answer, locale))
        lines.append(_("General legal information, not legal advice."))
        print("\n".join(lines))
        return 0
    finally:
        set_language(previous)
