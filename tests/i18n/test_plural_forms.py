"""Plural forms follow each language's rules (Babel's), in the catalogs and on screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from babel.messages.catalog import Catalog

from desktopguide.core.loader import load_languages
from desktopguide.core.resources import translations_dir
from desktopguide.i18n import ngettext, set_language
from desktopguide.i18n.catalogs import read_catalog

SINGULAR, PLURAL = "{count} place found.", "{count} places found."


@pytest.fixture
def language() -> Iterator[None]:
    yield
    set_language("en")


def found(code: str, n: int) -> str:
    set_language(code)
    return ngettext(SINGULAR, PLURAL, n).format(count=n)


def test_every_catalog_uses_babels_plural_rule_for_its_language() -> None:
    languages = load_languages()
    for path in sorted(translations_dir().glob("*/LC_MESSAGES/desktopguide.po")):
        code = path.parents[1].name
        locale = languages[code].locale
        catalog = read_catalog(path)
        if locale:
            expected = Catalog(locale=locale)
            assert (catalog.num_plurals, catalog.plural_expr) == (expected.num_plurals, expected.plural_expr), code


def test_arabic_has_six_forms_for_zero_one_two_few_many_and_hundreds(language) -> None:
    forms = {n: found("ar", n) for n in (0, 1, 2, 3, 11, 100)}
    assert len(set(forms.values())) == 6
    assert forms[3].replace("3", "") == found("ar", 10).replace("10", "")  # 3-10 share a form
    assert forms[11].replace("11", "") == found("ar", 99).replace("99", "")  # 11-99 share another
    assert forms[100].replace("100", "") == found("ar", 102).replace("102", "")
    # The counted noun after 11-99 is singular accusative (مكانًا), after 100 genitive (مكان).
    assert "مكانًا" in forms[11] and "مكانًا" not in forms[100]


def test_russian_has_three_forms_by_last_digits(language) -> None:
    def shape(n: int) -> str:
        return found("ru", n).replace(str(n), "#")

    assert shape(1) == shape(21) != shape(2)
    assert shape(2) == shape(22) == shape(4) != shape(5)
    assert shape(5) == shape(11) == shape(25) == shape(12)
    assert len({shape(1), shape(2), shape(5)}) == 3


def test_chinese_has_one_form(language) -> None:
    shapes = {found("zh", n).replace(str(n), "#") for n in (1, 2, 5, 100)}
    assert len(shapes) == 1
    assert "#" in shapes.pop()
