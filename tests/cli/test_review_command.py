"""`desktopguide review`: the legal-review report as text and JSON, `--stale`, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktopguide.cli.main import main
from tests.core.test_validator import replace_in


def review(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["review", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_text_report_names_change_review_sources_and_unverified(content: Path, capsys) -> None:
    replace_in(
        content / "guides/agents-at-door/en.md",
        "updated: 2026-01-10",
        "updated: 2026-01-10\nunverified:\n  - Talking through the door is general advice.",
    )
    code, out, err = review(
        capsys, "--content", str(content), "--guide", "agents-at-door", "--lang", "en", "--today", "2026-11-21"
    )
    assert code == 0 and err == ""
    assert "agents-at-door [en]" in out
    assert "last change: 2026-01-10 (315 days ago)" in out
    assert "last legal review: none" in out
    assert "legal-article (legal-information): undated, day read not recorded" in out
    assert "- Talking through the door is general advice." in out
    assert out.rstrip().endswith("1 guide text in all.")


def test_json_report_with_stale_keeps_only_old_texts(content: Path, capsys) -> None:
    replace_in(
        content / "guides/agents-at-door/en.md",
        "updated: 2026-01-10",
        "updated: 2026-11-20\nreviewed:\n  - {kind: legal, date: 2026-11-20}",
    )
    code, out, _err = review(capsys, "--content", str(content), "--stale", "30", "--json", "--today", "2026-11-21")
    assert code == 0
    report = json.loads(out)
    assert report["stale_days"] == 30
    texts = {(t["guide"], t["lang"]) for t in report["texts"]}
    assert ("agents-at-door", "en") not in texts and ("stopped", "en") in texts
    stopped = next(t for t in report["texts"] if (t["guide"], t["lang"]) == ("stopped", "en"))
    assert stopped["legal_review"] is None and stopped["updated"] == "2026-01-10"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--stale", "-3"], "desktopguide: --stale needs a number of days of 0 or more, not -3.\n"),
        (["--today", "soon"], "desktopguide: --today must be a date written YYYY-MM-DD, not 'soon'.\n"),
        (["--lang", "xx"], "desktopguide: there is no language 'xx'"),
        (["--guide", "nope"], "desktopguide: there is no guide 'nope'"),
    ],
)
def test_bad_input_is_one_sentence_and_exit_2(content: Path, capsys, args: list[str], message: str) -> None:
    code, out, err = review(capsys, "--content", str(content), *args)
    assert code == 2 and out == ""
    assert err.startswith(message)
