"""`desktopguide place ZIP|COUNTY [--lang L] [--json]`: what the police, sheriff and state do
with immigration enforcement here, each fact with its source and date, and the nearest legal help."""

from __future__ import annotations

import argparse
import json
import textwrap

from babel.dates import format_date

from desktopguide.cli.directory_command import (
    add_content_and_language,
    command_error,
    load_for,
    locale_of,
    location_to_dict,
    result_lines,
)
from desktopguide.core.content.model import Library, Place
from desktopguide.core.directory.legal_help import full_index
from desktopguide.core.directory.query import result_to_dict
from desktopguide.core.places import geo
from desktopguide.core.places.lookup import (
    AGENCY_LABELS,
    ANSWER_LABELS,
    KIND_LABELS,
    TOPIC_LABELS,
    FactView,
    PlaceAnswer,
    fact_heading,
    facts_by_agency,
    lookup_place,
    nearest_help,
)
from desktopguide.core.places.national import (
    NationalPlace,
    Section,
    data_for,
    national_place,
    place_sections,
    place_to_dict,
)
from desktopguide.i18n import _, current_language, set_language

WIDTH = 88


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "place",
        help="what local police, the sheriff and the state do with ICE, and the nearest legal help",
        description="Show the place profiles for a ZIP code, a county ('Arlington County, VA') or a state, "
        "each fact with its source and date, and the nearest legal help.",
    )
    add_where_arguments(parser, "a ZIP code such as 22314, a county such as 'Arlington County, VA', or a state")
    parser.add_argument(
        "--limit", type=int, default=5, metavar="N", help="how many places to get legal help to list (default 5)"
    )
    parser.set_defaults(run=run)


def add_where_arguments(parser: argparse.ArgumentParser, where_help: str) -> None:
    """The place asked about, and the options every answer about a place takes (shared with `detained`)."""
    parser.add_argument("where", metavar="ZIP|COUNTY", help=where_help)
    parser.add_argument("--json", action="store_true", help="print the answer as one JSON document")
    add_content_and_language(parser)


def run(args: argparse.Namespace) -> int:
    previous = current_language()
    try:
        library, lang = load_for(args)
        if args.limit < 1:
            raise command_error("--limit must be 1 or more.")
        try:
            answer = lookup_place(library, args.where)
        except geo.PlaceQueryError as exc:
            raise command_error(str(exc)) from None
        help_results = nearest_help(library, answer.location, full_index(library), limit=args.limit)
        data = data_for(library.root)
        facts = national_place(data, answer.location) if data is not None else None
        if args.json:
            print(json.dumps(answer_to_dict(answer, library, lang, help_results, facts), ensure_ascii=False, indent=2))
        else:
            print("\n".join(answer_lines(answer, library, lang, help_results, facts)))
        return 0
    finally:
        set_language(previous)


# -- JSON -------------------------------------------------------------------------------------------------


def fact_to_dict(view: FactView, lang: str) -> dict[str, object]:
    fact = view.fact
    return {
        "topic": fact.topic,
        "topic_label": _(TOPIC_LABELS.get(fact.topic, fact.topic)),
        "agency": fact.agency,
        "agency_label": _(AGENCY_LABELS.get(fact.agency, fact.agency)),
        "answer": fact.answer,
        "answer_label": _(ANSWER_LABELS.get(fact.answer, fact.answer)),
        "heading": fact_heading(view),
        "is_claim": view.is_claim,
        "claim_by": fact.claim_by or None,
        "text": fact.text.get(lang),
        "text_language": lang if fact.text.has(lang) else "en",
        "as_of": fact.as_of.isoformat(),
        "sources": [
            {
                "id": s.id,
                "title": s.title,
                "publisher": s.publisher,
                "kind": s.kind,
                "date": s.date.isoformat() if s.date else None,
            }
            for s in view.sources
        ],
    }


def profile_to_dict(place: Place, answer: PlaceAnswer, library: Library, lang: str) -> dict[str, object]:
    return {
        "id": place.id,
        "name": place.name,
        "kind": place.kind,
        "state": place.state,
        "county": place.county or None,
        "summary": place.summary.get(lang),
        "verified": place.verified.isoformat(),
        "not_verified_for_over_12_months": answer.profile_is_stale(place),
        "unverified": list(place.unverified),
        "sources": list(place.sources),
        "facts": [fact_to_dict(view, lang) for _agency, views in facts_by_agency(library, place) for view in views],
    }


