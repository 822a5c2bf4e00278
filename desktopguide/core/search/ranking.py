"""Ranking with Tantivy: which documents match the query's words, best first.

FTS5 computed bm25 for every matching row before ordering, about 3.5 ms at p95 on the
national corpus; Tantivy skips the documents that cannot reach the top of the list
(docs/search-performance.md). The Tantivy index holds only what ranking needs: the
folded text fields (the tokens `normalize.index_text` makes, split on spaces), the
record's language and kind to filter by, and its row number in the SQLite index, where
everything shown lives. The searcher only reads: no query is written anywhere.

Field boosts carry the weights the FTS5 columns had: title above the questions a guide
answers, those above keywords and summary, section headings above the body they head,
and words the text only links to lowest.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import tantivy

from desktopguide.core.search.query import Group, Phrase

FIELD_BOOSTS = {
    "title": 10.0,
    "questions": 6.0,
    "keywords": 4.0,
    "summary": 4.0,
    "headings": 2.0,
    "body": 1.0,
    "related": 0.5,
}
TEXT_FIELDS = tuple(FIELD_BOOSTS)
# A match in these ranks above one in the body alone.
HEADLINE_FIELDS = ("title", "questions", "keywords", "summary", "related")
ROWID = "rowid"
PREFERRED = 1e6  # added to the score of a document in the preferred language: above any BM25
# A word found in several fields scores its best field's score and this share of the
# others': FTS5's bm25 saturated a word's hits over the whole document, so a long guide
# naming a word in every field did not outrank the short record titled by it; summing each
# field's BM25 would.
FIELD_TIE = 0.1
_TOKENIZER = "whitespace"  # the text is folded and split by `normalize` before it gets here
_WRITER_HEAP = 64_000_000  # bytes: the national corpus fits in one segment


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    for name in TEXT_FIELDS:
        builder.add_text_field(name, tokenizer_name=_TOKENIZER)
    builder.add_text_field("lang", tokenizer_name="raw")
    builder.add_text_field("kind", tokenizer_name="raw")
    builder.add_text_field("state", tokenizer_name="raw")  # the state a record is in or about, if one
    builder.add_integer_field(ROWID, indexed=True, fast=True)
    return builder.build()


def write(rows: Iterable[tuple[int, str, str, str, dict[str, str]]], folder: Path | None = None) -> tantivy.Index:
    """Index (rowid, language, kind, state, folded text by field) rows into the empty
    `folder` (in memory without one); the state is "" for a record in no one state."""
    index = tantivy.Index(_schema(), path=str(folder) if folder is not None else None)
    writer = index.writer(heap_size=_WRITER_HEAP, num_threads=1)
    for rowid, lang, kind, state, fields in rows:
        writer.add_document(tantivy.Document(rowid=rowid, lang=lang, kind=kind, state=state, **fields))
    writer.commit()
    writer.wait_merging_threads()
    return index


def open_folder(folder: Path) -> tantivy.Index:
    """A built index; ValueError or OSError when the folder holds none."""
    return tantivy.Index.open(str(folder))


class Ranker:
    """Searches one Tantivy index; any thread may use it."""

    def __init__(self, index: tantivy.Index) -> None:
        index.reload()
        self._schema = index.schema
        self._searcher = index.searcher()
        self._index = index  # keeps the searcher's files open
        # The query of each (phrase, field) asked for since `forget`: one search asks for
        # the same ones in several passes. Holds a visitor's words: `forget` after each search.
        self._built: dict[tuple[Phrase, str], tantivy.Query | None] = {}

    def forget(self) -> None:
        self._built.clear()

    def _phrase(self, phrase: Phrase, field: str) -> tantivy.Query | None:
        key = (phrase, field)
        if key not in self._built:
            self._built[key] = self._new_phrase(phrase, field)
        return self._built[key]

    def _new_phrase(self, phrase: Phrase, field: str) -> tantivy.Query | None:
        tokens: list[str | tuple[int, str]] = list(phrase.tokens)
        if not tokens:
            return None
        if len(tokens) == 1 and phrase.prefix:
            if not phrase.completions:
                return tantivy.Query.empty_query()  # a prefix of no indexed word
            # The words it begins, the best of them as if they were one (a document with
            # "detained" and "detainee" is not twice as good), each by BM25: a prefix or
            # regex query would give every match the same score (and cost a quarter of a
            # millisecond a field to build).
            query = tantivy.Query.disjunction_max_query(
                [tantivy.Query.term_query(self._schema, field, word) for word in phrase.completions]
            )
        elif len(tokens) == 1:
            query = tantivy.Query.term_query(self._schema, field, phrase.tokens[0])
        elif phrase.prefix:
            query = tantivy.Query.phrase_prefix_query(self._schema, field, tokens)
        else:
            query = tantivy.Query.phrase_query(self._schema, field, tokens)
        return tantivy.Query.boost_query(query, FIELD_BOOSTS[field])

    def _group(self, group: Group, fields: Sequence[str]) -> tantivy.Query | None:
        """Any alternative of the group in any of the fields: the best field's score, and a
        share (FIELD_TIE) of the others'."""
        per_field = []
        for field in fields:
            parts = [q for phrase in group if (q := self._phrase(phrase, field)) is not None]
            if parts:
                per_field.append(parts[0] if len(parts) == 1 else self._should(parts))
        if not per_field:
            return None
        return tantivy.Query.disjunction_max_query(per_field, FIELD_TIE)

    @staticmethod
    def _should(parts: list[tantivy.Query]) -> tantivy.Query:
        return tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in parts])

    def _filter(self, field: str, values: Iterable[str | int]) -> tantivy.Query:
        """Documents with any of the values in `field`, adding nothing to the score.

        Term queries, not a term set: a term set first collects every document with any
        of the values (a language's thousands), which cost a quarter of a millisecond."""
        terms = [tantivy.Query.term_query(self._schema, field, value, index_option="basic") for value in values]
        either = terms[0] if len(terms) == 1 else self._should(terms)
        return tantivy.Query.const_score_query(either, 0.0)

    def search(
        self,
        groups: Sequence[Group],
        fields: Sequence[str] = TEXT_FIELDS,
        *,
        every: bool = True,
        kinds: Sequence[str] | None = None,
        lang: str | None = None,
        other_languages: bool = False,
        preferred_lang: str | None = None,
        rowids: Sequence[int] | None = None,
        states: Sequence[str] | None = None,
        limit: int = 20,
    ) -> list[tuple[int, float]]:
        """(rowid, score) of the best documents with every group (`every`) or any, in `fields`.

        `lang` keeps documents in that language, or with `other_languages` those in any other;
        `preferred_lang` puts those in that language first; `kinds`, `rowids` and `states`
        (two-letter codes) keep only those.
        """
        parts = [q for group in groups if (q := self._group(group, fields)) is not None]
        if not parts or limit <= 0:
            return []
        occur = tantivy.Occur.Must if every else tantivy.Occur.Should
        clauses = [(occur, q) for q in parts]
        if not every:
            clauses = [(tantivy.Occur.Must, tantivy.Query.boolean_query(clauses))]
        if kinds:
            clauses.append((tantivy.Occur.Must, self._filter("kind", kinds)))
        if lang is not None:
            clauses.append(
                (tantivy.Occur.MustNot if other_languages else tantivy.Occur.Must, self._filter("lang", [lang]))
            )
        if rowids is not None:
            clauses.append((tantivy.Occur.Must, self._filter(ROWID, rowids)))
        if states:
            clauses.append((tantivy.Occur.Must, self._filter("state", states)))
        if preferred_lang is not None:
            first = tantivy.Query.term_query(self._schema, "lang", preferred_lang, index_option="basic")
            clauses.append((tantivy.Occur.Should, tantivy.Query.const_score_query(first, PREFERRED)))
        hits = self._searcher.search(tantivy.Query.boolean_query(clauses), limit, count=False).hits
        if not hits:
            return []
        found = self._searcher.fast_field_values(ROWID, [address for _score, address in hits])
        return [
            (rowid, float(score))
            for (score, _address), rowid in zip(hits, found, strict=True)
            if isinstance(rowid, int)  # always: every document has one
        ]
