"""`desktopguide card`: print one-page cards to a PDF.

    desktopguide card GUIDE_ID --lang L [--pair en] [--paper PAPER] [--zip ZIP] [--copies N] -o OUT.pdf
    desktopguide card --batch GUIDE_ID[,GUIDE_ID...]|all --langs L[,L...]|all [...] -o OUT.pdf
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktopguide.core.content.model import Library
from desktopguide.core.papers import DEFAULT_PAPER, PAPER_IDS


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "card",
        help="print a guide's one-page card (full page, bilingual or wallet size) to a PDF",
        description="Print one-page cards to a PDF: one guide in one language, or a batch of guides and "
        "languages in one file. Every card fits on one page or the command fails saying which does not.",
    )
    parser.add_argument("guide", nargs="?", metavar="GUIDE_ID", help="the guide to print, e.g. agents-at-door")
    parser.add_argument("--lang", default=argparse.SUPPRESS, help="the person's language, e.g. es")
    parser.add_argument(
        "--pair", metavar="L",
        help="print this language (usually en) beside the person's; on wallet cards it is the back (default en)",
    )
    parser.add_argument(
        "--paper",
        default=DEFAULT_PAPER,
        help=f"{', '.join(PAPER_IDS)} (default {DEFAULT_PAPER}); wallet and wallet-a4 are sheets of wallet cards",
    )
    parser.add_argument("--zip", dest="zip_code", metavar="ZIP", help="add legal help near this ZIP code")
    parser.add_argument(
        "--copies",
        metavar="N",
        help="copies of each card: pages on Letter or A4, cards on wallet sheets "
        "(default: one page, or a full sheet for a single wallet card)",
    )
    parser.add_argument("--batch", metavar="GUIDES", help="comma-separated guide ids, or 'all'")
    parser.add_argument("--langs", metavar="LANGS", help="with --batch: comma-separated language codes, or 'all'")
    parser.add_argument("-o", "--output", type=Path, metavar="OUT.pdf", help="the PDF file to write")
    parser.add_argument(
        "--content", type=Path, default=argparse.SUPPRESS, help="a resources folder instead of the bundled content"
    )
    parser.set_defaults(run=run)


def _command_error(message: str) -> Exception:
    from desktopguide.cli.main import CommandError

    return CommandError(message)


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _copies(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        raise _command_error(f"--copies must be a whole number, not '{text}'.") from None


def _batch_specs(library: Library, args: argparse.Namespace) -> list:
    from desktopguide.cards import CardSpec

    if args.guide:
        raise _command_error("give either a GUIDE_ID or --batch, not both.")
    guide_ids = sorted(library.guides) if args.batch.strip() == "all" else _split(args.batch)
    for guide_id in guide_ids:
        if guide_id not in library.guides:
            raise _command_error(f"there is no guide '{guide_id}'; the guides are {', '.join(sorted(library.guides))}.")
    langs_text = args.langs or getattr(args, "lang", None)
    if not langs_text:
        raise _command_error("say which languages to print with --langs es,ar or --langs all.")
    wanted = None if langs_text.strip() == "all" else _split(langs_text)
    for lang in wanted or []:
        if lang not in library.languages:
            raise _command_error(f"there is no language '{lang}'; choose from {', '.join(library.languages)}.")
    specs = []
    for guide_id in guide_ids:
        available = library.guides[guide_id].texts
        for lang in wanted if wanted is not None else sorted(available):
            if lang in available:
                specs.append(CardSpec(guide_id, lang, args.pair))
            else:
                print(f"desktopguide: skipped '{guide_id}': it has no card in '{lang}' yet", file=sys.stderr)
    if not specs:
        raise _command_error("none of these guides has a card in these languages.")
    return specs


def run(args: argparse.Namespace) -> int:
    from desktopguide.cards import CardSpec, paper_named, plan_cards, write_plan_pdf  # Qt only when printing
    from desktopguide.core.content.loader import load_library

    if args.output is None:
        raise _command_error("say where to write the PDF with -o OUT.pdf.")
    paper = paper_named(args.paper)
    copies = _copies(args.copies)
    library = load_library(getattr(args, "content", None))
    if args.batch:
        specs = _batch_specs(library, args)
    else:
        if not args.guide:
            raise _command_error("name the guide to print (e.g. agents-at-door), or use --batch.")
        lang = getattr(args, "lang", None)
        if not lang:
            raise _command_error("say which language to print with --lang, e.g. --lang es.")
        specs = [CardSpec(args.guide, lang, args.pair)]
    plan = plan_cards(library, specs, paper, args.zip_code, copies)
    write_plan_pdf(plan, args.output)
    pages = plan.page_count
    cards = f"{len(specs)} card{'s' if len(specs) != 1 else ''}"
    print(f"{args.output}: {cards}, {pages} page{'s' if pages != 1 else ''} ({paper.name})")
    return 0
