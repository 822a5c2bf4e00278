"""For translators of guides: what is left in a language, the hash block, and the gates.

    .venv/bin/python scripts/translate_guide.py LANG            # guides missing, card-only or out of date
    .venv/bin/python scripts/translate_guide.py --stamp FILE... # write translation: status machine + from_hash
    .venv/bin/python scripts/translate_guide.py --check FILE... # every check and gate on these files only
    .venv/bin/python scripts/translate_guide.py --glossary LANG # the glossary's English -> LANG terms
    .venv/bin/python scripts/translate_guide.py --english-diff FILE
        # what changed in English since the text FILE was translated from (found in git history
        # by its from_hash): update only those parts, then --stamp

The same as `desktopguide i18n guide-todo|guide-stamp|guide-check`; see
docs/translation-review.md, "How to translate a guide".
"""

from __future__ import annotations

import datetime as dt
import difflib
import subprocess
import sys
import tempfile
from pathlib import Path

from desktopguide.cli.main import main


def glossary(lang: str) -> int:
    from desktopguide.core.content.loader import load_library

    library = load_library()
    for term_id, term in sorted(library.glossary.items()):
        english = term.term.get("en")
        translated = term.term.texts.get(lang, "-")
        print(f"{term_id:32} {english}  =>  {translated}")
    return 0


def english_diff(file: str) -> int:
    """The unified diff from the English a translation was made from to today's English."""
    from desktopguide.core.content.guides import guide_source_hash, read_guide_file
    from desktopguide.core.content.problems import ProblemLog

    path = Path(file).resolve()
    log = ProblemLog()
    translated = read_guide_file(path, log, dt.date.today())
    if translated is None or not translated.translation.from_hash:
        print(f"{file}: cannot read its from_hash", file=sys.stderr)
        return 1
    english = path.with_name("en.md")
    top = Path(subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=path.parent, capture_output=True,
                              text=True, check=True).stdout.strip())
    relative = english.relative_to(top).as_posix()
    commits = subprocess.run(["git", "log", "--format=%H", "--", relative], cwd=top, capture_output=True, text=True,
                             check=True).stdout.split()
    with tempfile.TemporaryDirectory() as folder:
        old_path = Path(folder) / path.parent.name / "en.md"
        old_path.parent.mkdir()
        for commit in commits:
            old = subprocess.run(
                ["git", "show", f"{commit}:{relative}"], check=False, cwd=top, capture_output=True, text=True
            )
            if old.returncode != 0:
                continue
            old_path.write_text(old.stdout, encoding="utf-8")
            text = read_guide_file(old_path, ProblemLog(), dt.date.today())
            if text is not None and guide_source_hash(text) == translated.translation.from_hash:
                current = english.read_text(encoding="utf-8").splitlines(keepends=True)
                sys.stdout.writelines(
                    difflib.unified_diff(
                        old.stdout.splitlines(keepends=True),
                        current,
                        f"en.md at {commit[:10]} (what {path.name} was made from)",
                        "en.md now",
                    )
                )
                return 0
    print(
        f"{file}: no en.md in git history has the hash {translated.translation.from_hash}; translate it whole",
        file=sys.stderr,
    )
    return 1


def run(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "--stamp":
        return main(["i18n", "guide-stamp", *argv[1:]])
    if len(argv) >= 2 and argv[0] == "--check":
        return main(["i18n", "guide-check", *argv[1:]])
    if len(argv) == 2 and argv[0] == "--glossary":
        return glossary(argv[1])
    if len(argv) == 2 and argv[0] == "--english-diff":
        return english_diff(argv[1])
    if len(argv) == 1 and not argv[0].startswith("-"):
        return main(["i18n", "guide-todo", argv[0]])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
