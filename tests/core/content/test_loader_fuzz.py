"""Arbitrary text and bytes: the loader raises nothing but its own ContentError."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.problems import ContentError
from desktopguide.core.content.yamldoc import parse_front_matter, parse_yaml
from tests.content_factory import write_minimal_content

# YAML-ish building blocks find the interesting corners faster than random bytes alone.
yaml_fragments = st.lists(
    st.sampled_from(
        ["---\n", "id: x\n", "- ", ": ", "[", "]", "{", "}", "&a ", "*a", "!!binary ", "!!python/object ", "2026-13-45",
         "\t", "\n", "  ", "'", '"', "|\n", ">-\n", "#", "%YAML 1.1\n", "? ", "\x00", "\ufeff", "\u202e", "title: ",
         "card:\n  headline: ", "reviewed: ", "sources: [", "no", "~", "1e999", "0x", "!!timestamp 2026-02-30 "]
    ).map(str),
    max_size=30,
).map("".join)

any_text = st.one_of(st.text(max_size=400), yaml_fragments)
any_bytes = st.one_of(st.binary(max_size=400), any_text.map(lambda t: t.encode("utf-8", "surrogatepass")))


@given(any_bytes)
@settings(max_examples=300)
def test_parse_yaml_raises_only_content_error(raw: bytes) -> None:
    try:
        parse_yaml(raw)
    except ContentError as exc:
        assert exc.line >= 1


@given(any_bytes)
@settings(max_examples=300)
def test_parse_front_matter_raises_only_content_error(raw: bytes) -> None:
    try:
        parse_front_matter(b"---\n" + raw if raw[:1] != b"-" else raw)
    except ContentError as exc:
        assert exc.line >= 1


@given(guide=any_bytes, record=any_bytes, languages=any_bytes)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_loading_a_folder_of_arbitrary_files_never_raises(
    tmp_path: Path, guide: bytes, record: bytes, languages: bytes
) -> None:
    root = tmp_path / "fuzz"
    if not (root / "languages.yaml").exists():
        shutil.rmtree(root, ignore_errors=True)
        write_minimal_content(root)
    (root / "guides/agents-at-door/es.md").write_bytes(guide)
    (root / "directory/fuzzed.yaml").write_bytes(record)
    original_languages = (root / "languages.yaml").read_bytes()
    (root / "sources.yaml").write_bytes(languages)
    library = load_library(root, today=dt.date(2026, 11, 21))
    # Whatever happened to the fuzzed files, the untouched records still load.
    assert "us-va-alexandria" in library.places
    assert (root / "languages.yaml").read_bytes() == original_languages
