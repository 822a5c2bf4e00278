"""Search test set-up: every test gets its own cache folder, never the user's."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from desktopguide.core.search import SearchIndex
from desktopguide.core.search.with_lists import LibrarySearch
from tests.core.search.multilingual_content import write_multilingual_content


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user cache folder (platformdirs honours XDG_CACHE_HOME) into tmp_path."""
    folder = tmp_path / "xdg-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


@pytest.fixture(scope="session")
def bundled_library() -> Library:
    return load_library()


@pytest.fixture(scope="session")
def bundled_index(bundled_library: Library, tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """The index of the bundled content (guides, directory, places, glossary in en and es)."""
    return SearchIndex.for_library(bundled_library, cache_dir=tmp_path_factory.mktemp("bundled-cache"))


@pytest.fixture(scope="session")
def bundled_search(bundled_library: Library, tmp_path_factory: pytest.TempPathFactory) -> LibrarySearch:
    """What the app searches: the bundled content's index with the national lists' beside it."""
    return LibrarySearch.for_library(bundled_library, cache_dir=tmp_path_factory.mktemp("bundled-search-cache"))


@pytest.fixture(scope="session")
def multilingual_index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """The minimal test content plus one guide in Arabic, Persian, Chinese, Korean,
    Vietnamese, French and Russian."""
    root = write_multilingual_content(tmp_path_factory.mktemp("content") / "resources")
    library = load_library(root)
    assert len(library.guides["agents-at-door"].texts) == 9, library.problems
    return SearchIndex.for_library(library, cache_dir=tmp_path_factory.mktemp("multilingual-cache"))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the relevance suite's score (recorded by test_questions_relevance)."""
    for reports in terminalreporter.stats.values():
        for report in reports:
            for name, value in getattr(report, "user_properties", ()):
                if getattr(report, "when", "call") != "call":
                    continue
                if name == "questions_relevance":
                    terminalreporter.write_line(f"search relevance: {value} questions answered in the top 3")
                elif name == "questions_relevance_with_lists":
                    terminalreporter.write_line(f"search relevance with the national lists: {value} in the top 3")
