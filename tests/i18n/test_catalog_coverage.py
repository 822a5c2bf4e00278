"""Every string the code marks reaches the catalogs, and no shipped catalog leaves one untranslated."""

from __future__ import annotations

import ast
from pathlib import Path

from desktopguide.core.content.resources import translations_dir
from desktopguide.i18n.catalogs import PACKAGE_DIR, read_catalog, template_path

SHIPPED = sorted(translations_dir().glob("*/LC_MESSAGES/desktopguide.po"))


def marked_strings(source_dir: Path = PACKAGE_DIR) -> dict[str, str]:
    """Every literal passed to _() or N_() in the package, with where it is: the syntax tree sees
    calls inside f-strings too, which the gettext extractor misses."""
    found: dict[str, str] = {}
    for path in sorted(source_dir.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "N_")
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, f"{path.relative_to(source_dir.parent)}:{node.lineno}")
    return found


def test_every_marked_string_is_in_the_template() -> None:
    template = {m.id for m in read_catalog(template_path()) if m.id}
    missing = {text: where for text, where in marked_strings().items() if text not in template}
    assert missing == {}, "strings the extractor cannot see (inside an f-string?) or not extracted yet"


def test_no_shipped_catalog_has_an_untranslated_or_fuzzy_entry() -> None:
    bad = []
    for path in SHIPPED:
        for message in read_catalog(path):
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if message.fuzzy or not all(strings):
                bad.append(f"{path.parents[1].name}: {message.id!r}")
    assert bad == []


def test_a_string_inside_an_f_string_is_found(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "page.py").write_text("x = f\"<p>{_('Before you choose, read:')}</p>\"\n", encoding="utf-8")
    assert marked_strings(package) == {"Before you choose, read:": "pkg/page.py:1"}
