"""Time of `desktopguide check` by part (`desktopguide bench check`).

`load_s`: reading and validating the content; `gates_s`: the translation gates as `check` runs
them (an out-of-date translation is not compared with the new English);
`gates_every_text_s`: the gates with every translation compared, as once all are up to date;
`lingua_build_s`: building the language detector (its models load on first use, in `gates_s`);
`cards_s`: the card fit of every guide in every language and paper. CPU-bound, one run each.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--content", type=Path, default=argparse.SUPPRESS, help="a resources folder instead of the bundled content"
    )
    parser.add_argument("--no-cards", action="store_true", help="leave out the card fit (the slowest part)")


def run(args: argparse.Namespace) -> dict[str, float | int]:
    from desktopguide.core.content.loader import load_library
    from desktopguide.core.translation_gates import english, translation_problems

    start = time.perf_counter()
    library = load_library(getattr(args, "content", None))
    load_s = time.perf_counter() - start

    start = time.perf_counter()
    try:
        english._detector()
    except english.LinguaMissingError:
        pass
    lingua_s = time.perf_counter() - start

    start = time.perf_counter()
    problems = translation_problems(library)
    gates_s = time.perf_counter() - start

    for guide in library.guides.values():
        for lang, text in guide.texts.items():
            guide.texts[lang] = dataclasses.replace(
                text, translation=dataclasses.replace(text.translation, out_of_date=False)
            )
    start = time.perf_counter()
    translation_problems(library)
    every_s = time.perf_counter() - start

    figures: dict[str, float | int] = {
        "translations": sum(len(guide.texts) - 1 for guide in library.guides.values()),
        "load_s": round(load_s, 3),
        "lingua_build_s": round(lingua_s, 3),
        "gates_s": round(gates_s, 3),
        "gates_every_text_s": round(every_s, 3),
        "gate_problems": len(problems),
    }
    if not args.no_cards:
        from desktopguide.cards.check import card_problems

        library = load_library(getattr(args, "content", None))
        start = time.perf_counter()
        card_problems(library)
        figures["cards_s"] = round(time.perf_counter() - start, 3)
    return figures
