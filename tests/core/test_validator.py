"""Each validator rule, tried on a broken copy of a small valid content folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Review
from tests.content_factory import write

TODAY = dt.date(2026, 11, 21)


def problems(root: Path) -> list[str]:
    return [p.format(relative_to=root) for p in load_library(root, today=TODAY).problems]


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_minimal_content_has_no_problems(content: Path) -> None:
    assert problems(content) == []


def test_yaml_syntax_error_is_reported_at_its_line(content: Path) -> None:
    replace_in(content / "directory/city-hotline.yaml", "kind: public-office", "kind: [public-office")
    found = problems(content)
    assert any(p.startswith("directory/city-hotline.yaml:") and "YAML syntax error" in p for p in found), found
    line = int(next(p for p in found if "YAML" in p).split(":")[1])
    assert 3 <= line <= 6


def test_front_matter_syntax_error_is_reported_at_its_file_line(content: Path) -> None:
    replace_in(content / "guides/stopped/en.md", "summary: You have", "summary: : [You have")
    found = problems(content)
    assert any(p.startswith("guides/stopped/en.md:4: error: YAML syntax error") for p in found), found


def test_unclosed_front_matter_is_an_error(content: Path) -> None:
    write(content / "guides/stopped/en.md", "---\nid: stopped\ntitle: x\n")
    assert any(
        p.startswith("guides/stopped/en.md:3: error: the YAML header is never closed") for p in problems(content)
    )


def test_missing_required_field_is_named(content: Path) -> None:
    replace_in(content / "directory/city-hotline.yaml", "verified: 2026-02-19\n", "")
    assert "directory/city-hotline.yaml:1: error: the record is missing the required field 'verified'" in problems(
        content
    )


def test_missing_card_headline_is_named(content: Path) -> None:
    replace_in(content / "guides/stopped/en.md", "  headline: Stay calm\n", "")
    assert "guides/stopped/en.md:8: error: 'card' is missing the required field 'headline'" in problems(content)


def test_misspelt_field_is_an_error_with_a_suggestion(content: Path) -> None:
    replace_in(content / "guides/stopped/en.md", "summary:", "sumary:")
    found = problems(content)
    assert "guides/stopped/en.md:4: error: unknown field 'sumary' in the header (did you mean 'summary'?)" in found


def test_unknown_field_in_a_nested_record_is_an_error(content: Path) -> None:
    replace_in(content / "directory/city-hotline.yaml", "    type: voice", "    kind: voice")
    assert any(
        p.startswith("directory/city-hotline.yaml:10: error: unknown field 'kind' in a phone")
        for p in problems(content)
    )


def test_a_language_given_twice_is_an_error_not_a_silent_choice(content: Path) -> None:
    # A merge of two translators' edits can leave an old and a new text for one language:
    # YAML would keep the last one and say nothing.
    replace_in(
        content / "glossary/detainer.yaml",
        "  en: A written request from ICE to keep a person in jail up to 48 hours longer.\n",
        "  en: A written request from ICE to keep a person in jail up to 48 hours longer.\n  en: An old text.\n",
    )
    assert "glossary/detainer.yaml:6: error: the field 'definition.en' is given twice" in problems(content)


def test_a_field_given_twice_is_an_error(content: Path) -> None:
    replace_in(content / "places/us-va-alexandria.yaml", "kind: city\n", "kind: city\nkind: county\n")
    assert "places/us-va-alexandria.yaml:4: error: the field 'kind' is given twice" in problems(content)


@pytest.mark.parametrize("name", ["directory/empty.yaml", "guides/stopped/en.md"])
def test_empty_file_is_an_error(content: Path, name: str) -> None:
    write(content / name, "")
    assert f"{name}:1: error: the file is empty" in problems(content)


def test_file_in_unknown_language_is_an_error(content: Path) -> None:
    write(content / "guides/stopped/xx.md", (content / "guides/stopped/en.md").read_text(encoding="utf-8"))
    assert "guides/stopped/xx.md:1: error: 'xx' is not a language code of languages.yaml" in problems(content)


def test_text_in_unknown_language_inside_a_record_is_an_error(content: Path) -> None:
    replace_in(content / "directory/city-hotline.yaml", "  es: La", "  zz: La")
    assert any(p.startswith("directory/city-hotline.yaml:6: error: 'zz' in 'description'") for p in problems(content))


def test_duplicate_source_id_is_an_error(content: Path) -> None:
    with (content / "sources.yaml").open("a", encoding="utf-8") as f:
        f.write("- id: city-page\n  title: Again\n  publisher: Someone\n  kind: news\n")
    assert "sources.yaml:10: error: duplicate id 'city-page' (first at line 1)" in problems(content)


def test_id_that_does_not_match_its_folder_is_an_error(content: Path) -> None:
    replace_in(content / "guides/agents-at-door/es.md", "id: agents-at-door", "id: stopped")
    assert (
        "guides/agents-at-door/es.md:2: error: the id 'stopped' does not match the folder name 'agents-at-door'"
        in problems(content)
    )


def test_record_id_that_does_not_match_its_file_is_an_error(content: Path) -> None:
    write(content / "glossary/warrant.yaml", (content / "glossary/detainer.yaml").read_text(encoding="utf-8"))
    assert "glossary/warrant.yaml:1: error: the id 'detainer' does not match the file name 'warrant'" in problems(
        content
    )


def test_unknown_source_reference_is_an_error(content: Path) -> None:
    replace_in(content / "places/us-va-alexandria.yaml", "    sources: [city-page]", "    sources: [nowhere]")
    assert (
        "places/us-va-alexandria.yaml:12: error: 'facts[0].sources' cites 'nowhere', which is not in sources.yaml"
        in problems(content)
    )


def test_link_to_missing_guide_is_an_error(content: Path) -> None:
    replace_in(content / "guides/agents-at-door/en.md", "(guide:stopped)", "(guide:stoped)")
    found = problems(content)
    assert (
        "guides/agents-at-door/en.md:20: error: the link 'guide:stoped' points to a guide that does not exist" in found
    )


def test_related_guide_and_contact_that_do_not_exist_are_errors(content: Path) -> None:
    replace_in(content / "guides/agents-at-door/en.md", "related: [stopped]", "related: [gone]")
    replace_in(content / "places/us-va-alexandria.yaml", "contacts: [city-hotline]", "contacts: [no-such-office]")
    found = problems(content)
    assert "guides/agents-at-door/en.md:8: error: 'related' names the guide 'gone', which does not exist" in found
    assert (
        "places/us-va-alexandria.yaml:14: error: "
        "'contacts' names the directory record 'no-such-office', which does not exist"
        in found
    )


def test_script_link_in_a_guide_is_an_error(content: Path) -> None:
    replace_in(content / "guides/stopped/en.md", "You may ask", "[Click](ftp://example.org/x) You may ask")
    assert any("the link 'ftp://example.org/x' is not allowed" in p for p in problems(content))


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("last year", "'updated' is 'last year', which is not a date (write YYYY-MM-DD)"),
        ("2999-01-01", "'updated' is 2999-01-01, which lies in the future"),
    ],
)
def test_bad_dates_are_errors(content: Path, value: str, message: str) -> None:
    replace_in(content / "guides/stopped/en.md", "updated: 2026-01-10", f"updated: {value}")
    assert f"guides/stopped/en.md:7: error: {message}" in problems(content)


def test_guide_without_updated_date_is_an_error(content: Path) -> None:
    replace_in(content / "guides/stopped/en.md", "updated: 2026-01-10\n", "")
    found = problems(content)
    assert any(p.startswith("guides/stopped/en.md:") and "missing the required field 'updated'" in p for p in found), (
        found
    )


def test_bare_reviewed_date_is_refused_at_its_line(content: Path) -> None:
    replace_in(content / "guides/stopped/en.md", "updated: 2026-01-10", "updated: 2026-01-10\nreviewed: 2026-01-10")
    found = problems(content)
    assert "guides/stopped/en.md:8: error: reviewed needs the kind of review (legal or language) and its date" in found


def test_review_without_its_kind_is_refused(content: Path) -> None:
    replace_in(
        content / "guides/stopped/en.md", "updated: 2026-01-10", "updated: 2026-01-10\nreviewed:\n  - date: 2026-01-10"
    )
    found = problems(content)
    assert "guides/stopped/en.md:9: error: reviewed needs the kind of review (legal or language) and its date" in found


def test_review_of_an_unknown_kind_is_refused(content: Path) -> None:
    replace_in(
        content / "guides/stopped/en.md",
        "updated: 2026-01-10",
        "updated: 2026-01-10\nreviewed:\n  - {kind: friend, date: 2026-01-10}",
    )
    assert any(p.startswith("guides/stopped/en.md:9: error: 'reviewed[0].kind' is 'friend'") for p in problems(content))


def test_review_dated_in_the_future_is_refused(content: Path) -> None:
    replace_in(
        content / "guides/stopped/en.md",
        "updated: 2026-01-10",
        "updated: 2026-01-10\nreviewed:\n  - {kind: legal, date: 2999-01-01}",
    )
    assert "guides/stopped/en.md:9: error: 'reviewed[0].date' is 2999-01-01, which lies in the future" in problems(
        content
    )


def test_legal_review_and_questions_are_loaded(content: Path) -> None:
    replace_in(
        content / "guides/stopped/en.md",
        "updated: 2026-01-10",
        "updated: 2026-01-10\nreviewed:\n  - {kind: language, date: 2026-01-05}\n  - {kind: legal, date: 2026-01-08}\n"
        "questions:\n  - Can police search my car?",
    )
    library = load_library(content, today=TODAY)
    assert [p for p in library.problems if p.is_error] == []
    guide = library.guides["stopped"]
    assert guide.updated == dt.date(2026, 1, 10)
    assert guide.legal_review == Review("legal", dt.date(2026, 1, 8))
    assert guide.source_text.questions == ["Can police search my car?"]


def test_questions_must_be_a_list_of_text(content: Path) -> None:
    replace_in(content / "guides/stopped/en.md", "updated: 2026-01-10", "updated: 2026-01-10\nquestions: {a: b}")
    assert "guides/stopped/en.md:8: error: 'questions' must be a list" in problems(content)


def test_guide_without_reviews_has_no_legal_review(content: Path) -> None:
    assert load_library(content, today=TODAY).guides["stopped"].legal_review is None


def test_impossible_calendar_date_is_an_error_not_a_crash(content: Path) -> None:
    replace_in(content / "places/us-va-alexandria.yaml", "verified: 2026-02-19", "verified: 2026-13-45")
    assert any(
        p.startswith("places/us-va-alexandria.yaml:15: error: a value cannot be read") for p in problems(content)
    )


def test_rejected_phone_number_is_an_error(content: Path) -> None:
    replace_in(content / "directory/city-hotline.yaml", '"703-746-4311"', '"555-0100"')
    assert "directory/city-hotline.yaml:9: error: '555-0100' is not a valid phone number" in problems(content)


def test_zip_code_that_does_not_exist_is_an_error(content: Path) -> None:
    replace_in(content / "directory/city-hotline.yaml", '"22314"', '"00000"')
    assert "directory/city-hotline.yaml:14: error: the ZIP code '00000' does not exist" in problems(content)


def test_county_that_does_not_exist_is_an_error(content: Path) -> None:
    replace_in(content / "places/us-va-alexandria.yaml", "county: Alexandria city", "county: Atlantis County")
    found = problems(content)
    assert any(
        p.startswith("places/us-va-alexandria.yaml:5: error: there is no county 'Atlantis County' in VA") for p in found
    )


def test_changed_english_text_marks_translation_out_of_date(content: Path) -> None:
    replace_in(content / "guides/agents-at-door/en.md", "Keep the door closed.", "Keep the door shut.")
    library = load_library(content, today=TODAY)
    warning = [p.format(relative_to=content) for p in library.problems]
    assert any(p.startswith("guides/agents-at-door/es.md:9: warning: out of date") for p in warning), warning
    assert all(not p.is_error for p in library.problems)
    assert library.guides["agents-at-door"].texts["es"].translation.out_of_date


def test_changed_english_record_text_marks_its_translation_out_of_date(content: Path) -> None:
    replace_in(content / "directory/city-hotline.yaml", "  en: The city's information line.", "  en: The city line.")
    library = load_library(content, today=TODAY)
    assert library.directory["city-hotline"].translations["es"].out_of_date
    assert any("out of date: the 'es' translation" in p.message for p in library.problems)


def test_translated_text_without_a_status_is_an_error(content: Path) -> None:
    replace_in(
        content / "glossary/detainer.yaml", "  en: ICE detainer\n", "  en: ICE detainer\n  es: orden de retención\n"
    )
    assert any(p.startswith("glossary/detainer.yaml:") and "no entry in 'translations'" in p for p in problems(content))


def test_translation_may_not_claim_to_be_the_source(content: Path) -> None:
    replace_in(content / "guides/agents-at-door/es.md", "status: machine", "status: source")
    assert any(
        p.startswith("guides/agents-at-door/es.md:10: error: 'translation.status' is 'source'")
        for p in problems(content)
    )


def test_claimed_fact_must_say_who_claims_it(content: Path) -> None:
    replace_in(content / "places/us-va-alexandria.yaml", 'answer: "no"', "answer: claimed")
    assert (
        "places/us-va-alexandria.yaml:10: error: a claimed fact must say who makes the claim in 'claim_by'"
        in problems(content)
    )


def test_one_broken_file_does_not_hide_the_others(content: Path) -> None:
    write(content / "directory/city-hotline.yaml", "id: city-hotline\nname: [unclosed\n")
    replace_in(content / "guides/stopped/en.md", "updated: 2026-01-10", "updated: soon")
    library = load_library(content, today=TODAY)
    paths = {p.path.relative_to(content).as_posix() for p in library.problems if p.is_error}
    assert {"directory/city-hotline.yaml", "guides/stopped/en.md"} <= paths
    # Everything valid still loads.
    assert "agents-at-door" in library.guides
    assert "us-va-alexandria" in library.places
    assert "detainer" in library.glossary
    assert "city-hotline" not in library.directory


def test_translation_may_carry_only_the_card(content: Path) -> None:
    path = content / "guides/agents-at-door/es.md"
    header = path.read_text(encoding="utf-8").split("# Agentes")[0]
    path.write_text(header, encoding="utf-8")
    library = load_library(content, today=TODAY)
    assert [p.format() for p in library.problems] == []
    guide = library.guides["agents-at-door"]
    assert guide.card_text("es").card.headline == "No abra la puerta"
    assert guide.text("es").lang == "en"  # the reader falls back to English


def test_english_text_without_a_body_is_an_error(content: Path) -> None:
    path = content / "guides/stopped/en.md"
    path.write_text(path.read_text(encoding="utf-8").split("# Stopped")[0], encoding="utf-8")
    assert "guides/stopped/en.md:13: error: the guide has no text after its header" in problems(content)


def test_translation_without_an_unverified_list_keeps_the_english_one(content: Path) -> None:
    replace_in(
        content / "guides/agents-at-door/en.md",
        "updated: 2026-01-10",
        "updated: 2026-01-10\nunverified:\n  - The advice to talk through the door comes from no source.",
    )
    library = load_library(content, today=TODAY)
    spanish = library.guides["agents-at-door"].texts["es"]
    assert spanish.unverified == ["The advice to talk through the door comes from no source."]


@pytest.mark.parametrize(
    ("old", "new", "line", "starts"),
    [
        ("name: Alex311", 'name: "=HYPERLINK(\\"http://example.invalid\\")"', 2, "'='"),
        ("name: Alex311", "name: \"+cmd|' /C calc'!A0\"", 2, "'+'"),
        ("  es: La línea de información de la ciudad.", '  es: "@SUM(1+1)"', 6, "'@'"),
        ("  city: Alexandria", '  city: "\\t=1+1"', 12, "a tab"),
    ],
)
def test_directory_text_a_spreadsheet_would_run_as_a_formula_is_an_error_at_its_line(
    content: Path, old: str, new: str, line: int, starts: str
) -> None:
    replace_in(content / "directory/city-hotline.yaml", old, new)
    found = problems(content)
    assert any(
        p.startswith(f"directory/city-hotline.yaml:{line}: error: ")
        and f"starts with {starts}, which a spreadsheet would run as a formula" in p
        for p in found
    ), found


def test_a_phone_number_starting_with_a_plus_is_not_a_formula(content: Path) -> None:
    replace_in(content / "directory/city-hotline.yaml", '"703-746-4311"', '"+1 703-746-4311"')
    assert not any("formula" in p for p in problems(content))


def test_fact_dated_after_its_document_is_a_warning(content: Path) -> None:
    replace_in(content / "places/us-va-alexandria.yaml", "    as_of: 2026-02-19", "    as_of: 2026-11-21")
    found = problems(content)
    assert any(
        p.startswith("places/us-va-alexandria.yaml:")
        and "facts[0].as_of is 2026-11-21, later than its newest cited document (2026-02-19)" in p
        for p in found
    ), found


def test_fact_from_an_undated_document_needs_the_day_it_was_read(content: Path) -> None:
    replace_in(
        content / "places/us-va-alexandria.yaml",
        "    sources: [city-page]\n    as_of: 2026-02-19",
        "    sources: [legal-article]\n    as_of: 2026-01-01",
    )
    assert any("facts[0] cites only undated documents and none says when it was read" in p for p in problems(content))
    replace_in(
        content / "sources.yaml", "  kind: legal-information\n", "  kind: legal-information\n  accessed: 2026-02-20\n"
    )
    found = problems(content)
    assert any("facts[0].as_of is 2026-01-01, but its undated documents were read on 2026-02-20" in p for p in found), (
        found
    )


def test_guide_updated_before_a_document_it_cites_is_a_warning(content: Path) -> None:
    replace_in(
        content / "guides/agents-at-door/en.md", "sources: [legal-article]", "sources: [legal-article, city-page]"
    )
    found = problems(content)
    assert any(
        p.startswith("guides/agents-at-door/en.md:")
        and "'updated' is 2026-01-10, before the date of the cited document 'city-page' (2026-02-19)" in p
        for p in found
    ), found
