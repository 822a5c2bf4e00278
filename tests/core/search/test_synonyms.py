"""Glossary forms widen a query across languages."""

from __future__ import annotations

from desktopguide.core.content.model import Library
from desktopguide.core.search.synonyms import SynonymTable


def test_everyday_words_widen_to_the_term_in_every_language(bundled_library: Library) -> None:
    table = SynonymTable.from_glossary(bundled_library.glossary.values())
    [match] = table.find(["la", "migra"])
    assert match.term_ids == ("ice",)
    assert match.forms[0] == ("la", "migra")
    assert ("ice",) in match.forms


def test_the_longest_form_wins_and_forms_do_not_overlap(bundled_library: Library) -> None:
    table = SynonymTable.from_glossary(bundled_library.glossary.values())
    matches = table.find(["my", "immigration", "judge", "said"])
    assert [(m.start, m.end) for m in matches] == [(1, 3)]
    assert matches[0].term_ids == ("immigration-judge",)


def test_a_form_containing_another_chosen_form_is_left_out(bundled_library: Library) -> None:
    table = SynonymTable.from_glossary(bundled_library.glossary.values())
    [match] = table.find(["detainer"])
    assert ("ice", "detainer") not in match.forms  # "detainer" already finds it


def test_parenthesised_explanations_are_forms_but_287g_stays_whole(bundled_library: Library) -> None:
    table = SynonymTable.from_glossary(bundled_library.glossary.values())
    assert table.find(["deportation"])[0].term_ids == ("removal",)
    assert table.find(["287", "g"])[0].term_ids == ("287g",)
    assert not table.find(["g"])
