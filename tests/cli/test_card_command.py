"""`desktopguide card`: one card or a batch to a PDF; bad input is one sentence and a non-zero exit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktopguide.cli.main import main
from tests.cards.pdf_reading import contains_text, page_sizes, page_text
from tests.cards.scripts import TEXTS, add_script_guides


@pytest.fixture
def cards_content(content: Path) -> Path:
    return add_script_guides(content)


def test_card_command_writes_a_one_page_pdf(
    cards_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp
) -> None:
    out = tmp_path / "card.pdf"
    code = main(
        ["card", "agents-at-door", "--lang", "ar", "--pair", "en", "--content", str(cards_content), "-o", str(out)]
    )
    assert code == 0
    assert page_sizes(out) == [(612, 792)]
    assert contains_text(page_text(out), TEXTS["ar"][0]) and contains_text(page_text(out), "Do not open the door")
    assert f"{out}: 1 card, 1 page" in capsys.readouterr().out


def test_card_command_prints_wallet_sheets_with_copies(cards_content: Path, tmp_path: Path, qapp) -> None:
    out = tmp_path / "wallet.pdf"
    args = [
        "card",
        "agents-at-door",
        "--lang",
        "es",
        "--paper",
        "wallet",
        "--copies",
        "10",
        "--content",
        str(cards_content),
    ]
    assert main([*args, "-o", str(out)]) == 0
    assert len(page_sizes(out)) == 4  # 10 cards: two sheets, each printed on both sides


def test_batch_prints_guides_times_languages_into_one_pdf(
    cards_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp
) -> None:
    out = tmp_path / "batch.pdf"
    args = [
        "card",
        "--batch",
        "all",
        "--langs",
        "es,zh",
        "--paper",
        "a4",
        "--content",
        str(cards_content),
        "-o",
        str(out),
    ]
    assert main(args) == 0
    assert page_sizes(out) == [(595, 842)] * 2  # the door guide in es and zh; 'stopped' has neither
    captured = capsys.readouterr()
    assert "skipped 'stopped': it has no card in 'es' yet" in captured.err


def test_batch_of_all_languages_prints_each_guides_cards(cards_content: Path, tmp_path: Path, qapp) -> None:
    out = tmp_path / "batch.pdf"
    args = [
        "card",
        "--batch",
        "agents-at-door,stopped",
        "--langs",
        "all",
        "--content",
        str(cards_content),
        "-o",
        str(out),
    ]
    assert main(args) == 0
    assert len(page_sizes(out)) == 6  # the door guide in en, es, ar, zh, am; 'stopped' in en


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktopguide", *args], capture_output=True, text=True)


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["no-such-guide", "--lang", "es"], "there is no guide 'no-such-guide'"),
        (["agents-at-door", "--lang", "xx"], "there is no language 'xx'"),
        (
            ["agents-at-door", "--lang", "es", "--paper", "legal"],
            "there is no paper 'legal'; choose one of letter, a4, wallet",
        ),
        (["agents-at-door", "--lang", "es", "--zip", "2231"], "'2231' is not a U.S. ZIP code"),
        (["agents-at-door", "--lang", "es", "--copies", "many"], "--copies must be a whole number"),
        (["agents-at-door"], "say which language to print with --lang"),
        (["--batch", "all", "--langs", "xx"], "there is no language 'xx'"),
    ],
)
def test_bad_input_is_one_sentence_and_a_non_zero_exit(
    cards_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], sentence: str, qapp
) -> None:
    out = tmp_path / "out" / "card.pdf"
    out.parent.mkdir()
    assert main(["card", *args, "--content", str(cards_content), "-o", str(out)]) != 0
    captured = capsys.readouterr()
    assert captured.err.startswith("desktopguide: ") and sentence in captured.err
    assert len(captured.err.strip().splitlines()) == 1
    assert captured.out == "" and not out.exists()


def test_bad_input_from_a_shell_has_no_traceback(tmp_path: Path) -> None:
    result = run_cli("card", "agents-at-door", "--lang", "es", "--paper", "legal", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode != 0
    assert (
        result.stderr.strip() == "desktopguide: there is no paper 'legal'; choose one of letter, a4, wallet, wallet-a4."
    )


def test_missing_output_is_one_sentence(cards_content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["card", "agents-at-door", "--lang", "es", "--content", str(cards_content)]) != 0
    assert "say where to write the PDF with -o OUT.pdf" in capsys.readouterr().err


def test_bundled_card_prints_from_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "es.pdf"
    result = run_cli("card", "agents-at-door", "--lang", "es", "--pair", "en", "--zip", "22314", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0
