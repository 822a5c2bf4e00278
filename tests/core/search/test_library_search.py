"""LibrarySearch merges the library's and the lists' results: every word first, from either index."""

from __future__ import annotations

from desktopguide.core.search.documents import SearchDocument
from desktopguide.core.search.search_index import SearchIndex
from desktopguide.core.search.with_lists import LibrarySearch


def _filler(n: int) -> list[SearchDocument]:
    return [SearchDocument("place", f"filler-{i}", "en", f"Filler place {i}", body="nothing here") for i in range(n)]


def test_results_say_whether_they_match_every_word() -> None:
    index = SearchIndex.from_documents(
        [
            SearchDocument("guide", "both", "en", "Quiet harbor", body="A quiet harbor."),
            SearchDocument("guide", "one", "en", "Harbor rules", body="The harbor."),
            *_filler(60),
        ]
    )
    flags = {r.id: r.all_words for r in index.search("quiet harbor", "en", prefix_last=False)}
    assert flags == {"both": True, "one": False}


def test_a_record_of_the_lists_with_every_word_comes_before_a_guide_with_some() -> None:
    library = SearchIndex.from_documents(
        [SearchDocument("guide", "harbor-guide", "en", "Harbor rules", body="The harbor."), *_filler(60)]
    )
    lists = SearchIndex.from_documents(
        [SearchDocument("org", "quiet-harbor", "en", "Quiet Harbor Center", body="Legal help."), *_filler(60)]
    )
    ids = LibrarySearch(library, lists).search("quiet harbor", "en", prefix_last=False).ids
    assert ids[:2] == ["quiet-harbor", "harbor-guide"]
