"""`SearchIndex`: what the app, the command line and the benchmark search with."""

from __future__ import annotations

import functools
import math
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktopguide.core.content.model import Library
from desktopguide.core.search import index as index_file
from desktopguide.core.search.documents import BUILDING_PREFIXES, KINDS, SearchDocument, library_documents
from desktopguide.core.search.index import BuiltIndex
from desktopguide.core.search.known_words import is_known_word
from desktopguide.core.search.known_words import read_lists as read_known_words
from desktopguide.core.search.needs import (
    NamedPlace,
    Need,
    cjk_place_name,
    county_of_city,
    gazetteer,
    needs,
    needs_asked,
    needs_with_organizations,
    places_named,
)
from desktopguide.core.search.normalize import cjk_bigrams, is_cjk, without_proclitic
from desktopguide.core.search.normalize import words as words_of
from desktopguide.core.search.query import Group, Phrase, QueryWord, any_of, form_phrase, parse_query
from desktopguide.core.search.ranking import HEADLINE_FIELDS, TEXT_FIELDS, Ranker
from desktopguide.core.search.results import SearchResult, SearchResults
from desktopguide.core.search.snippets import Snippet, highlight, highlighter, make_snippet, match_snippet
from desktopguide.core.search.spelling import (
    Speller,
    corrected_as_typed,
    deletions,
    ending_only,
    osa_distance,
    spelled_in,
    word_pattern,
    written_in,
)
from desktopguide.core.search.stopwords import question_stop_words
from desktopguide.core.search.stopwords import read_lists as read_stop_word_lists
from desktopguide.core.search.synonyms import SynonymTable

# How many records' bodies are read, at most, to spell a corrected word as they write it.
WRITTEN_LOOKS = 3
# Documents are fetched beyond the limit, since one record may match in several
# languages and is shown once.
_OVERFETCH = 3
# Below this many results, words found only in the body of other languages' records are
# added too (the English record that answers a Spanish word, say).
FEW_RESULTS = 5
# Organizations giving legal help listed for a question about a lawyer, and how far from
# the home ZIP (or the place named) they are looked for first.
LEGAL_HELP_SHOWN = 3
NEAR_KM = 160.0
# "Rare" words, the ones records with only some of the words are ranked by: in at most
# this share of the documents (and always when in fewer than RARE_MIN_DOCUMENTS).
RARE_SHARE = 0.02
RARE_MIN_DOCUMENTS = 50
SHORT_PREFIX = 4  # a word being typed shorter than this matches too many words to rank by
# A word being typed is searched as the most common indexed words it begins (one more
# letter narrows them): every completion costs a term lookup in each field.
MAX_COMPLETIONS = 32
# Two typed words are searched as the one word the records write when it is this long
# ("me nyuam": "menyuam"); a shorter join is more often a chance word.
JOINED_MIN = 5
# From this length a word that matches nothing may be two slips from a need's word and be
# corrected into it ("warent": "warrant"); shorter ones have too many such neighbours.
TWO_SLIPS_MIN = 6


@dataclass
class _Plan:
    groups: list[Group] = field(default_factory=list)  # one per word or synonym
    # The same groups with only the typed form of a glossary term: what "some of the words"
    # ranks by (widening every word to every language's forms costs more than it finds).
    typed_groups: list[Group] = field(default_factory=list)
    # The same groups with only the glossary forms of the reader's language (and the typed
    # one): what the reader's own records are searched with.
    own_groups: list[Group] = field(default_factory=list)
    marked: list[tuple[str, bool]] = field(default_factory=list)  # (folded words, prefix) to highlight
    # Glossary forms other than the typed one, to highlight in results of their languages.
    marked_forms: list[tuple[str, frozenset[str] | None]] = field(default_factory=list)
    searched_words: list[str] = field(default_factory=list)
    corrected: bool = False
    unmatched: bool = False  # a word typed matches nothing here: no record has every word
    # A place named in words this index lacks ("شيكاغو"): its records are those in its
    # state, but none names it.
    place_unnamed: bool = False
    corrections: list[tuple[str, str]] = field(default_factory=list)  # (typed, searched instead)
    needs: list[Need] = field(default_factory=list)
    places: list[NamedPlace] = field(default_factory=list)
    place_groups: set[int] = field(default_factory=set)  # indexes of the groups that name those places


@functools.cache
def need_words_by_deletion() -> dict[str, list[str]]:
    """The words needs are stated with, by what up to two deletions leave of each (as the
    speller finds words): a slip in one of these is corrected into it first, even a slip of
    two letters ("warent": `SearchIndex._need_word_slipped`). Read once for every index."""
    found: dict[str, list[str]] = {}
    for word in sorted({f[0] for need in needs() for f in (*need.words, *need.with_words) if len(f) == 1}):
        if len(word) >= TWO_SLIPS_MIN - 1 and not is_cjk(word):
            for rest in deletions(word, depth=2):
                found.setdefault(rest, []).append(word)
    return found


def state_name(code: str) -> str:
    from desktopguide.core.places.geo import state_name as name

    return name(code)


def _home(zip_code: str | None) -> tuple[tuple[float, float], str] | None:
    """Where the home ZIP code is, and its state."""
    from desktopguide.core.places.geo import lookup_zip

    if not zip_code or not zip_code.strip()[:5].isdigit():
        return None
    info = lookup_zip(zip_code.strip()[:5])
    if info is None or info.latitude is None or info.longitude is None:
        return None
    return (info.latitude, info.longitude), info.state


