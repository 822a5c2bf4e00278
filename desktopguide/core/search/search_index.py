"""`SearchIndex`: what the app, the command line and the benchmark search with."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktopguide.core.model import Library
from desktopguide.core.search import index as index_file
from desktopguide.core.search.documents import KINDS, SearchDocument, library_documents
from desktopguide.core.search.query import (
    QueryWord,
    all_of,
    any_of,
    bare_expression,
    either_of,
    form_phrase,
    parse_query,
    with_filters,
)
from desktopguide.core.search.results import SearchResult, SearchResults
from desktopguide.core.search.snippets import highlight, highlighter, make_snippet
from desktopguide.core.search.spelling import Speller
from desktopguide.core.search.synonyms import SynonymTable

# Records in other languages are fetched beyond the limit, since one record may match
# in several languages and is shown once.
_OVERFETCH = 3


@dataclass
class _Plan:
    groups: list[str] = field(default_factory=list)  # one FTS5 expression per word or synonym
    marked: list[tuple[str, bool]] = field(default_factory=list)  # (folded words, prefix) to highlight
    searched_words: list[str] = field(default_factory=list)
    corrected: bool = False


class SearchIndex:
    """Search over every guide, organization, place and glossary term, in every language."""

    def __init__(self, conn: sqlite3.Connection, synonyms: SynonymTable | None = None, from_cache: bool = False):
        self._conn = conn
        self._synonyms = synonyms or SynonymTable()
        self._speller = Speller(conn)
        self._lock = threading.Lock()  # one connection, possibly shared by a worker thread
        self.from_cache = from_cache

    @classmethod
    def for_library(cls, library: Library, cache_dir: Path | None = None) -> SearchIndex:
        """The index of `library`, from the cache when its content has not changed."""
        conn, from_cache = index_file.open_cached(library_documents(library), library.content_hash, cache_dir)
        return cls(conn, SynonymTable.from_glossary(library.glossary.values()), from_cache)

    @classmethod
    def from_documents(
        cls, documents: Iterable[SearchDocument], synonyms: SynonymTable | None = None, path: Path | None = None
    ) -> SearchIndex:
        """An index of any documents, in memory or in a new file at `path`."""
        if path is None:
            return cls(index_file.build_in_memory(documents), synonyms)
        index_file.build_file(documents, path)
        return cls(index_file.open_read_only(path), synonyms)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- searching -----------------------------------------------------------------
    def search(
        self,
        query: str,
        lang: str,
        kinds: Sequence[str] | None = None,
        limit: int = 20,
        prefix_last: bool = True,
    ) -> SearchResults:
        """Records matching `query`, those in `lang` first, best first within each part.

        Never raises for any `query`. Unknown `kinds` raise ValueError.
        """
        unknown = [k for k in kinds or () if k not in KINDS]
        if unknown:
            raise ValueError(f"unknown kind of record: {unknown[0]}")
        query_words = parse_query(query, prefix_last)
        if not query_words or limit <= 0:
            return SearchResults(query, lang)
        with self._lock:
            plan = self._plan(query_words)
            rows = self._ranked(all_of(plan.groups), lang, kinds, limit)
            if not rows and len(plan.groups) > 1:
                rows = self._ranked(either_of(plan.groups), lang, kinds, limit)
            results = self._results(rows, plan, lang)
        corrected = " ".join(plan.searched_words) if plan.corrected else None
        return SearchResults(query, lang, results, corrected)

    def bare_search(self, query: str, limit: int = 20) -> list[tuple[int, float]]:
        """The plainest FTS5 MATCH for the same words: what the benchmark compares with."""
        expression = bare_expression(parse_query(query))
        if not expression:
            return []
        with self._lock:
            return self._conn.execute(
                "SELECT rowid, rank FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?", (expression, limit)
            ).fetchall()

    def _plan(self, query_words: list[QueryWord]) -> _Plan:
        """Each word or glossary form becomes one group of alternatives; a word that
        matches nothing is replaced by the nearest indexed word."""
        plan = _Plan()
        texts = [w.text for w in query_words]
        matches = {m.start: m for m in self._synonyms.find(texts)}
        position = 0
        while position < len(query_words):
            match = matches.get(position)
            if match is not None:
                plan.groups.append(any_of(form_phrase(form) for form in match.forms))
                plan.marked.extend((" ".join(form), False) for form in match.forms)
                plan.searched_words.extend(texts[match.start : match.end])
                position = match.end
                continue
            word = query_words[position]
            if not self._matches_something(word):
                nearest = self._speller.nearest(word.text)
                if nearest is not None:
                    word = QueryWord(nearest, word.prefix)
                    plan.corrected = True
            plan.groups.append(word.phrase())
            plan.marked.append((word.text, word.prefix))
            plan.searched_words.append(word.text)
            position += 1
        return plan

    def _matches_something(self, word: QueryWord) -> bool:
        if word.cjk:
            return True  # pairs of characters: no spelling to correct
        return self._speller.known_prefix(word.text) if word.prefix else self._speller.known(word.text)

    def _ranked(
        self, expression: str, lang: str, kinds: Sequence[str] | None, limit: int
    ) -> list[tuple[int, float, str, str, str]]:
        """(rowid, rank, kind, record id, lang): first in `lang`, then other languages,
        each record once."""
        rows = self._match(with_filters(expression, kinds, lang, same_lang=True), limit)
        if len(rows) < limit:
            seen = {(row[2], row[3]) for row in rows}
            for row in self._match(with_filters(expression, kinds, lang, same_lang=False), limit * _OVERFETCH):
                if (row[2], row[3]) not in seen:
                    seen.add((row[2], row[3]))
                    rows.append(row)
                    if len(rows) == limit:
                        break
        return rows

    def _match(self, expression: str, limit: int) -> list[tuple[int, float, str, str, str]]:
        return self._conn.execute(
            "SELECT r.id, m.score, r.kind, r.record_id, r.lang FROM "
            "(SELECT rowid AS id, rank AS score FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?) AS m "
            "JOIN records AS r ON r.id = m.id ORDER BY m.score",
            (expression, limit),
        ).fetchall()

    def _results(self, rows: list[tuple[int, float, str, str, str]], plan: _Plan, lang: str) -> list[SearchResult]:
        if not rows:
            return []
        marks = ",".join("?" * len(rows))
        texts = {
            row[0]: row[1:]
            for row in self._conn.execute(
                f"SELECT id, title, summary, body, folded_summary, folded_body FROM records WHERE id IN ({marks})",
                [r[0] for r in rows],
            )
        }
        pattern = highlighter(tuple(plan.marked))
        results = []
        for rowid, rank, kind, record_id, record_lang in rows:
            title, summary, body, folded_summary, folded_body = texts[rowid]
            snippet = make_snippet(pattern, [(summary, folded_summary), (body, folded_body)])
            results.append(
                SearchResult(
                    kind=kind,
                    id=record_id,
                    lang=record_lang,
                    title=title,
                    snippet=snippet.text,
                    score=round(-rank, 4),
                    snippet_html=snippet.html(),
                    title_html=highlight(pattern, title).html(),
                    other_language=record_lang != lang,
                )
            )
        return results
