"""How results are grouped for showing: by kind, and what the question asked for apart."""

from __future__ import annotations

from desktopguide.core.search.results import SearchResult, SearchResults


def result(kind: str, record_id: str, asked: bool = False) -> SearchResult:
    return SearchResult(kind, record_id, "es", record_id, "", 1.0, asked=asked)


def shown(results: SearchResults) -> list[tuple[str, list[str]]]:
    return [(kind, [r.id for r in group]) for kind, group in results.grouped()]


def test_without_anything_asked_for_each_kind_is_one_group_best_first() -> None:
    results = SearchResults("q", "es", [result("guide", "a"), result("org", "o"), result("guide", "b")])
    assert shown(results) == [("guide", ["a", "b"]), ("org", ["o"])]


def test_legal_help_asked_for_stands_apart_where_it_comes() -> None:
    # "abogado en nueva york": the legal-help guide and best match, New York's organizations,
    # then every other guide that says "abogado".
    results = SearchResults(
        "abogado en nueva york",
        "es",
        [
            result("guide", "finding-legal-help"),
            result("guide", "best-match"),
            result("org", "ny-1", asked=True),
            result("org", "ny-2", asked=True),
            result("guide", "other"),
            result("org", "elsewhere"),
            result("place", "us-ny", asked=True),  # the merge may put some of it further down
        ],
    )
    assert shown(results) == [
        ("guide", ["finding-legal-help", "best-match"]),
        ("org", ["ny-1", "ny-2"]),
        ("place", ["us-ny"]),
        ("guide", ["other"]),
        ("org", ["elsewhere"]),
    ]
    assert list(results.by_kind()) == ["guide", "org", "place"]  # by kind alone, as before


def test_a_kind_never_heads_two_groups_in_a_row() -> None:
    # "ice office in houston": the state and county asked for, then the offices in the city.
    results = SearchResults(
        "ice office in houston",
        "en",
        [
            result("term", "check-in"),
            result("place", "us-tx", asked=True),
            result("place", "county-48201", asked=True),
            result("place", "office-houston"),
            result("guide", "local-police-and-ice"),
            result("place", "office-dallas"),
        ],
    )
    assert shown(results) == [
        ("term", ["check-in"]),
        ("place", ["us-tx", "county-48201", "office-houston", "office-dallas"]),
        ("guide", ["local-police-and-ice"]),
    ]