def _same_record(
    records: dict[int, tuple[str, str, str]], row: tuple[int, float], rows: list[tuple[int, float]]
) -> bool:
    kind, record_id, _lang = records[row[0]]
    return any(records[other][:2] == (kind, record_id) for other, _score in rows)


def _where_named(places: Sequence[NamedPlace], cities_only: bool = False) -> tuple[float, float] | None:
    """The coordinates of the first of `places` that has them (the first city's, with `cities_only`)."""
    return next(
        (
            (place.latitude, place.longitude)
            for place in places
            if (place.city or not cities_only) and place.latitude is not None and place.longitude is not None
        ),
        None,
    )


def _distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    from desktopguide.core.places.geo import haversine_km

    return haversine_km(a[0], a[1], b[0], b[1])


class SearchIndex:
    """Search over every guide, organization, place and glossary term, in every language."""

    def __init__(self, built: BuiltIndex, synonyms: SynonymTable | None = None, from_cache: bool = False):
        conn = built.conn
        self._conn = conn
        self._built = built  # keeps a temporary copy of the ranking index while in use
        self._synonyms = synonyms or SynonymTable()
        self._speller = Speller(conn)
        self._ranker = Ranker(built.ranking)
        self._lock = threading.Lock()  # one connection, possibly shared by a worker thread
        self.from_cache = from_cache
        # Small and read on every search: kept in memory.
        self._records = {row[0]: row[1:] for row in conn.execute("SELECT id, kind, record_id, lang FROM records")}
        # The state each record is in or about, where it is one.
        self._states = dict(conn.execute("SELECT id, state FROM records WHERE state != ''"))
        self._rowids: dict[tuple[str, str], dict[str, int]] = {}
        for rowid, (kind, record_id, record_lang) in self._records.items():
            self._rowids.setdefault((kind, record_id), {})[record_lang] = rowid
        # Words never "corrected": every form of a glossary term, every U.S. city and state.
        self._protected = {w for form in self._synonyms.terms_by_form for w in form} | gazetteer().words()
        # Words a question states its need with: real words, corrected (alone) only into
        # another form one letter away ("محامي", "محام"), never into another word ("knocking").
        self._need_words = {w for need in needs() for form in (*need.words, *need.with_words) for w in form}
        self._lang_numbers = {lang: n for n, lang in enumerate(index_file.languages(conn))}
        self._document_count = len(self._records)
        # Words in more documents than this are left out of "some of the words" ranking.
        self._rare_limit = max(RARE_MIN_DOCUMENTS, int(self._document_count * RARE_SHARE))
        # Legal help for each need when the question names no place and no home ZIP is
        # set, by language: the same for every such question (a ranking of thousands of
        # organizations, a third of a lawyer question's time). Made for every need of a
        # language at once, so it tells nothing about what anyone asked.
        self._help_anywhere: dict[str, dict[Need, list[tuple[int, float]]]] = {}

    @classmethod
    def for_library(cls, library: Library, cache_dir: Path | None = None) -> SearchIndex:
        """The index of `library`, from the cache when its content has not changed."""
        built, from_cache = index_file.open_cached(library_documents(library), library.content_hash, cache_dir)
        # Here, on the thread that opens the index, not at the visitor's first question.
        read_stop_word_lists()
        read_known_words()
        need_words_by_deletion()
        return cls(built, SynonymTable.from_glossary(library.glossary.values()), from_cache)

    @classmethod
    def from_documents(
        cls, documents: Iterable[SearchDocument], synonyms: SynonymTable | None = None, path: Path | None = None
    ) -> SearchIndex:
        """An index of any documents, in memory or in a new folder at `path`."""
        if path is None:
            return cls(index_file.build_in_memory(documents), synonyms)
        index_file.build_folder(documents, path)
        return cls(index_file.open_folder(path), synonyms)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @staticmethod
    def forget_queries() -> None:
        """Drop what this process keeps in memory about past queries, as a kiosk does when
        a visitor walks away: patterns in `re`'s cache (highlighting compiles none; this
        is for any code that does)."""
        re.purge()

    # -- searching -----------------------------------------------------------------
    def search(
        self,
        query: str,
        lang: str,
        kinds: Sequence[str] | None = None,
        limit: int = 20,
        prefix_last: bool = True,
        home_zip: str | None = None,
        correct: bool = True,
        only_local_help: bool = False,
        everyday: frozenset[str] = frozenset(),
    ) -> SearchResults:
        """Records matching `query`, those in `lang` first, best first within each part.

        Records that answer the need the question states (a detained relative, a lawyer)
        come first, then the places it names, then the rest: first records with every
        word, then those with some, by BM25. `home_zip` puts legal help near it first.
        `only_local_help`: when the question names a place or `home_zip` is set, legal help
        for its need is only what is near it or names it (another index answers the rest).
        `correct=False` searches the words as typed ("search instead for ...").
        `everyday`: words another index's guides use (`everyday_words`), which no place's
        short name stands for here either.
        Never raises for any `query`. Unknown `kinds` raise ValueError.
        """
        unknown = [k for k in kinds or () if k not in KINDS]
        if unknown:
            raise ValueError(f"unknown kind of record: {unknown[0]}")
        query_words = parse_query(query, prefix_last)
        if not query_words or limit <= 0:
            return SearchResults(query, lang)
        with self._lock:
            try:
                plan = self._plan(query_words, lang, correct, everyday)
                first = self._first(plan, lang, kinds, home_zip, only_local_help)
                partial: set[int] = set()
                placed_rows: set[int] = set()
                help_at: list[int] = []
                rows = self._ranked(
                    plan.groups,
                    lang,
                    kinds,
                    limit,
                    first,
                    plan.typed_groups,
                    plan.own_groups,
                    partial,
                    help_at,
                    named_states={place.state for place in plan.places},
                    every_names_them=not (plan.unmatched or plan.place_unnamed),
                    in_place=self._in_place_groups(plan),
                    near=self._centre(plan, home_zip, cities_only=True),
                    in_place_rows=placed_rows,
                )
            finally:
                self._ranker.forget()
            if plan.unmatched:
                partial.update(rowid for rowid, _score in rows)
            asked = {rowid for rowid, _score in first[1]}
            results = self._results(rows, plan, lang, partial, asked, placed_rows - partial)
        corrected = self._corrected_query(query, lang, plan, results, [rowid for rowid, _score in rows])
        pinned = {rowid for rowid, _score in first[0]}
        needs_first = next((n for n, (rowid, _score) in enumerate(rows) if rowid not in pinned), len(rows))
        return SearchResults(
            query, lang, results, corrected, tuple(plan.corrections), help_at[0] if help_at else 0, needs_first
        )

    def local_help(
        self,
        query: str,
        lang: str,
        kinds: Sequence[str] | None = None,
        prefix_last: bool = True,
        home_zip: str | None = None,
        correct: bool = True,
        everyday: frozenset[str] = frozenset(),
    ) -> list[SearchResult]:
        """The legal help near the place the question names (or `home_zip`), nearest first,
        for a question that asks for it; [] for any other (`everyday` as for `search`).
        Never raises for any `query`."""
        if kinds and "org" not in kinds:
            return []
        query_words = parse_query(query, prefix_last)
        if not any(need.org_words for need in needs_asked([w.text for w in query_words])):
            return []  # most questions: no plan to make
        with self._lock:
            try:
                plan = self._plan(query_words, lang, correct, everyday)
                centre = self._centre(plan, home_zip)
                rows: list[tuple[int, float]] = []
                if centre is not None:
                    for need in plan.needs:
                        if need.org_words:
                            rows += self._organizations(need, lang, centre, plan.places, only_local=True)
            finally:
                self._ranker.forget()
            rows = self._one_each_rows(rows)
            return self._results(rows, plan, lang, asked={rowid for rowid, _score in rows})

    def bare_search(self, query: str, limit: int = 20) -> list[tuple[int, float]]:
        """The plainest ranking of the same words (every word, in any field, by BM25 with
        the field boosts): what the benchmark compares with."""
        groups = [(self._phrase(word),) for word in parse_query(query)]
        with self._lock:
            try:
                return self._ranker.search(groups, limit=limit)
            finally:
                self._ranker.forget()

    def everyday_words(self, query: str, prefix_last: bool = True) -> frozenset[str]:
        """The words of `query` that this index's guides or glossary use as words: the lists'
        index, which has neither, takes them from the library's (`with_lists`)."""
        texts = [w.text for w in parse_query(query, prefix_last)]
        with self._lock:
            return frozenset(self._speller.known_and_prose_words(texts)[1])

    def knows(self, words: Sequence[str]) -> bool:
        """Whether every one of the folded `words` is an indexed word here."""
        unique = list(dict.fromkeys(words))
        with self._lock:
            return len(self._speller.known_and_prose_words(unique)[0]) == len(unique)

    def _plan(
        self, query_words: list[QueryWord], lang: str, correct: bool = True, everyday: frozenset[str] = frozenset()
    ) -> _Plan:
        """Each word or glossary form becomes one group of alternatives.

        Stop words ("what", "is", "my") are left out while other words remain; a run of
        Chinese or Korean longer than two characters is searched as its character pairs,
        any of which may match. A word that matches nothing is replaced by the nearest
        indexed word with its first letter, unless it is a known term, a place's name or a
        stop word; a word in everyday use or a need's word only in its ending, and only alone.
        """
        plan = _Plan()
        texts = [w.text for w in query_words]
        plan.needs = needs_asked(texts)
        known, prose = self._speller.known_and_prose_words(texts)  # one lookup for every typed word
        stop = question_stop_words(texts, lang)
        # A city's name is an everyday word only when the guides or the glossary use it: every
        # city is an indexed word where the directory's addresses are ("abogado houston").
        plan.places = places_named(texts, {t for t in texts if t in prose or t in stop or t in everyday})
        in_place = {i for place in plan.places for i in range(place.start, place.end)}
        # "County" and "condado de" of a county named are its name's, not words to search for.
        county_words = {
            i
            for place in plan.places
            if place.county and not place.city
            for i in range(place.start, place.end)
            if texts[i] not in place.words
        }
        matches = {m.start: m for m in self._synonyms.find(texts)}
        others_known = bool(matches) or any(t not in stop for t in known)
        weak: list[tuple[QueryWord, int]] = []
        position = 0
        while position < len(query_words):
            match = matches.get(position)
            if match is not None:
                plan.groups.append(any_of(form_phrase(form) for form in match.forms))
                plan.typed_groups.append((form_phrase(match.forms[0]),))
                own = [f for f in match.forms[1:] if lang in (self._synonyms.languages(f) or {lang})]
                plan.own_groups.append(any_of(form_phrase(form) for form in [match.forms[0], *own]))
                plan.marked.append((" ".join(match.forms[0]), False))
                plan.marked_forms.extend((" ".join(form), self._synonyms.languages(form)) for form in match.forms[1:])
                plan.searched_words.extend(texts[match.start : match.end])
                position = match.end
                continue
            word = query_words[position]
            joined = self._joined(query_words, position, known, in_place, matches)
            if joined is not None:
                # Two typed words the records write as one ("me nyuam": Hmong "menyuam",
                # child, which "nyuam" alone would have been corrected away from): either.
                pair = texts[position : position + 2]
                plan.groups.append(any_of([form_phrase(pair), self._phrase(joined)]))
                plan.typed_groups.append(plan.groups[-1])
                plan.own_groups.append(plan.groups[-1])
                plan.marked.extend([(" ".join(pair), False), (joined.text, joined.prefix)])
                plan.searched_words.extend(pair)
                position += 2
                continue
            position += 1
            if position - 1 in county_words:
                plan.searched_words.append(word.text)
                continue
            if word.text in stop and (not word.prefix or len(query_words) > 1):
                # A stop word being typed last ("where is he") is a stop word too.
                weak.append((word, position - 1))
                plan.searched_words.append(word.text)
                continue
            if word.cjk and len(word.text) > 2:
                run = word.text
                if position - 1 in in_place and (name := cjk_place_name(run)):
                    # The place is found by its state, as a place named in another script is:
                    # its characters' pairs would ask every record for them ("芝加哥ICE办公室").
                    run = run.replace(name, " ")
                    plan.place_unnamed = True
                    # A character left beside it is the name's ("州", state; "시", city).
                    pieces = [piece for piece in run.split() if len(piece) > 1]
                else:
                    pieces = [run]
                pairs = [p for p in dict.fromkeys(q for piece in pieces for q in cjk_bigrams(piece)) if p not in stop]
                plan.groups.extend((QueryWord(p).phrase(),) for p in pairs)
                plan.typed_groups.extend((QueryWord(p).phrase(),) for p in pairs)
                plan.own_groups.extend((QueryWord(p).phrase(),) for p in pairs)
                plan.marked.extend((p, False) for p in pairs)
                plan.searched_words.append(word.text)
                continue
            matched = word.text in known or self._matches_something(word)
            if not matched and (rest := without_proclitic(word.text)) is not None:
                without = QueryWord(rest, word.prefix)  # "بأطفالي": "أطفالي", no spelling changed
                if matched := self._matches_something(without):
                    word = without
            if not matched:
                if position - 1 in in_place or word.text in self._protected:
                    plan.searched_words.append(word.text)
                    if position - 1 in in_place:
                        plan.place_unnamed = True
                    else:
                        plan.unmatched = True
                    continue  # never made into another word
                # A word in everyday use, or one a need is stated with, is what the reader
                # meant though no record has it (Persian "ساکت", silent, is not "ساعت", hour;
                # "knocking" is not "knowing"): beside words that match it is left as typed,
                # alone only its ending may change ("бесплатный адвокат": "адвоката").
                need_word = word.text in self._need_words
                slip = not (need_word or is_known_word(word.text))
                if not slip:
                    start = None if others_known else ending_only(word.text)
                else:
                    # A slip seldom changes the first letter; a changed one makes another word
                    # ("warent" was "parent").
                    start = word.text[:1]
                nearest = (
                    self._speller.nearest(word.text, self._reader_languages(lang), start)
                    if correct and start is not None
                    else None
                )
                if nearest is not None and (others_known or need_word) and osa_distance(word.text, nearest) > 1:
                    nearest = None  # beside words that match, or for a need's word, only a one-letter slip
                if slip and correct:
                    # A word a need is stated with, in the reader's language, before a word
                    # of another language one slip nearer ("sherrif" is "sheriff", not French
                    # "shérif"); and two slips away when nothing nearer is found ("warent").
                    most = 2 if nearest is None else min(2, osa_distance(word.text, nearest) + 1)
                    nearest = self._need_word_slipped(word.text, lang, most, nearest) or nearest
                if nearest in stop:
                    nearest = None  # "papá" is not "para": a word that says nothing says less than the typed one
                if nearest is None:
                    plan.searched_words.append(word.text)
                    plan.unmatched = True
                    continue
                plan.corrections.append((word.text, nearest))
                word = QueryWord(nearest, word.prefix)
                plan.corrected = True
            phrase = self._phrase(word)
            if position - 1 in in_place:
                plan.place_groups.add(len(plan.groups))
            plan.groups.append((phrase,))
            plan.typed_groups.append((phrase,))
            plan.own_groups.append((phrase,))
            plan.marked.append((word.text, word.prefix))
            plan.searched_words.append(word.text)
        if plan.corrections:
            # A corrected word states its need as the word would have ("ICE has a warent": the
            # warrants guide first, as for "ICE has a warrant").
            corrected = dict(plan.corrections)
            plan.needs = needs_asked([corrected.get(text, text) for text in texts])
        if not plan.groups and not plan.places and not plan.needs and not plan.unmatched:
            # Only stop words ("who", "what is"): search for them after all. Not beside a word
            # this index lacks: the lists know no "husband", and "my" found "My Sister's House".
            for word, _index in weak:
                if self._matches_something(word):
                    phrase = self._phrase(word)
                    plan.groups.append((phrase,))
                    plan.typed_groups.append((phrase,))
                    plan.own_groups.append((phrase,))
                    plan.marked.append((word.text, word.prefix))
        return plan

    def _need_word_slipped(self, word: str, lang: str, most: int, nearest: str | None) -> str | None:
        """The indexed word a need is stated with that `word` (of at least TWO_SLIPS_MIN
        letters) is at most `most` slips from, with the same first letter ("warent":
        "warrant"), or `nearest`, as `Speller.nearest_of` chooses; None when neither is."""
        if len(word) < TWO_SLIPS_MIN:
            return None
        found = need_words_by_deletion()
        candidates = {c for rest in deletions(word, depth=most) for c in found.get(rest, ()) if c[0] == word[0]}
        if not candidates:
            return None  # most slips: the speller's choice stands, no lookup
        return self._speller.nearest_of(word, sorted(candidates), self._reader_languages(lang), most, keep=nearest)

    def _joined(
        self,
        query_words: list[QueryWord],
        position: int,
        known: set[str],
        in_place: set[int],
        matches: Mapping[int, object],
    ) -> QueryWord | None:
        """The word at `position` and the next as one indexed word, when either alone is
        in no record (and neither is a place's name or starts a glossary form); else None."""
        if position + 1 >= len(query_words):
            return None
        first, second = query_words[position], query_words[position + 1]
        if first.text in known and second.text in known:
            return None  # most pairs: no lookup
        if first.cjk or second.cjk or {position, position + 1} & in_place:
            return None
        if position + 1 in matches:
            return None
        # The whole word, even when the second is being typed: "me nyu" is not yet "menyuam".
        joined = first.text + second.text
        return QueryWord(joined) if len(joined) >= JOINED_MIN and self._speller.known(joined) else None

    def _reader_languages(self, lang: str) -> tuple[int, ...]:
        """The bits of the reader's language, then of English, as the spelling table marks words."""
        numbers = self._lang_numbers
        return tuple(1 << numbers[code] for code in dict.fromkeys((lang, "en")) if code in numbers)

    def _phrase(self, word: QueryWord) -> Phrase:
        """The word's phrase; for a word being typed, with the indexed words it begins."""
        phrase = word.phrase()
        if phrase.prefix and len(phrase.tokens) == 1:
            return replace(phrase, completions=tuple(self._speller.completions(phrase.tokens[0], MAX_COMPLETIONS)))
        return phrase

    def _documents_with(self, group: Group) -> int:
        """How many documents have the group's rarest word (a guess for a phrase; for a
        word being typed, the documents with it whole): ranking records by some of the words skips the
        common ones, as the ranking would weigh them little and they match thousands."""
        if len(group) != 1 or (group[0].prefix and len("".join(group[0].tokens)) < SHORT_PREFIX):
            return self._document_count  # several forms, or a short prefix: common
        counts = [self._speller.documents(token) for token in group[0].tokens]
        return min(counts) if counts else 0

    def _matches_something(self, word: QueryWord) -> bool:
        if word.cjk:
            return True  # pairs of characters: no spelling to correct
        return self._speller.known_prefix(word.text) if word.prefix else self._speller.known(word.text)

    def _first(
        self, plan: _Plan, lang: str, kinds: Sequence[str] | None, home_zip: str | None, only_local_help: bool = False
    ) -> tuple[list[tuple[int, float]], list[tuple[int, float]]]:
        """The records the question's need calls for (shown first), and the legal help and
        places it asks about (shown after the best match of its words)."""
        pinned: list[tuple[int, float]] = []
        extra: list[tuple[int, float]] = []
        wanted = set(kinds) if kinds else None
        for need in plan.needs:
            for kind, record_id in need.records:
                rowid = self._rowid(kind, record_id, lang)
                if rowid is not None and (wanted is None or kind in wanted):
                    pinned.append((rowid, 0.0))
        centre = self._centre(plan, home_zip)
        for need in plan.needs:
            if need.org_words and (wanted is None or "org" in wanted):
                extra += self._organizations(need, lang, centre, plan.places, only_local_help)
        if wanted is None or "place" in wanted:
            for place in plan.places:
                extra += self._place_records(place, lang)
        return pinned, extra

    @staticmethod
    def _centre(plan: _Plan, home_zip: str | None, cities_only: bool = False) -> tuple[float, float] | None:
        """Where legal help should be near: the first city the question names; the home ZIP
        code when it names the home's state ("lawyer in texas": near home, not near the
        state's middle); the first state it names; else the home ZIP code. With
        `cities_only` (where records in the place named are listed nearest first), only
        the first two."""
        city = _where_named(plan.places, cities_only=True)
        if city is not None:
            return city
        home = _home(home_zip)
        if home is not None and any(place.state == home[1] for place in plan.places):
            return home[0]
        if cities_only:
            return None
        return _where_named(plan.places) or (home[0] if home is not None else None)

    def _rowid(self, kind: str, record_id: str, lang: str) -> int | None:
        by_lang = self._rowids.get((kind, record_id))
        if not by_lang:
            return None
        return by_lang.get(lang) or by_lang.get("en") or next(iter(by_lang.values()))

    def _organizations(
        self,
        need: Need,
        lang: str,
        centre: tuple[float, float] | None,
        places: Sequence[NamedPlace] = (),
        only_local: bool = False,
    ) -> list[tuple[int, float]]:
        """Organizations whose headline names the need's words: those near `centre`,
        nearest first, then those naming a place the question names, then (unless
        `only_local` and there is a centre) the nearest anywhere, then any."""
        if centre is None and not places:
            if lang not in self._help_anywhere:
                self._help_anywhere[lang] = {each: self._best_help(each, lang) for each in needs_with_organizations()}
            return self._help_anywhere[lang][need]
        org_words = any_of(form_phrase(f) for f in need.org_words)
        rowids: list[int] = []

        def enough() -> bool:
            return len({tuple(self._records[r][:2]) for r in rowids}) >= LEGAL_HELP_SHOWN

        def matching(
            groups: list[Group], limit: int, preferred: str | None = None, among: list[int] | None = None
        ) -> list[int]:
            found = self._ranker.search(
                groups, HEADLINE_FIELDS, kinds=["org"], preferred_lang=preferred, rowids=among, limit=limit
            )
            return [rowid for rowid, _score in found]

        def nearest(box: tuple[float, float, float, float] | None, limit: int) -> list[int]:
            assert centre is not None
            query = "SELECT id, lat, lon FROM locations"
            if box is not None:
                query += " WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?"
            where = {r[0]: (r[1], r[2]) for r in self._conn.execute(query, box or ())}
            found = matching([org_words], limit, among=list(where)) if where else []
            return sorted(found, key=lambda rowid: _distance_km(centre, where[rowid]))

        if centre is not None:
            lat, lon = centre
            spread = NEAR_KM / 111.0
            rowids += nearest((lat - spread, lat + spread, lon - 2 * spread, lon + 2 * spread), 500)
        for place in places:
            if enough():
                break
            named = any_of(form_phrase(words_of(name)) for name in (place.city, state_name(place.state)) if name)
            rowids += matching([org_words, named], LEGAL_HELP_SHOWN)
        if centre is not None and only_local:
            return self._one_each(rowids, lang)[:LEGAL_HELP_SHOWN]
        if centre is not None and not enough():
            # Nothing close: the nearest there is, however far, before any at all.
            rowids += nearest(None, 5000)[: LEGAL_HELP_SHOWN * _OVERFETCH]
        if not enough():
            rowids += [rowid for rowid, _score in self._best_help(need, lang)]
        return self._one_each(rowids, lang)[:LEGAL_HELP_SHOWN]

    def _best_help(self, need: Need, lang: str) -> list[tuple[int, float]]:
        """Any organization giving the need's help, wherever it is: the best ones in the
        reader's language first (one search, not one for the language and one for the rest)."""
        org_words = any_of(form_phrase(f) for f in need.org_words)
        found = self._ranker.search(
            [org_words], HEADLINE_FIELDS, kinds=["org"], preferred_lang=lang, limit=LEGAL_HELP_SHOWN * _OVERFETCH
        )
        return self._one_each([rowid for rowid, _score in found], lang)[:LEGAL_HELP_SHOWN]

    def _one_each(self, rowids: list[int], lang: str) -> list[tuple[int, float]]:
        """Each record once, in the reader's language where it has one."""
        found: list[tuple[int, float]] = []
        seen: set[tuple[str, str]] = set()
        for rowid in rowids:
            kind, record_id, _lang = self._records[rowid]
            if (kind, record_id) not in seen:
                seen.add((kind, record_id))
                found.append((self._rowid(kind, record_id, lang) or rowid, 0.0))
        return found

    def _place_records(self, place: NamedPlace, lang: str) -> list[tuple[int, float]]:
        """Place records for a named place: its county, then its state."""
        names: list[list[str]] = []
        if place.county and not place.city:  # a county named ("harris county")
            names.append([place.county, place.state])
        if place.city:
            county = county_of_city(place)
            if county:
                names.append([county, place.state])
            names.append([place.city, place.state])
        names.append([state_name(place.state)])
        rowids: list[int] = []
        for name in names:
            parts = [(form_phrase(words_of(part)),) for part in name]
            found = [rowid for rowid, _score in self._ranker.search(parts, ["title"], kinds=["place"], limit=10)]
            if found:
                # The place itself, not one whose name contains it ("West Virginia", "Texas County").
                wanted = words_of(", ".join(name))
                marks = ",".join("?" * len(found))
                titles = dict(self._conn.execute(f"SELECT id, title FROM records WHERE id IN ({marks})", found))
                rowids += [rowid for rowid in found if words_of(titles.get(rowid, "")) == wanted]
        return self._one_each(rowids, lang)[:2]

    def _ranked(
        self,
        groups: list[Group],
        lang: str,
        kinds: Sequence[str] | None,
        limit: int,
        first: tuple[list[tuple[int, float]], list[tuple[int, float]]] | None = None,
        typed_groups: list[Group] | None = None,
        own_groups: list[Group] | None = None,
        partial: set[int] | None = None,
        help_at: list[int] | None = None,
        named_states: set[str] | None = None,
        every_names_them: bool = False,
        in_place: list[Group] | None = None,
        near: tuple[float, float] | None = None,
        in_place_rows: set[int] | None = None,
    ) -> list[tuple[int, float]]:
        """(rowid, score) of the best documents, each record once, after `first`; the rowids
        of records with only some of the groups are added to `partial`, those in the place
        named with the other groups to `in_place_rows`, and where the legal help and named
        places stand in the rows to `help_at`. Records in or about a state other than
        `named_states` (those of the places the question names) are left out,
        unless they have every word and so the place's name (`every_names_them`: every
        word matched something here): "police houston" is not Alexandria's police, and
        "Houston Street Legal Clinic" is itself wherever it is.

        In order: records with every group in `lang` matching in a headline column
        (title, questions, keywords, summary, linked terms), then the rest of those in
        `lang` matching anywhere, then the same two in other languages (the second only
        while there are few results); within each part by BM25 with field boosts. While
        the results are not full, records with only some of the groups follow, by BM25.
        Each part is a separate query, run only while the results are not full, and
        filtered by language: most queries never rank the thousands of documents that
        mention a common word in passing.
        """
        pinned, extra = first if first is not None else ([], [])
        found: list[tuple[int, float]] = []
        seen: set[tuple[str, str]] = set()
        named_places = any(self._records[r][0] == "place" for r, _s in extra)
        later: list[tuple[int, float]] = []  # places the question does not name (not buildings in them)

        every: set[tuple[str, str]] = set()  # records the query's every word matched
        every_phase = False
        placed: set[tuple[str, str]] = set()  # records in the place named with the question's other words
        allowed: set[str] = set()  # the only states records may be in after the need's (any while empty)

        def add(rowid: int, score: float, translated: bool = False) -> None:
            """`translated`: the reader's version of a record matched in another language,
            which need not have the words itself."""
            kind, record_id, _lang = self._records[rowid]
            if every_phase and not translated:
                every.add((kind, record_id))
            if (kind, record_id) in seen or len(found) >= limit:
                return
            if allowed and not (every_phase and every_names_them) and self._states.get(rowid, "") not in allowed:
                return
            seen.add((kind, record_id))
            if named_places and kind == "place" and not record_id.startswith(BUILDING_PREFIXES):
                later.append((rowid, score))
            else:
                found.append((rowid, score))

        for rowid, score in pinned:
            add(rowid, score)
        if named_states:
            allowed = named_states | {""}  # records in no state or several stay
        if named_states and in_place:
            # Records in the place named with the question's other words: the detention
            # centers in Georgia for "detention center in georgia", though their text says "GA".
            # A city named: the nearest first ("detention center in miami": Krome, in Miami,
            # before the others in Florida).
            in_state = self._ranker.search(
                in_place,
                kinds=kinds,
                states=sorted(named_states),
                preferred_lang=lang,
                limit=limit if near is None else limit * _OVERFETCH,
            )
            if near is not None and in_state:
                marks = ",".join("?" * len(in_state))
                query = f"SELECT id, lat, lon FROM locations WHERE id IN ({marks})"
                where = {row[0]: (row[1], row[2]) for row in self._conn.execute(query, [r for r, _s in in_state])}
                in_state.sort(key=lambda row: _distance_km(near, where[row[0]]) if row[0] in where else math.inf)
            every_phase = True
            for rowid, score in in_state:
                add(rowid, score)
                kind, record_id, _lang = self._records[rowid]
                placed.add((kind, record_id))
            every_phase = False
        if groups:
            every_phase = True
            self._add_ranked(groups, lang, kinds, limit, found, add, own=own_groups or groups)
            every_phase = False
            if len(groups) > 1 and len(found) < FEW_RESULTS + len(pinned):
                some = typed_groups or groups
                counts = {g: self._documents_with(g) for g in some}
                rare = [g for g in some if counts[g] <= self._rare_limit]
                if not rare and not found:
                    rare = [min(some, key=lambda g: counts[g])]  # nothing yet: the rarest word, however common
                if rare:
                    self._add_ranked(rare, lang, kinds, limit, found, add, every=False, headline_first=False)
                common = [g for g in some if g not in rare]
                if len(found) < FEW_RESULTS + len(pinned) and common:
                    # The rare words are in few or no records of the kinds asked for
                    # ("alexandria" among guides, "стучит"): the other words, however
                    # common, rather than next to nothing.
                    self._add_ranked(common, lang, kinds, limit, found, add, every=False, headline_first=False)
        # The need's records, then the best match of the words, then the legal help and
        # places asked about, then the other matches.
        # A best match with every word typed stays first when it is also among them
        # ("houston street legal clinic"); one with only some of them goes where they go.
        head = len(pinned) + 1
        ranked = [
            row
            for row in found[:head]
            if (every_names_them and tuple(self._records[row[0]][:2]) in every)
            or not _same_record(self._records, row, extra)
        ]
        extra = [row for row in self._one_each_rows(extra) if not _same_record(self._records, row, ranked)]
        rest = [row for row in found[head:] if not _same_record(self._records, row, extra)]
        later = [row for row in later if not _same_record(self._records, row, extra)]  # a named place once
        rows = (ranked + extra + rest + later)[:limit]
        if help_at is not None:
            help_at.append(min(len(ranked), len(rows)))
        if partial is not None:
            # The need's records and the places named count as matching every word only
            # when they do: results of several indexes are merged by this.
            partial.update(rowid for rowid, _score in rows if tuple(self._records[rowid][:2]) not in every)
        if in_place_rows is not None:
            in_place_rows.update(rowid for rowid, _score in rows if tuple(self._records[rowid][:2]) in placed)
        return rows

    @staticmethod
    def _in_place_groups(plan: _Plan) -> list[Group]:
        """The question's words besides the place it names, when it names one by words
        typed (in this index or not): records in the place with them come first."""
        if not plan.place_groups and not plan.place_unnamed:
            return []
        return [g for n, g in enumerate(plan.own_groups) if n not in plan.place_groups]

    def _one_each_rows(self, rows: list[tuple[int, float]]) -> list[tuple[int, float]]:
        seen: set[tuple[str, str]] = set()
        found = []
        for row in rows:
            key = tuple(self._records[row[0]][:2])
            if key not in seen:
                seen.add(key)
                found.append(row)
        return found

    def _add_ranked(
        self,
        groups: list[Group],
        lang: str,
        kinds: Sequence[str] | None,
        limit: int,
        found: list[tuple[int, float]],
        add: Callable[[int, float, bool], None],
        every: bool = True,
        headline_first: bool = True,
        own: list[Group] | None = None,
    ) -> None:
        """Add the records matching every group (or any), `own` in the reader's language when given.

        A record matched in another language that the reader's language has is added in
        the reader's language ("detention" is French too: an English reader gets the
        English guide, not the French one).
        """
        for same_language in (True, False):
            wanted = own if same_language and own is not None else groups
            parts = [TEXT_FIELDS]
            if headline_first:
                parts.insert(0, HEADLINE_FIELDS)
            for fields in parts:
                if len(found) >= limit:
                    return
                if not same_language and fields is parts[-1] and len(found) >= FEW_RESULTS:
                    return  # passing mentions in other languages only when little else
                if not same_language and len(found) >= limit // 2:
                    return  # other languages' records only while the reader's fill half the list
                # Each part may return records an earlier one found: ask for a full list.
                rows = self._ranker.search(
                    wanted,
                    fields,
                    every=every,
                    kinds=kinds,
                    lang=lang,
                    other_languages=not same_language,
                    limit=limit if same_language else limit * _OVERFETCH,
                )
                for rowid, score in rows:
                    readers = None if same_language else self._rowids[self._records[rowid][:2]].get(lang)
                    add(readers or rowid, score, readers is not None)

    def _corrected_query(
        self, query: str, lang: str, plan: _Plan, results: list[SearchResult], rowids: list[int]
    ) -> str | None:
        """"Showing results for ...": the typed query with the corrected words replaced,
        spelled as the results write them; None when nothing was corrected."""
        if not plan.corrected:
            return None
        shown = [text for r in results for text in (r.title_html, r.snippet_html)]

        def written(folded_word: str) -> str:
            return written_in(folded_word, shown) or self._written(folded_word, rowids, lang) or folded_word

        return corrected_as_typed(query, plan.corrections, written) or " ".join(plan.searched_words)

    def _written(self, folded_word: str, rowids: list[int], lang: str) -> str | None:
        """How the first of these records that has `folded_word` writes it, else one of the
        records in `lang` that have it (looking at a few: this is only for showing it)."""
        pattern = word_pattern(folded_word)
        with self._lock:
            found = self._written_in_records(pattern, rowids[:WRITTEN_LOOKS])
            if found is None:
                try:
                    having = self._ranker.search([(Phrase((folded_word,)),)], preferred_lang=lang, limit=WRITTEN_LOOKS)
                finally:
                    self._ranker.forget()
                found = self._written_in_records(pattern, [rowid for rowid, _score in having])
        return found

    def _written_in_records(self, pattern: re.Pattern[str], rowids: list[int]) -> str | None:
        for rowid in rowids:
            row = self._conn.execute("SELECT body, folded_body FROM records WHERE id = ?", (rowid,)).fetchone()
            if row is not None and (found := spelled_in(pattern, row[0], row[1])):
                return found
        return None

    def _results(
        self,
        rows: list[tuple[int, float]],
        plan: _Plan,
        lang: str,
        partial: set[int] | None = None,
        asked: set[int] | None = None,
        in_place: set[int] | None = None,
    ) -> list[SearchResult]:
        if not rows:
            return []
        marks = ",".join("?" * len(rows))
        # A record without a summary (most directory records) is shown by its body: read
        # with the rest, in one query.
        texts = {
            row[0]: row[1:]
            for row in self._conn.execute(
                "SELECT id, title, summary, folded_summary, "
                "CASE WHEN summary = '' THEN body END, CASE WHEN summary = '' THEN folded_body END "
                f"FROM records WHERE id IN ({marks})",
                [r[0] for r in rows],
            )
        }
        result_languages = {self._records[rowid][2] for rowid, _score in rows}
        forms = [(form, False) for form, langs in plan.marked_forms if langs is None or langs & result_languages]
        marker = highlighter([*plan.marked, *forms])
        snippets: dict[int, Snippet] = {}
        without: list[int] = []  # records whose summary has no match
        for rowid, (_title, summary, folded_summary, body, folded_body) in texts.items():
            if body is not None:
                snippets[rowid] = match_snippet(marker, body, folded_body) or make_snippet(None, [(body, folded_body)])
                continue
            found = match_snippet(marker, summary, folded_summary)
            if found is None:
                without.append(rowid)
            else:
                snippets[rowid] = found
        if without:
            # Bodies (whole guides are long) only for these.
            marks = ",".join("?" * len(without))
            query = f"SELECT id, body, folded_body FROM records WHERE id IN ({marks})"
            for rowid, body, folded_body in self._conn.execute(query, without):
                summary, folded_summary = texts[rowid][1:3]
                snippets[rowid] = match_snippet(marker, body, folded_body) or make_snippet(
                    None, [(summary, folded_summary), (body, folded_body)]
                )
        results = []
        for rowid, score in rows:
            kind, record_id, record_lang = self._records[rowid]
            title = texts[rowid][0]
            snippet = snippets[rowid]
            results.append(
                SearchResult(
                    kind=kind,
                    id=record_id,
                    lang=record_lang,
                    title=title,
                    snippet=snippet.text,
                    score=round(score, 4),
                    snippet_html=snippet.html(),
                    title_html=highlight(marker, title).html(),
                    other_language=record_lang != lang,
                    all_words=rowid not in (partial or ()),
                    in_place=rowid in (in_place or ()),
                    asked=rowid in (asked or ()),
                )
            )
        return results
