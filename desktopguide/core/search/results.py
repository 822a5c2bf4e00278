"""What a search returns."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class SearchResult:
    kind: str  # guide, org, place or term
    id: str  # the record id
    lang: str  # the language of the text that matched
    title: str
    snippet: str  # plain text
    score: float  # higher is better (BM25 with column weights)
    snippet_html: str = ""  # the snippet as HTML, matched words in <b>
    title_html: str = ""
    other_language: bool = False  # not in the language searched in
    # Matches every word of the query (or answers its need); False for records with only
    # some of them. Results of several indexes are merged by this first.
    all_words: bool = True

    def to_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class SearchResults:
    query: str
    lang: str
    results: list[SearchResult] = field(default_factory=list)
    # The query as searched when typo fallback replaced words ("showing results for ...").
    corrected_query: str | None = None
    # What was corrected: (typed word, word searched instead), in the order typed.
    corrections: tuple[tuple[str, str], ...] = ()
    # Where legal help for the question's need stands: after the need's records and the best match.
    help_at: int = 0
    # How many results, from the first, are the records the question's need calls for
    # (the guide for a detained relative): they stay first when results are merged.
    needs_first: int = 0

    @property
    def original_query(self) -> str | None:
        """The query as typed, when results are for a corrected one ("search instead for ...")."""
        return self.query if self.corrected_query is not None else None

    def __iter__(self) -> Iterator[SearchResult]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def __bool__(self) -> bool:
        return bool(self.results)

    def __getitem__(self, index: int) -> SearchResult:
        return self.results[index]

    @property
    def ids(self) -> list[str]:
        return [r.id for r in self.results]

    def by_kind(self) -> dict[str, list[SearchResult]]:
        """Results grouped by kind, kinds in the order their best result comes."""
        groups: dict[str, list[SearchResult]] = {}
        for result in self.results:
            groups.setdefault(result.kind, []).append(result)
        return groups
