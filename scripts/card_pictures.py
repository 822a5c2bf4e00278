"""The pictures of printed cards in docs/cards/, made from the code: each card is laid out by
the card renderer from the bundled content, written as a PDF, and turned into a 64 dpi PNG
with pdftoppm (poppler-utils). Run it after changing the card layout or the content:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/card_pictures.py [OUT_DIR]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

from PySide6.QtGui import QGuiApplication

from desktopguide.cards import CardSpec, plan_cards, write_plan_pdf
from desktopguide.core.content.loader import load_library

OUT = Path(__file__).resolve().parents[1] / "docs" / "cards"
DPI = 64


class Picture(NamedTuple):
    spec: CardSpec
    paper: str
    zip_code: str | None
    pages: tuple[str, ...]  # the PNG name of each page, in order


PICTURES = (
    Picture(CardSpec("agents-at-door", "es", "en"), "letter", "22314", ("card-es-en-letter",)),
    Picture(CardSpec("agents-at-door", "ar"), "letter", "22314", ("card-ar-letter",)),
    Picture(CardSpec("stopped-by-police", "zh", "en"), "a4", None, ("card-zh-en-a4",)),
    Picture(CardSpec("agents-at-door", "es"), "wallet", None, ("wallet-es-front", "wallet-es-back")),
)


def make_pictures(out: Path) -> list[Path]:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise SystemExit("pdftoppm is not installed (apt-get install poppler-utils).")
    library = load_library()
    out.mkdir(parents=True, exist_ok=True)
    made = []
    with tempfile.TemporaryDirectory() as scratch:
        for picture in PICTURES:
            pdf = write_plan_pdf(
                plan_cards(library, [picture.spec], picture.paper, picture.zip_code), Path(scratch) / "card.pdf"
            )
            for number, name in enumerate(picture.pages, start=1):
                stem = out / name
                command = [
                    pdftoppm,
                    "-png",
                    "-r",
                    str(DPI),
                    "-f",
                    str(number),
                    "-l",
                    str(number),
                    "-singlefile",
                    str(pdf),
                    str(stem),
                ]
                subprocess.run(command, check=True)
                made.append(stem.with_suffix(".png"))
    return made


def main() -> int:
    QGuiApplication(sys.argv[:1])  # the card renderer lays out text with Qt
    for path in make_pictures(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
