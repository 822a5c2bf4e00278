"""The content that ships with the app is valid and complete enough to use."""

from __future__ import annotations

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import SOURCE_LANGUAGE


def test_bundled_content_loads_without_errors_and_warns_only_of_out_of_date_translations() -> None:
    # The December 2026 English fixes make translations out of date until they are redone
    # (issue 18); any other warning is a real problem.
    library = load_library()
    assert [p.format() for p in library.problems if p.is_error or "out of date" not in p.message] == []


def test_bundled_content_has_guides_in_english_and_spanish() -> None:
    library = load_library()
    bilingual = [g for g in library.guides.values() if {"en", "es"} <= set(g.texts)]
    assert len(bilingual) >= 3


def test_every_translation_is_marked_machine_or_reviewed_with_its_hash() -> None:
    library = load_library()
    for guide in library.guides.values():
        for lang, text in guide.texts.items():
            if lang != SOURCE_LANGUAGE:
                assert text.translation.status in ("machine", "reviewed")
                assert text.translation.from_hash


def test_bundled_content_has_the_alexandria_profile_and_directory_records() -> None:
    library = load_library()
    alexandria = library.places["us-va-alexandria"]
    assert alexandria.state == "VA" and alexandria.county == "Alexandria city"
    assert all(fact.sources and fact.as_of for fact in alexandria.facts)
    assert len(library.directory) >= 3
    assert all(record.sources for record in library.directory.values())


def test_language_list_names_each_language_in_its_own_script() -> None:
    library = load_library()
    assert library.languages["es"].native_name == "español"
    assert library.languages["ar"].native_name == "العربية"
    assert library.languages["ar"].is_rtl and library.languages["prs"].is_rtl
    assert not library.languages["hmn"].is_rtl
    assert len(library.languages) == 19


def test_no_bundled_guide_claims_a_review_that_did_not_happen() -> None:
    # No lawyer or fluent reviewer has checked the bundled guides yet (content review, finding 36).
    library = load_library()
    for guide in library.guides.values():
        assert guide.updated is not None
        assert all(text.reviews == [] for text in guide.texts.values()), guide.id


def test_glossary_has_the_2026_terms_with_everyday_words_and_honest_translation_status() -> None:
    library = load_library()
    for term_id in ("bond", "detainee-locator", "check-in", "registration", "expedited-removal"):
        term = library.glossary[term_id]
        assert term.sources, term_id
        assert all(t.status == "machine" for t in term.translations.values()), term_id
    assert "fianza" in library.glossary["bond"].synonyms["es"]
    assert "la migra" in library.glossary["ice"].synonyms["es"]
    # Expedited removal is described as it is since January 2025, not as a narrow exception.
    definition = library.glossary["expedited-removal"].definition.get("en")
    assert "anywhere in the United States" in definition and "afraid to return" in definition
    assert "few exceptions" not in definition


def test_no_english_text_says_ice_cannot_deport() -> None:
    # Content review finding 2: ICE can deport some people without a judge.
    library = load_library()
    texts = [t.body + " ".join(t.card.key_points) for g in library.guides.values() for t in [g.source_text]]
    texts += [term.definition.get("en") for term in library.glossary.values()]
    for text in texts:
        flat = " ".join(text.split())
        assert "ICE agents: No" not in flat
        assert "Police officers and ICE agents cannot" not in flat
        assert "ICE agent cannot simply put you on a plane" not in flat


def test_no_card_names_a_local_contact_for_everyone() -> None:
    # Review finding 23: a national card printed anywhere must not lead with one city's police line.
    library = load_library()
    for guide in library.guides.values():
        for text in guide.texts.values():
            for contact in text.card.contacts:
                areas = library.directory[contact].service_area
                assert any(area.national for area in areas), (guide.id, text.lang, contact)


def test_english_guides_carry_no_alexandria_only_facts() -> None:
    # Issue 18 point 3: local facts live in place profiles, not in guides read everywhere.
    library = load_library()
    for guide in library.guides.values():
        text = guide.source_text
        assert "Alexandria" not in text.body, guide.id
        assert "703-746" not in text.body + " ".join(text.card.key_points), guide.id
