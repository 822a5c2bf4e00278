"""The translators' tools: the to-do list of a language and the stamped translation block."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktopguide.core.content.guides import guide_source_hash
from desktopguide.core.content.loader import load_library
from desktopguide.core.content.problems import ContentError
from desktopguide.core.content.translation_files import (
    CARD_ONLY,
    MISSING,
    OUT_OF_DATE,
    english_hash_for,
    guide_todo,
    stamp_translation,
)
from tests.content_factory import write

TODAY = dt.date(2026, 12, 6)


def test_todo_lists_missing_and_out_of_date_guides_but_not_current_ones(content: Path) -> None:
    english = content / "guides/agents-at-door/en.md"
    english.write_text(
        english.read_text(encoding="utf-8").replace("Keep the door closed.", "Keep it shut."), encoding="utf-8"
    )
    library = load_library(content)
    todo = {(item.guide_id, item.state) for item in guide_todo(library, "es")}
    assert todo == {("agents-at-door", OUT_OF_DATE), ("stopped", MISSING)}
    stamped = stamp_translation(
        (content / "guides/agents-at-door/es.md").read_text(encoding="utf-8"),
        english_hash_for(content / "guides/agents-at-door/es.md"),
    )
    write(content / "guides/agents-at-door/es.md", stamped)
    assert [item.guide_id for item in guide_todo(load_library(content), "es")] == ["stopped"]


def test_todo_lists_a_translation_with_only_its_card(content: Path) -> None:
    path = content / "guides/agents-at-door/es.md"
    write(path, path.read_text(encoding="utf-8").split("---\n# ")[0] + "---\n")
    states = {item.guide_id: item.state for item in guide_todo(load_library(content), "es")}
    assert states["agents-at-door"] == CARD_ONLY


def test_stamp_replaces_the_block_and_the_date_and_nothing_else() -> None:
    text = (
        '---\nid: x\ntitle: T\nupdated: 2026-01-01\ntranslation:\n  status: reviewed\n  from_hash: "old"\n'
        "card:\n  headline: H\n---\n# T\n\nBody.\n"
    )
    stamped = stamp_translation(text, "abc123abc123", TODAY)
    assert stamped == (
        '---\nid: x\ntitle: T\nupdated: 2026-12-06\ntranslation:\n  status: machine\n  from_hash: "abc123abc123"\n'
        "card:\n  headline: H\n---\n# T\n\nBody.\n"
    )


def test_stamp_adds_the_block_before_the_card_when_there_is_none() -> None:
    text = "---\nid: x\ntitle: T\ncard:\n  headline: H\n---\n# T\n"
    stamped = stamp_translation(text, "abc", None)
    assert (
        stamped
        == '---\nid: x\ntitle: T\ntranslation:\n  status: machine\n  from_hash: "abc"\ncard:\n  headline: H\n---\n# T\n'
    )


def test_stamp_refuses_a_file_without_a_header() -> None:
    with pytest.raises(ContentError, match="header"):
        stamp_translation("# Just a title\n", "abc")


def test_english_hash_is_the_hash_the_loader_checks(content: Path) -> None:
    library = load_library(content)
    expected = guide_source_hash(library.guides["agents-at-door"].source_text)
    assert english_hash_for(content / "guides/agents-at-door/ti.md") == expected
