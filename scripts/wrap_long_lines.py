"""Wrap the lines that `ruff check` finds too long (E501), with `ruff format` on those
statements only: the rest of each file stays as people wrote it.

    .venv/bin/python scripts/wrap_long_lines.py [PATH ...]

What is left afterwards (a long string or comment) needs a person: the script prints it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict


def long_lines(paths: list[str]) -> dict[str, set[int]]:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--select", "E501", "--output-format", "json", *paths],
        capture_output=True, text=True, check=False,
    )
    found: dict[str, set[int]] = defaultdict(set)
    for violation in json.loads(result.stdout or "[]"):
        found[violation["filename"]].add(violation["location"]["row"])
    return found


def format_ranges(found: dict[str, set[int]], around_header: bool) -> None:
    for filename, rows in found.items():
        with open(filename, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
        for row in sorted(rows, reverse=True):  # from the bottom: the rows above keep their numbers
            start = end = row
            if around_header:
                # The formatter takes the first statement of a block, or a compound statement
                # (def, for, if...), only when the range starts on the line before it and, for a
                # compound one, reaches into its body.
                start = max(1, row - 1)
                end = row + 1 if lines[row - 1].rstrip().endswith(":") else row
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "ruff",
                    "format",
                    "--no-cache",
                    "--quiet",
                    "--range",
                    f"{start}:{end}",
                    filename,
                ],
                check=False,
            )


def main(paths: list[str]) -> int:
    format_ranges(long_lines(paths), around_header=False)
    format_ranges(long_lines(paths), around_header=True)
    left = long_lines(paths)
    for filename, rows in sorted(left.items()):
        for row in sorted(rows):
            print(f"{filename}:{row}: still too long")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["."]))
