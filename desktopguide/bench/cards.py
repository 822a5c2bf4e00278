"""Time to print one card and a batch of every guide in every language (`desktopguide bench cards`).

`per_card_ms` is the median time to plan and write one full-page Letter card to a PDF (after
one warm-up card that loads fonts); `batch_s` is the time to write `batch_cards` cards (every
guide in every language it has a card in, repeated up to at least --batch-cards) into one PDF.
Targets: under 150 ms per card, 100 cards under 15 s.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

DEFAULT_BATCH_CARDS = 100


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--batch-cards",
        type=int,
        default=DEFAULT_BATCH_CARDS,
        metavar="N",
        help=f"repeat the guides and languages until the batch has at least N cards (default {DEFAULT_BATCH_CARDS})",
    )
    parser.add_argument(
        "--content", type=Path, default=argparse.SUPPRESS, help="a resources folder instead of the bundled content"
    )


def run(args: argparse.Namespace) -> dict[str, float | int]:
    from desktopguide.cards import CardSpec, plan_cards, write_plan_pdf
    from desktopguide.cards.qt import ensure_gui_app
    from desktopguide.core.content.loader import load_library

    library = load_library(getattr(args, "content", None))
    every = [
        CardSpec(guide_id, lang) for guide_id, guide in sorted(library.guides.items()) for lang in sorted(guide.texts)
    ]
    if not every:
        raise RuntimeError("the content has no guides to print")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "card.pdf"
        start = time.perf_counter()
        ensure_gui_app()
        write_plan_pdf(plan_cards(library, [every[0]]), out)
        first_ms = (time.perf_counter() - start) * 1000
        times = []
        for spec in every:
            start = time.perf_counter()
            write_plan_pdf(plan_cards(library, [spec]), out)
            times.append((time.perf_counter() - start) * 1000)
        batch = every * max(1, -(-max(1, args.batch_cards) // len(every)))
        start = time.perf_counter()
        plan = plan_cards(library, batch)
        write_plan_pdf(plan, out)
        batch_s = time.perf_counter() - start
    return {
        "per_card_ms": round(statistics.median(times), 1),
        "per_card_max_ms": round(max(times), 1),
        "first_card_ms": round(first_ms, 1),
        "distinct_cards": len(every),
        "batch_cards": len(batch),
        "batch_s": round(batch_s, 2),
    }
