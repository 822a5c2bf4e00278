"""`desktopguide bench check` prints the time of each part of `check`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktopguide.cli.main import main


def test_bench_check_prints_load_gates_and_card_figures(
    content: Path, capsys: pytest.CaptureFixture[str], qapp
) -> None:
    assert main(["bench", "check", "--json", "--content", str(content)]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(figures) == {
        "translations",
        "load_s",
        "lingua_build_s",
        "gates_s",
        "gates_every_text_s",
        "gate_problems",
        "cards_s",
    }
    assert figures["translations"] == 1
    assert figures["gate_problems"] == 0
