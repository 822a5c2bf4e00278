"""`desktopguide i18n stats` counts interface strings and content per language."""

from __future__ import annotations

import json
import subprocess
import sys


def test_stats_reports_every_language_with_ui_and_content_coverage() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktopguide", "i18n", "stats", "--json"], capture_output=True, text=True, check=True
    )
    report = json.loads(result.stdout)
    assert len(report) == 19
    spanish = report["es"]
    assert spanish["guides"]["machine"] >= 12 and spanish["guides"]["missing"] == 0
    assert spanish["cards"] >= 12
    assert spanish["records"]["machine"] > 0
    assert report["en"]["ui"]["translated"] == "source"
