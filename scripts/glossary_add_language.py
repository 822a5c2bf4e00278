"""Add (or replace) one language's glossary translations, given as one YAML file.

    .venv/bin/python scripts/glossary_add_language.py LANG INPUT.yaml

INPUT.yaml maps each term id to its `term`, `definition` and `synonyms` in LANG:

    detainer:
      term: ...
      definition: ...
      synonyms: [..., ...]

Each glossary file gets the language's lines in its term/definition/synonyms blocks and
a `translations` entry marked `machine` with the hash of the English it was made from.
The edit is textual, so the rest of each file stays as people wrote it; a lock lets
several translators run this at once.
"""

from __future__ import annotations

import fcntl
import json
import sys
import tempfile
from pathlib import Path

import yaml

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.resources import bundled_content_dir
from desktopguide.core.content.translation_status import record_source_hash

FIELDS = ("term", "definition", "synonyms")


def quoted(value: object) -> str:
    # A JSON string or list is also valid YAML, and quotes whatever the text holds.
    return json.dumps(value, ensure_ascii=False)


def set_entry(lines: list[str], block: str, lang: str, value: str) -> list[str]:
    """Put `  lang: value` as the last entry of a top-level block, replacing an old one."""
    start = lines.index(f"{block}:")
    end = start + 1
    while end < len(lines) and (lines[end].startswith("  ") or not lines[end].strip()):
        end += 1
    body = lines[start + 1 : end]
    kept: list[str] = []
    skipping = False
    for line in body:
        if line.startswith(f"  {lang}:"):
            skipping = True
            continue
        if skipping and line.startswith("    "):
            continue
        skipping = False
        kept.append(line)
    return lines[: start + 1] + kept + [f"  {lang}: {value}"] + lines[end:]


def main(lang: str, input_path: Path) -> int:
    entries = yaml.safe_load(input_path.read_text(encoding="utf-8"))
    glossary_dir = bundled_content_dir() / "glossary"
    with (Path(tempfile.gettempdir()) / "desktopguide-glossary.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        terms = load_library(bundled_content_dir()).glossary
        for term_id, entry in entries.items():
            missing = [field for field in FIELDS if not entry.get(field)]
            if term_id not in terms or missing:
                print(f"{term_id}: unknown term or missing {missing}", file=sys.stderr)
                return 1
            path = glossary_dir / f"{term_id}.yaml"
            lines = path.read_text(encoding="utf-8").splitlines()
            lines = set_entry(lines, "term", lang, quoted(entry["term"].strip()))
            lines = set_entry(lines, "definition", lang, quoted(" ".join(entry["definition"].split())))
            lines = set_entry(lines, "synonyms", lang, quoted([s.strip() for s in entry["synonyms"]]))
            status = f'{{status: machine, from_hash: "{record_source_hash(terms[term_id])}"}}'
            lines = set_entry(lines, "translations", lang, status)
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{lang}: {len(entries)} terms written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
