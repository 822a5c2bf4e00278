"""`desktopguide bench places`: the figures it promises are printed (not a timed test)."""

from __future__ import annotations

import json

import pytest

from desktopguide.cli.main import main


def test_bench_places_prints_place_and_legal_help_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "places", "--json", "--runs", "20", "--no-import"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["zips"] == 20
    assert figures["zip_to_place_p95_ms"] > 0 and figures["legal_help_50mi_p95_ms"] > 0
    assert figures["legal_help_entries"] > 1500
    assert not any(key.startswith("import_") for key in figures)
