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
    # In the place the question names, with its other words ("ICE office in Houston"):
    # before the rest when several indexes' results are merged.
    in_place: bool = False
    # What the question asked for besides its words: legal help near the place it names
    # (or the home ZIP), the place itself.
    asked: bool = False

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
        return _by_kind(self.results)

    def grouped(self) -> list[tuple[str, list[SearchResult]]]:
        """Results under kind headings, as they are shown: kinds in the order their best
        result comes, and what the question asked for (legal help near the place it names,
        the place) grouped apart where the first of it stands, so that "abogado en nueva
        york" shows New York's organizations after the legal-help guide, not below every
        guide that says "abogado". A kind may then head two groups, never two in a row ("ice
        office in houston": Texas and Harris County, then the offices, all under Places)."""
        asked = [r for r in self.results if r.asked]
        if not asked:
            return list(self.by_kind().items())
        first = self.results.index(asked[0])
        after = [r for r in self.results[first:] if not r.asked]
        groups: list[tuple[str, list[SearchResult]]] = []
        for part in (self.results[:first], asked, after):
            for kind, group in _by_kind(part).items():
                if groups and groups[-1][0] == kind:
                    groups[-1][1].extend(group)
                else:
                    groups.append((kind, group))
        return groups


def _by_kind(results: list[SearchResult]) -> dict[str, list[SearchResult]]:
    groups: dict[str, list[SearchResult]] = {}
    for result in results:
        groups.setdefault(result.kind, []).append(result)
    return groups