def answer_to_dict(
    answer: PlaceAnswer, library: Library, lang: str, help_results: list, facts: NationalPlace | None = None
) -> dict[str, object]:
    return {
        "location": location_to_dict(answer.location),
        "official_lists": place_to_dict(facts, locale_of(library, lang)) if facts is not None else None,
        "has_local_profile": answer.has_local_profile,
        "missing": answer.missing or None,
        "profiles": [profile_to_dict(p, answer, library, lang) for p in answer.profiles],
        "nearby_profiles": [{"id": p.id, "name": p.name, "kind": p.kind} for p in answer.nearby_profiles],
        "guides": [{"id": g.id, "title": g.text(lang).title, "summary": g.text(lang).summary} for g in answer.guides],
        "contacts": [r.id for r in answer.contacts],
        "nearest_help": [result_to_dict(r, lang) for r in help_results],
        "notice": _("General legal information, not legal advice."),
    }


# -- plain text ---------------------------------------------------------------------------------------------


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=indent) or [indent.rstrip()]


def section_lines(sections: list[Section], url_line: str = "") -> list[str]:
    """Facts of the official lists: a heading per section, each fact with its sentences, its address
    (in `url_line`, a sentence with {address}; left out without one) and its list and date. Shared
    with `detained`."""
    lines: list[str] = []
    for section in sections:
        lines += [section.title, "-" * min(WIDTH, len(section.title))]
        for item in section.items:
            lines += _wrap(item.title, "  ")
            for line in item.lines:
                if line:
                    lines += _wrap(line, "    ")
            if item.url and url_line:
                lines += _wrap(url_line.format(address=item.url), "    ")
            if item.source:
                lines += _wrap(item.source, "    ")
        lines.append("")
    return lines


def answer_lines(
    answer: PlaceAnswer, library: Library, lang: str, help_results: list, facts: NationalPlace | None = None
) -> list[str]:
    locale = locale_of(library, lang)

    def day(value) -> str:
        return format_date(value, format="long", locale=locale)

    lines = [_("What happens here: {place}").format(place=answer.location.label()), ""]
    if answer.missing:
        lines += _wrap(answer.missing, "")
        lines.append("")
    if facts is not None:
        lines += section_lines(place_sections(facts, locale), _("Agreement: {address}"))
    for place in answer.nearby_profiles:
        lines += _wrap(
            _(
                "{name} ({kind}) has a profile; it applies only inside the city. Ask about one of its ZIP codes to "
                "see it."
            ).format(name=place.name, kind=_(KIND_LABELS.get(place.kind, place.kind))),
            "",
        )
        lines.append("")
    for place in answer.profiles:
        heading = f"{place.name} ({_(KIND_LABELS.get(place.kind, place.kind))})"
        lines += [heading, "=" * len(heading)]
        lines += _wrap(place.summary.get(lang), "")
        checked = _("Profile written or last changed on {date}.").format(date=day(place.verified))
        if answer.profile_is_stale(place):
            checked += " " + _("Not changed for over 12 months: it may be out of date.")
        lines.append(checked)
        if place.unverified:
            lines += _wrap(_("Not confirmed by a source: {items}").format(items="; ".join(place.unverified)), "")
        for agency, views in facts_by_agency(library, place):
            lines += ["", _(AGENCY_LABELS.get(agency, agency))]
            for view in views:
                fact = view.fact
                lines += _wrap(fact_heading(view), "  ")
                lines += _wrap(fact.text.get(lang), "    ")
                lines += _wrap(view.source_line(day), "    ")
        lines.append("")
    if answer.guides:
        lines.append(_("Guides that apply everywhere:"))
        for guide in answer.guides:
            lines += _wrap(f"- {guide.text(lang).title} ({guide.id})", "  ")
        lines.append("")
    if answer.contacts:
        lines.append(_("Local contacts:"))
        for record in answer.contacts:
            phones = ", ".join(p.display for p in record.phones)
            lines += _wrap(f"- {record.name}" + (f": {phones}" if phones else ""), "  ")
        lines.append("")
    lines.append(_("Nearest legal help:"))
    if not help_results:
        lines.append("  " + _("The directory has no legal help for this place."))
    for result in help_results:
        lines += ["  " + line for line in result_lines(result, library, lang)]
    lines += ["", _("General legal information, not legal advice.")]
    return lines
