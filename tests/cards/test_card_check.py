"""Gate (d) of issue 21: a translated card that does not fit one page is named by its file and
`card:` line, by `check` and by a translator's `i18n guide-check` of that one file."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktopguide.cards.check import card_problems
from desktopguide.cli.main import main
from desktopguide.core.content.loader import load_library

POINT = "Mantenga la puerta cerrada y hable a través de ella; pida a los agentes que pasen cualquier orden por debajo."


def with_long_spanish_card(content: Path) -> tuple[Path, int]:
    path = content / "guides/agents-at-door/es.md"
    points = "".join(f"    - {POINT} ({n})\n" for n in range(60))
    text = path.read_text(encoding="utf-8").replace("    - Hable a través de la puerta cerrada.\n", points)
    path.write_text(text, encoding="utf-8")
    return path, text.splitlines().index("card:") + 1


def test_check_reports_a_translated_card_that_does_not_fit_at_its_card_line(
    content: Path, capsys: pytest.CaptureFixture[str], qapp
) -> None:
    path, card_line = with_long_spanish_card(content)
    assert main(["check", "--content", str(content)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:{card_line}: error: the card for 'agents-at-door' in 'es' does not fit on one Letter page" in out


def test_guide_check_of_one_file_runs_the_card_fit_of_that_file_only(
    content: Path, capsys: pytest.CaptureFixture[str], qapp
) -> None:
    path, card_line = with_long_spanish_card(content)
    assert main(["i18n", "guide-check", str(path)]) == 1
    assert f"{path}:{card_line}: error: the card for 'agents-at-door' in 'es' does not fit" in capsys.readouterr().out
    library = load_library(content)
    assert card_problems(library, only={("stopped", "en")}) == []
