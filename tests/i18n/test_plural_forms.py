"""Plural forms follow each language's rules (Babel's), in the catalogs and on screen."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

from desktopguide.core.content.loader import load_languages
from desktopguide.core.content.resources import translations_dir
from desktopguide.i18n import ngettext, set_language
from desktopguide.i18n.catalogs import (
    SAMPLE_COUNTS,
    plural_function,
    po_path,
    read_catalog,
    same_plural_rule,
    set_plural_rule,
    update,
    write_catalog,
)

SINGULAR, PLURAL = "{count} place found.", "{count} places found."
SHIPPED = sorted(translations_dir().glob("*/LC_MESSAGES/desktopguide.po"))


def found(code: str, n: int) -> str:
    set_language(code)
    return ngettext(SINGULAR, PLURAL, n).format(count=n)


def header_fields(path: Path) -> dict[str, str]:
    catalog = read_catalog(path)
    return {name.lower(): value for name, value in catalog.mime_headers}


def test_every_catalog_picks_the_same_plural_form_as_babels_rule_for_its_language() -> None:
    # By what the rules do for 0..200 and a few large counts, not by their text: Babel
    # writes the same rule differently from one release to the next.
    languages = load_languages()
    for path in SHIPPED:
        code = path.parents[1].name
        locale = languages[code].locale
        if not locale:
            continue
        catalog, expected = read_catalog(path), Catalog(locale=locale)
        assert same_plural_rule(catalog.num_plurals, catalog.plural_expr, expected.num_plurals, expected.plural_expr), (
            f"{code}: {catalog.plural_forms} is not Babel's {expected.plural_forms}: run 'desktopguide i18n update'"
        )


def test_every_catalog_states_its_plural_rule_in_its_header() -> None:
    # Hmong has no Babel locale: its rule must still be written, or msgfmt refuses the file.
    for path in SHIPPED:
        assert "plural=" in header_fields(path).get("plural-forms", ""), path


def test_same_plural_rule_compares_outcomes_not_text() -> None:
    assert same_plural_rule(2, "(n != 1)", 2, "n!=1")
    assert not same_plural_rule(2, "(n != 1)", 2, "(n > 1)")  # they differ at 0
    assert not same_plural_rule(1, "0", 2, "0")
    assert 1_000_000 in SAMPLE_COUNTS


def plural_catalog(num_plurals: int, expression: str, forms: tuple[str, ...]) -> Catalog:
    catalog = Catalog(locale=None)
    catalog.mime_headers = [("Plural-Forms", f"nplurals={num_plurals}; plural={expression};")]
    catalog.add((SINGULAR, PLURAL), forms)
    return catalog


def test_a_new_plural_rule_moves_each_translation_to_the_form_its_counts_now_use() -> None:
    # Babel 2.18's Arabic rule used form 4 for 100-102 and form 5 for 11-99; 2.19 swaps them.
    old_rule = "(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=0 && n%100<=2 ? 4 : 5)"
    new_rule = "(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 && n % 100 <= 10 ? 3 : n % 100 >= 11 ? 4 : 5)"
    catalog = plural_catalog(6, old_rule, ("zero", "one", "two", "few", "hundred", "many"))
    set_plural_rule(catalog, 6, new_rule)
    assert catalog[SINGULAR].string == ("zero", "one", "two", "few", "many", "hundred")
    for n in (0, 1, 2, 5, 11, 99, 100, 102):
        old_text = ("zero", "one", "two", "few", "hundred", "many")[plural_function(old_rule)(n)]
        assert catalog[SINGULAR].string[plural_function(new_rule)(n)] == old_text, n


def test_a_rule_with_a_new_form_for_millions_keeps_one_for_one_and_the_plural_for_the_rest() -> None:
    catalog = plural_catalog(2, "(n != 1)", ("lugar", "lugares"))
    set_plural_rule(catalog, 3, "(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2)")
    assert catalog[SINGULAR].string == ("lugar", "lugares", "lugares")
    assert catalog.num_plurals == 3


def test_update_writes_babels_plural_rule_into_a_catalog_with_an_old_one(tmp_path: Path) -> None:
    template = Catalog(locale=None)
    template.add((SINGULAR, PLURAL))
    # Amharic as Babel 2.18 wrote it: (n != 1), where Babel now says (n > 1).
    write_catalog(plural_catalog(2, "(n != 1)", ("one", "other")), po_path("am", tmp_path))
    catalog = update(template, "am", "am", tmp_path)
    expected = Catalog(locale="am")
    written = read_catalog(po_path("am", tmp_path))
    assert (written.num_plurals, written.plural_expr) == (expected.num_plurals, expected.plural_expr)
    assert catalog[SINGULAR].string[plural_function(written.plural_expr)(1)] == "one"
    assert catalog[SINGULAR].string[plural_function(written.plural_expr)(5)] == "other"


def test_update_writes_the_plural_rule_of_a_language_babel_does_not_know(tmp_path: Path) -> None:
    template = Catalog(locale=None)
    template.add((SINGULAR, PLURAL))
    update(template, "hmn", None, tmp_path)
    assert "nplurals=2; plural=(n != 1);" in po_path("hmn", tmp_path).read_text(encoding="utf-8")


@pytest.mark.parametrize("path", SHIPPED, ids=lambda path: path.parents[1].name)
def test_every_catalog_passes_msgfmt_check(path: Path, tmp_path: Path) -> None:
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        # setup.sh installs gettext: on CI a missing msgfmt is a broken set-up, not a reason to skip.
        assert not os.environ.get("CI"), "msgfmt (gettext) is not installed"
        pytest.skip("msgfmt (gettext) is not installed")
    result = subprocess.run(
        [msgfmt, "--check", "-o", str(tmp_path / "out.mo"), str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_arabic_has_six_forms_for_zero_one_two_few_many_and_hundreds() -> None:
    forms = {n: found("ar", n) for n in (0, 1, 2, 3, 11, 100)}
    assert len(set(forms.values())) == 6
    assert forms[3].replace("3", "") == found("ar", 10).replace("10", "")  # 3-10 share a form
    assert forms[11].replace("11", "") == found("ar", 99).replace("99", "")  # 11-99 share another
    assert forms[100].replace("100", "") == found("ar", 102).replace("102", "")
    # The counted noun after 11-99 is singular accusative (مكانًا), after 100 genitive (مكان).
    assert "مكانًا" in forms[11] and "مكانًا" not in forms[100]


def test_russian_has_three_forms_by_last_digits() -> None:
    def shape(n: int) -> str:
        return found("ru", n).replace(str(n), "#")

    assert shape(1) == shape(21) != shape(2)
    assert shape(2) == shape(22) == shape(4) != shape(5)
    assert shape(5) == shape(11) == shape(25) == shape(12)
    assert len({shape(1), shape(2), shape(5)}) == 3


def test_chinese_has_one_form() -> None:
    shapes = {found("zh", n).replace(str(n), "#") for n in (1, 2, 5, 100)}
    assert len(shapes) == 1
    assert "#" in shapes.pop()
