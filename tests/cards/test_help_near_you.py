"""'Help near you' on printed cards: the nearest real legal help for the ZIP code (or the home ZIP
code), legal help first; national lines, not one city's, when there is no ZIP code at all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktopguide.cards import CardSpec, write_cards_pdf
from desktopguide.cards.contacts import card_contacts
from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from desktopguide.core.kiosk.settings import KioskSettings, save_settings, settings_path
from tests.cards.pdf_reading import page_text

CHICAGO_AREA = ("312", "773", "847", "630", "708")


@pytest.fixture(scope="module")
def bundled() -> Library:
    return load_library()


def area_codes(text: str) -> set[str]:
    return set(re.findall(r"\((\d{3})\) \d{3}-\d{4}", text))


def test_a_card_for_60601_lists_chicago_legal_help_and_no_703_number(bundled: Library, tmp_path: Path, qapp) -> None:
    out = tmp_path / "card.pdf"
    write_cards_pdf(bundled, CardSpec("family-member-detained", "en"), out, zip_code="60601")
    codes = area_codes(page_text(out))
    assert codes & set(CHICAGO_AREA)
    assert "703" not in codes


def test_a_card_with_no_zip_lists_national_lines_not_alexandrias(bundled: Library, tmp_path: Path, qapp) -> None:
    out = tmp_path / "card.pdf"
    write_cards_pdf(bundled, CardSpec("agents-at-door", "en"), out)
    text = page_text(out)
    assert "(800) 898-7180" in text
    assert "703" not in area_codes(text)


@pytest.mark.parametrize("zip_code", ["60601", "77002", "28202", "85003", "22314"])
def test_legal_help_comes_first_and_never_a_police_line(bundled: Library, zip_code: str) -> None:
    contacts = card_contacts(bundled, "agents-at-door", "en", zip_code)
    assert contacts
    assert "police" not in contacts[0].name.casefold()
    names = {bundled.directory[i].name for i in bundled.directory}
    first = contacts[0].name
    assert first not in names or "Police" not in first


def test_the_home_zip_code_is_used_when_a_card_has_none(bundled: Library, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DESKTOPGUIDE_KIOSK_CONFIG", str(tmp_path / "kiosk.json"))
    save_settings(KioskSettings(home_zip="77002"), settings_path())
    contacts = card_contacts(bundled, "agents-at-door", "en")
    phones = [p for c in contacts for p in c.phones]
    assert any(p[1:4] in ("713", "832", "281") for p in phones)
