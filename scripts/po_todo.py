"""Print one language's untranslated interface strings as JSON, or fill them in from JSON.

    .venv/bin/python scripts/po_todo.py LANG               # what is left, with notes
    .venv/bin/python scripts/po_todo.py LANG --fill F.json # F maps msgid -> text (or a list of plural forms)

Fuzzy marks are cleared on the entries filled; placeholders are checked by
`desktopguide i18n compile` and the tests.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from desktopguide.i18n.catalogs import po_path, read_catalog, write_catalog


def todo(lang: str) -> dict[str, dict[str, object]]:
    catalog = read_catalog(po_path(lang))
    left: dict[str, dict[str, object]] = {}
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, (list, tuple)) else (message.string,)
        if all(strings) and not message.fuzzy:
            continue
        ids = message.id if isinstance(message.id, (list, tuple)) else (message.id,)
        entry: dict[str, object] = {"notes": list(message.auto_comments)}
        if len(ids) > 1:
            entry["plural"] = ids[1]
            entry["nplurals"] = catalog.num_plurals
            entry["plural_rule"] = catalog.plural_expr
        left[ids[0]] = entry
    return left


def fill(lang: str, translations: dict[str, object]) -> int:
    path = po_path(lang)
    catalog = read_catalog(path)
    filled = 0
    for message in catalog:
        if not message.id:
            continue
        key = message.id[0] if isinstance(message.id, (list, tuple)) else message.id
        if key not in translations:
            continue
        text = translations[key]
        if isinstance(message.id, (list, tuple)):
            forms = text if isinstance(text, list) else [text]
            if len(forms) != catalog.num_plurals:
                raise SystemExit(f"{key!r}: give {catalog.num_plurals} plural forms, not {len(forms)}")
            message.string = tuple(forms)
        else:
            message.string = text if isinstance(text, str) else text[0]
        message.flags.discard("fuzzy")
        filled += 1
    write_catalog(catalog, path)
    return filled


if __name__ == "__main__":
    language = sys.argv[1]
    if len(sys.argv) > 3 and sys.argv[2] == "--fill":
        count = fill(language, json.loads(Path(sys.argv[3]).read_text(encoding="utf-8")))
        print(f"{language}: {count} entries filled, {len(todo(language))} left")
    else:
        print(json.dumps(todo(language), ensure_ascii=False, indent=1))
