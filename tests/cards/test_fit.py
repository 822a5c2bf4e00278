"""Always one page: long cards shrink down to the readable minimum, longer ones fail by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktopguide.cards import PAPERS, CardDoesNotFitError, CardSpec, plan_cards, write_cards_pdf
from desktopguide.cli.main import main
from desktopguide.core.content.loader import load_library
from tests.cards.pdf_reading import page_sizes

POINT = (
    "Keep the door closed and talk through it; ask the agents to slip any warrant under the door so you can read it."
)


def with_key_points(root: Path, count: int) -> Path:
    """The 'stopped' guide with `count` long key points on its card."""
    path = root / "guides/stopped/en.md"
    points = "".join(f"    - {POINT} ({n})\n" for n in range(count))
    text = path.read_text(encoding="utf-8").replace("    - You may remain silent.\n", points)
    path.write_text(text, encoding="utf-8")
    return path


def test_short_card_prints_at_the_largest_size(content: Path, qapp) -> None:
    plan = plan_cards(load_library(content), [CardSpec("stopped", "en")])
    assert plan.pages[0].body_pt == PAPERS["letter"].max_pt


def test_long_card_shrinks_its_type_but_stays_on_one_page(content: Path, tmp_path: Path, qapp) -> None:
    with_key_points(content, 25)
    out = tmp_path / "long.pdf"
    plan = write_cards_pdf(load_library(content), CardSpec("stopped", "en"), out)
    body_pt = plan.pages[0].body_pt
    assert PAPERS["letter"].min_pt <= body_pt < PAPERS["letter"].max_pt
    assert page_sizes(out) == [(612, 792)]


@pytest.mark.parametrize(
    ("paper", "where"), [("letter", "one Letter page"), ("a4", "one A4 page"), ("wallet", "one wallet card")]
)
def test_card_too_long_even_at_the_minimum_fails_naming_guide_language_and_paper(
    content: Path, tmp_path: Path, qapp, paper: str, where: str
) -> None:
    with_key_points(content, 12 if paper == "wallet" else 60)
    with pytest.raises(CardDoesNotFitError) as caught:
        write_cards_pdf(load_library(content), CardSpec("stopped", "en"), tmp_path / "x.pdf", paper=paper)
    message = str(caught.value)
    assert "'stopped'" in message and "'en'" in message and where in message
    assert f"{PAPERS[paper].min_pt:g} pt" in message
    assert not (tmp_path / "x.pdf").exists()


def test_check_reports_a_card_that_does_not_fit_at_its_card_line(
    content: Path, capsys: pytest.CaptureFixture[str], qapp
) -> None:
    path = with_key_points(content, 60)
    card_line = path.read_text(encoding="utf-8").splitlines().index("card:") + 1
    assert main(["check", "--content", str(content)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:{card_line}: error: the card for 'stopped' in 'en' does not fit on one Letter page" in out
    assert "one wallet card" in out


def test_check_passes_cards_that_print(content: Path, capsys: pytest.CaptureFixture[str], qapp) -> None:
    assert main(["check", "--content", str(content)]) == 0
    assert "does not fit" not in capsys.readouterr().out
