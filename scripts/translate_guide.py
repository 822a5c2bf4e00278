"""For translators of guides: what is left in a language, the hash block, and the gates.

    .venv/bin/python scripts/translate_guide.py LANG            # guides missing, card-only or out of date
    .venv/bin/python scripts/translate_guide.py --stamp FILE... # write translation: status machine + from_hash
    .venv/bin/python scripts/translate_guide.py --check FILE... # every check and gate on these files only
    .venv/bin/python scripts/translate_guide.py --glossary LANG # the glossary's English -> LANG terms

The same as `desktopguide i18n guide-todo|guide-stamp|guide-check`; see
docs/translation-review.md, "How to translate a guide".
"""

from __future__ import annotations

import sys

from desktopguide.cli.main import main


def glossary(lang: str) -> int:
    from desktopguide.core.loader import load_library

    library = load_library()
    for term_id, term in sorted(library.glossary.items()):
        english = term.term.get("en")
        translated = term.term.texts.get(lang, "-")
        print(f"{term_id:32} {english}  =>  {translated}")
    return 0


def run(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "--stamp":
        return main(["i18n", "guide-stamp", *argv[1:]])
    if len(argv) >= 2 and argv[0] == "--check":
        return main(["i18n", "guide-check", *argv[1:]])
    if len(argv) == 2 and argv[0] == "--glossary":
        return glossary(argv[1])
    if len(argv) == 1 and not argv[0].startswith("-"):
        return main(["i18n", "guide-todo", argv[0]])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
