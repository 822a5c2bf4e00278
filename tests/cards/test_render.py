"""Printed cards read back from the PDF: one page, the right paper, the text in every script, QR codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktopguide.cards import CardError, CardSpec, plan_cards, write_cards_pdf
from desktopguide.cards.labels import MACHINE, labels_for
from desktopguide.core.content.model import Library
from tests.cards.pdf_reading import contains_text, horizontal_span, page_sizes, page_text, qr_code_sides, qr_codes
from tests.cards.scripts import TEXTS
from tests.content_factory import write

LETTER = (612, 792)
A4 = (595, 842)
ENGLISH = ("Do not open the door", "Talk through the closed door.", "I do not consent to your entry.")
SPANISH = ("No abra la puerta", "Hable a través de la puerta cerrada.")


@pytest.mark.parametrize(("paper", "size"), [("letter", LETTER), ("a4", A4)])
def test_a_card_is_exactly_one_page_of_the_chosen_paper(
    library: Library, tmp_path: Path, paper: str, size: tuple[int, int]
) -> None:
    out = tmp_path / "card.pdf"
    write_cards_pdf(library, CardSpec("agents-at-door", "en"), out, paper=paper)
    assert page_sizes(out) == [size]


@pytest.mark.parametrize("lang", ["ar", "zh", "am"])
def test_card_prints_headline_and_phrase_in_the_persons_script(library: Library, tmp_path: Path, lang: str) -> None:
    headline, _point, phrase, _statement = TEXTS[lang]
    out = tmp_path / f"{lang}.pdf"
    write_cards_pdf(library, CardSpec("agents-at-door", lang), out)
    text = page_text(out)
    assert contains_text(text, headline)
    assert contains_text(text, phrase)


def test_latin_card_prints_headline_phrase_and_disclaimer(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    write_cards_pdf(library, CardSpec("agents-at-door", "en"), out)
    text = page_text(out)
    for expected in (*ENGLISH, "General legal information, not legal advice."):
        assert contains_text(text, expected), expected


def test_footer_says_updated_date_language_and_content_version(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "es.pdf"
    write_cards_pdf(library, CardSpec("agents-at-door", "es"), out)
    text = page_text(out)
    assert contains_text(text, "10 de enero de 2026")  # the day the guide was last changed, written the Spanish way
    assert contains_text(text, "Español")
    assert contains_text(text, library.content_hash)
    # The card says so in the card's own language.
    machine_note = labels_for("es")(MACHINE)
    assert machine_note != MACHINE
    assert contains_text(text, machine_note)


def test_translated_card_repeats_the_officer_statement_in_english(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "zh.pdf"
    write_cards_pdf(library, CardSpec("agents-at-door", "zh"), out)
    assert contains_text(page_text(out), "I do not consent to your entry.")


def test_bilingual_card_has_both_languages_on_one_page(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "es-en.pdf"
    write_cards_pdf(library, CardSpec("agents-at-door", "es", pair="en"), out)
    assert page_sizes(out) == [LETTER]
    text = page_text(out)
    for expected in (*SPANISH, *ENGLISH[:2]):
        assert contains_text(text, expected), expected


def test_bilingual_card_puts_the_persons_language_first(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "es-en.pdf"
    write_cards_pdf(library, CardSpec("agents-at-door", "es", pair="en"), out)
    spanish_left, _ = horizontal_span(out, 0, SPANISH[0])
    english_left, _ = horizontal_span(out, 0, ENGLISH[0])
    assert spanish_left < LETTER[0] / 2 < english_left


def test_right_to_left_card_is_laid_out_from_the_right(library: Library, tmp_path: Path) -> None:
    headline = TEXTS["ar"][0]
    out = tmp_path / "ar-en.pdf"
    write_cards_pdf(library, CardSpec("agents-at-door", "ar", pair="en"), out)
    arabic_left, arabic_right = horizontal_span(out, 0, headline)
    english_left, _ = horizontal_span(out, 0, ENGLISH[0])
    assert english_left < LETTER[0] / 2 < arabic_left  # Arabic column on the right ...
    assert arabic_right > LETTER[0] - 72  # ... its headline flush with the right margin ...
    assert qr_code_sides(out) == [("tel:+17037464311", "left")]  # ... and the QR code on the left


def test_qr_code_holds_the_first_contacts_phone(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    write_cards_pdf(library, CardSpec("agents-at-door", "en"), out)
    assert qr_codes(out) == ["tel:+17037464311"]  # Alex311, the card's contact
    assert contains_text(page_text(out), "(703) 746-4311")


def test_qr_code_prefers_the_contacts_website(script_content: Path, tmp_path: Path, qapp) -> None:
    from desktopguide.core.content.loader import load_library

    record = script_content / "directory/city-hotline.yaml"
    record.write_text(
        record.read_text(encoding="utf-8").replace(
            "kind: public-office", "kind: public-office\nurl: https://www.alexandriava.gov/"
        ),
        encoding="utf-8",
    )
    out = tmp_path / "card.pdf"
    write_cards_pdf(load_library(script_content), CardSpec("agents-at-door", "en"), out)
    assert qr_codes(out) == ["https://www.alexandriava.gov/"]


def test_zip_code_adds_legal_help_serving_that_county(script_content: Path, tmp_path: Path, qapp) -> None:
    from desktopguide.core.content.loader import load_library

    write(
        script_content / "directory/police-line.yaml",
        "id: police-line\nname: Alexandria Police non-emergency line\nkind: public-office\n"
        "description: City police.\nservices: [report-unverified-enforcement]\n"
        'phones:\n  - number: "703-746-4444"\nservice_area:\n  - state: VA\n    county: Alexandria city\n'
        "verified: 2026-02-19\nsources: [city-page]\n",
    )
    library = load_library(script_content)
    out = tmp_path / "card.pdf"
    write_cards_pdf(library, CardSpec("agents-at-door", "en"), out)
    assert not contains_text(page_text(out), "(703) 746-4444")
    write_cards_pdf(library, CardSpec("agents-at-door", "en"), out, zip_code="22314")
    # With no legal help near the ZIP code, a police line still never comes first.
    text = page_text(out)
    assert "Help near you" in text
    assert not text.split("Help near you:")[1].strip().startswith("Alexandria Police")
    write(
        script_content / "directory/local-clinic.yaml",
        "id: local-clinic\nname: Old Town Legal Clinic\nkind: organization\n"
        "description: Free legal help.\nservices: [immigration-legal-help]\n"
        'phones:\n  - number: "703-555-0100"\nservice_area:\n  - state: VA\n    county: Alexandria city\n'
        "physical_address:\n  address_1: 1 King St\n  city: Alexandria\n  state_province: VA\n  postal_code: '22314'\n"
        "verified: 2026-02-19\nsources: [city-page]\n",
    )
    write_cards_pdf(load_library(script_content), CardSpec("agents-at-door", "en"), out, zip_code="22314")
    text = page_text(out)
    assert contains_text(text, "Old Town Legal Clinic") and contains_text(text, "Alexandria Police non-emergency line")
    assert text.split("Help near you:")[1].strip().startswith("Old Town Legal Clinic")


def test_copies_repeat_the_page(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    write_cards_pdf(library, CardSpec("agents-at-door", "es"), out, copies=3)
    assert page_sizes(out) == [LETTER] * 3


def test_batch_prints_every_guide_and_language_into_one_pdf(library: Library, tmp_path: Path) -> None:
    specs = [CardSpec("agents-at-door", lang) for lang in ("en", "es", "ar", "zh", "am")] + [CardSpec("stopped", "en")]
    out = tmp_path / "batch.pdf"
    plan = write_cards_pdf(library, specs, out, paper="a4")
    assert plan.page_count == 6
    assert page_sizes(out) == [A4] * 6
    assert contains_text(page_text(out, 5), "Stay calm")


def test_wallet_card_fills_a_sheet_with_the_persons_language_front_and_english_back(
    library: Library, tmp_path: Path
) -> None:
    out = tmp_path / "wallet.pdf"
    write_cards_pdf(library, CardSpec("agents-at-door", "es"), out, paper="wallet")
    assert page_sizes(out) == [LETTER, LETTER]
    front, back = page_text(out, 0), page_text(out, 1)
    assert front.count("No abra la puerta") == 8 and "Do not open the door" not in front
    assert back.count("Do not open the door") == 8 and "No abra la puerta" not in back
    assert "cut along the marks" in front


def test_wallet_back_mirrors_the_columns_so_both_sides_line_up(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "wallet.pdf"
    # Slot 1 (left): Spanish with English on the back; slot 2 (right): English with Spanish on the back.
    specs = [CardSpec("agents-at-door", "es"), CardSpec("agents-at-door", "en", pair="es")]
    write_cards_pdf(library, specs, out, paper="wallet", copies=1)
    spanish_front, _ = horizontal_span(out, 0, SPANISH[0])
    english_front, _ = horizontal_span(out, 0, ENGLISH[0])
    assert spanish_front < LETTER[0] / 2 < english_front
    english_back, _ = horizontal_span(out, 1, ENGLISH[0])
    spanish_back, _ = horizontal_span(out, 1, SPANISH[0])
    # Flipped on the long edge, the left card's back is printed in the right column, one card
    # width (85.6 mm) to the right, and the right card's back one card width to the left.
    card_width = 85.6 / 25.4 * 72
    assert english_back == pytest.approx(spanish_front + card_width, abs=1)
    assert spanish_back == pytest.approx(english_front - card_width, abs=1)


def test_wallet_copies_fill_more_sheets(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "wallet.pdf"
    plan = write_cards_pdf(library, CardSpec("agents-at-door", "es"), out, paper="wallet", copies=9)
    assert plan.page_count == 4  # two sheets, front and back
    assert page_text(out, 2).count("No abra la puerta") == 1


def test_english_wallet_cards_print_on_one_side(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "wallet.pdf"
    write_cards_pdf(library, CardSpec("agents-at-door", "en"), out, paper="wallet-a4")
    assert page_sizes(out) == [A4]
    assert page_text(out).count("Do not open the door") == 10


@pytest.mark.parametrize(
    ("spec", "options", "message"),
    [
        (CardSpec("no-such-guide", "en"), {}, "there is no guide 'no-such-guide'"),
        (CardSpec("agents-at-door", "xx"), {}, "there is no language 'xx'"),
        (CardSpec("stopped", "es"), {}, "the guide 'stopped' has no Spanish card yet"),
        (CardSpec("agents-at-door", "en"), {"paper": "legal"}, "there is no paper 'legal'"),
        (CardSpec("agents-at-door", "en"), {"zip_code": "99999"}, "'99999' is not a U.S. ZIP code"),
        (CardSpec("agents-at-door", "en"), {"copies": 0}, "between 1 and"),
    ],
)
def test_bad_requests_fail_with_one_sentence_and_write_nothing(
    library: Library, tmp_path: Path, spec: CardSpec, options: dict, message: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(CardError, match=message):
        write_cards_pdf(library, spec, folder / "card.pdf", **options)
    assert list(folder.iterdir()) == []


def test_plan_fails_before_anything_is_written(library: Library) -> None:
    with pytest.raises(CardError):
        plan_cards(library, [CardSpec("agents-at-door", "en"), CardSpec("nope", "en")])


def test_a_batch_larger_than_the_document_cache_still_paints(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktopguide.cards import layout

    monkeypatch.setattr(layout, "PARSED_DOCUMENTS", 2)
    specs = [CardSpec("agents-at-door", lang, "en") for lang in ("es", "ar", "zh", "am")]
    out = tmp_path / "batch.pdf"
    write_cards_pdf(library, specs, out)
    assert contains_text(page_text(out, 3), TEXTS["am"][0])


def test_full_page_card_says_updated_and_that_no_lawyer_has_reviewed_it(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    write_cards_pdf(library, CardSpec("agents-at-door", "en"), out)
    text = page_text(out)
    assert contains_text(text, "Updated January 10, 2026")
    assert contains_text(text, "Not yet reviewed by a lawyer.")
    assert not contains_text(text, "Reviewed January")
