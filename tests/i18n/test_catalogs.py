"""The interface catalogs: template up to date, every shipped .po compiles cleanly and completely."""

from __future__ import annotations

from pathlib import Path

from desktopguide.core.content.loader import load_languages
from desktopguide.core.content.resources import translations_dir
from desktopguide.i18n import _, set_language
from desktopguide.i18n.catalogs import compile_catalog, extract, problems, read_catalog, template_path, translated_count

SHIPPED = sorted(translations_dir().glob("*/LC_MESSAGES/desktopguide.po"))


def message_ids(catalog) -> set:
    return {m.id if isinstance(m.id, str) else tuple(m.id) for m in catalog if m.id}


def test_template_is_up_to_date_with_the_code() -> None:
    assert message_ids(read_catalog(template_path())) == message_ids(extract()), (
        "run 'desktopguide i18n extract' and 'desktopguide i18n update'"
    )


def test_every_catalog_is_for_a_language_of_the_list() -> None:
    codes = set(load_languages())
    assert {path.parents[1].name for path in SHIPPED} <= codes


def test_every_shipped_catalog_is_complete_compiles_and_keeps_placeholders() -> None:
    template_ids = message_ids(read_catalog(template_path()))
    for path in SHIPPED:
        catalog = read_catalog(path)
        assert [f"{p.msgid!r}: {p.message}" for p in problems(catalog)] == [], path
        done, total = translated_count(catalog)
        assert done == total, path
        assert message_ids(catalog) == template_ids, path
        assert compile_catalog(catalog), path


def test_placeholder_mismatch_is_found(tmp_path: Path) -> None:
    po = tmp_path / "x.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Reviewed on {date}"\nmsgstr "Revisado el {fecha}"\n',
        encoding="utf-8",
    )
    found = problems(read_catalog(po))
    assert found and "placeholder" in found[0].message


def test_unknown_catalog_falls_back_to_english() -> None:
    set_language("zz")
    assert _("Settings") == "Settings"
