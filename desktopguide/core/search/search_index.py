"""`SearchIndex`: what the app, the command line and the benchmark search with."""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktopguide.core.model import Library
from desktopguide.core.search import index as index_file
from desktopguide.core.search.documents import KINDS, SearchDocument, library_documents
from desktopguide.core.search.index import LANG_SHIFT
from desktopguide.core.search.query import (
    QueryWord,
    all_of,
    any_of,
    anywhere_match,
    bare_expression,
    bm25_order,
    either_of,
    form_phrase,
    headline_match,
    parse_query,
)
from desktopguide.core.search.results import SearchResult, SearchResults
from desktopguide.core.search.snippets import highlight, highlighter, make_snippet
from desktopguide.core.search.spelling import Speller
from desktopguide.core.search.synonyms import SynonymTable

# Documents are fetched beyond the limit, since one record may match in several
# languages and is shown once.
_OVERFETCH = 3
# Below this many results, words found only in the body of other languages' records are
# added too (the English record that answers a Spanish word, say).
FEW_RESULTS = 5


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
        # Small and read on every search: kept in memory.
        self._records = {row[0]: row[1:] for row in conn.execute("SELECT id, kind, record_id, lang FROM records")}
        self._lang_numbers = {lang: n for n, lang in enumerate(index_file.languages(conn))}
        rank = bm25_order()
        self._same_sql = (
            f"SELECT rowid, {rank} AS score FROM docs WHERE docs MATCH ? AND rowid BETWEEN ? AND ? "
            "ORDER BY score LIMIT ?"
        )
        self._other_sql = (
            f"SELECT rowid, {rank} AS score FROM docs WHERE docs MATCH ? AND (rowid < ? OR rowid > ?) "
            "ORDER BY score LIMIT ?"
        )

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

    @staticmethod
    def forget_queries() -> None:
        """Drop what this process keeps in memory about past queries (compiled
        highlighting patterns), as a kiosk does when a visitor walks away."""
        highlighter.cache_clear()
        re.purge()

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
                f"SELECT rowid, {bm25_order()} AS score FROM docs WHERE docs MATCH ? ORDER BY score LIMIT ?",
                (expression, limit),
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

    def _ranked(self, expression: str, lang: str, kinds: Sequence[str] | None, limit: int) -> list[tuple[int, float]]:
        """(rowid, bm25) of the best documents, each record once.

        In order: records in `lang` matching in a headline column (title, keywords,
        summary, linked terms), then the rest of those in `lang` matching anywhere, then
        the same two in other languages (the second only while there are few results);
        within each part by BM25 with column weights.
        Each part is a separate query, run only while the results are not full, and
        confined to its language's rowids (the language is in the rowid's high bits):
        most queries never rank the thousands of documents that mention a common word
        in passing.
        """
        number = self._lang_numbers.get(lang)
        low, high = ((number << LANG_SHIFT, ((number + 1) << LANG_SHIFT) - 1) if number is not None else (0, -1))
        parts = (headline_match(expression, kinds), anywhere_match(expression, kinds))
        found: list[tuple[int, float]] = []
        seen: set[tuple[str, str]] = set()
        for same_language in (True, False):
            for match in parts:
                if len(found) >= limit:
                    return found
                if not same_language and match is parts[1] and len(found) >= FEW_RESULTS:
                    return found  # passing mentions in other languages only when little else
                # Each part may return records an earlier one found: ask for a full list.
                if same_language:
                    rows = self._conn.execute(self._same_sql, (match, low, high, limit)).fetchall()
                else:
                    rows = self._conn.execute(self._other_sql, (match, low, high, limit * _OVERFETCH)).fetchall()
                for rowid, score in rows:
                    kind, record_id, _lang = self._records[rowid]
                    if (kind, record_id) not in seen and len(found) < limit:
                        seen.add((kind, record_id))
                        found.append((rowid, score))
        return found

    def _results(self, rows: list[tuple[int, float]], plan: _Plan, lang: str) -> list[SearchResult]:
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
        for rowid, rank in rows:
            kind, record_id, record_lang = self._records[rowid]
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
