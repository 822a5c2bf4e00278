"""The library's search index together with an index of the official lists' records.

The lists' organizations, counties and detention facilities (`documents.national_documents`)
are kept in an index of their own, so that their thousands of short documents do not change
how the guides rank against each other. A search asks the library's index first and fills
the rest from the lists'; when the library matched only after correcting a word and the lists
match the words as typed ("Kenosha"), the lists' results are shown instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktopguide.core.content.model import Library
from desktopguide.core.places.geo import STATE_NAMES
from desktopguide.core.search import index as index_file
from desktopguide.core.search.documents import BUILDING_PREFIXES, national_documents
from desktopguide.core.search.results import SearchResult, SearchResults
from desktopguide.core.search.search_index import SearchIndex

LISTS_FOLDER = "lists"  # beside the library's index files, which a build of either never removes


def lists_index(library: Library, cache_dir: Path | None = None) -> SearchIndex | None:
    """The lists' index for this content, from the cache (the lists are read only to build it)."""
    folder = (cache_dir if cache_dir is not None else index_file.default_cache_dir()) / LISTS_FOLDER
    key = f"lists-{library.content_hash}" if library.content_hash else ""
    cached = index_file.open_valid(folder / index_file.index_folder_name(key), key) if key else None
    if cached is not None:
        return SearchIndex(cached, None, from_cache=True)
    documents = list(national_documents(library))
    if not documents:
        return None
    built, from_cache = index_file.open_cached(documents, key, folder)
    return SearchIndex(built, None, from_cache)


class LibrarySearch:
    """`search()` as SearchIndex has it, over the library's index and the lists' index."""

    def __init__(self, library_index: SearchIndex, lists: SearchIndex | None) -> None:
        self.library_index = library_index
        self.lists = lists

    @classmethod
    def for_library(cls, library: Library, cache_dir: Path | None = None) -> LibrarySearch:
        return cls(SearchIndex.for_library(library, cache_dir), lists_index(library, cache_dir))

    @property
    def from_cache(self) -> bool:
        return self.library_index.from_cache and (self.lists is None or self.lists.from_cache)

    def close(self) -> None:
        self.library_index.close()
        if self.lists is not None:
            self.lists.close()

    def search(
        self,
        query: str,
        lang: str,
        kinds: Sequence[str] | None = None,
        limit: int = 20,
        prefix_last: bool = True,
        home_zip: str | None = None,
        correct: bool = True,
    ) -> SearchResults:
        # With the lists beside it, the library offers only the legal help near a place the
        # question names (or the home ZIP): the lists hold the rest of the country's.
        found = self.library_index.search(
            query, lang, kinds, limit, prefix_last, home_zip=home_zip, correct=correct,
            only_local_help=self.lists is not None,
        )
        if self.lists is None:
            return found
        # The lists hold no guides: which words are everyday words ("ਹਵਾਈ" of "ਹਵਾਈ ਅੱਡਾ", the
        # airport, not Hawaii), the library's index tells.
        everyday = self.library_index.everyday_words(query, prefix_last)
        # The lists' legal help near the place named or the home ZIP, where the library's would stand.
        local = self.lists.local_help(
            query, lang, kinds, prefix_last, home_zip=home_zip, correct=correct, everyday=everyday
        )
        if local:
            known = {(r.kind, r.id) for r in found.results}
            local = [r for r in local if (r.kind, r.id) not in known]
            results = found.results[: found.help_at] + local + found.results[found.help_at :]
            found = SearchResults(
                query, lang, results[:limit], found.corrected_query, found.corrections, found.help_at, found.needs_first
            )
        partial = any(not r.all_words for r in found.results)
        # A place named: the lists' records in it come before the library's (below).
        place_named = any(r.asked or r.in_place for r in found.results)
        if len(found) >= limit and not partial and not place_named:
            return found
        wanted = limit - len(found) if not found.corrected_query and not partial and not place_named else limit
        more = self.lists.search(
            query, lang, kinds, wanted, prefix_last, home_zip=home_zip, correct=correct, everyday=everyday
        )
        if not more:
            return found
        if (
            found.corrected_query
            and not more.corrected_query
            and self.lists.knows([t for t, _c in found.corrections])
            and more.results[0].all_words
        ):
            # The lists know the words as typed (a place or organization's name, "Kenosha") and
            # a record has them all; not a street's word ("drive" of "Thornhill Drive").
            return more
        # A record both indexes hold (a state's page) shows once: the library's.
        shown = {(r.kind, r.id) for r in found.results}
        others = [r for r in more.results if (r.kind, r.id) not in shown]
        if more.corrected_query and found:
            # The lists' matches of a corrected word are not shown beside the library's, but
            # what the question asks for is: the county it names ("el sheriff del condado de
            # Harris coopera con ICE", where "coopera" was corrected).
            others = [r for r in others if r.asked]
            if not others:
                return found
        # The correction said is that of the results shown: the lists' only when the library found nothing.
        corrected = more if more.corrected_query and not found else found
        # The need's records; then, from either index, the library's best match when it has
        # every word, what the question asks for besides its words (legal help near the
        # place it names, or home, and the place), and records in the place named with the
        # other words ("ICE office in Houston"); then records with every word, then those
        # with some. The library's first within each.
        head, rest = found.results[: found.needs_first], found.results[found.needs_first :]
        best = rest[:1] if rest and rest[0].all_words else []
        if not best and others and others[0].all_words and not (others[0].asked or others[0].in_place):
            # The lists' best match instead, when the library has none with every word: an
            # organization named ("legal aid society") before the legal help for any lawyer question.
            best, others = others[:1], others[1:]
        else:
            rest = rest[len(best) :]
        merged = head + best
        for tier in range(3):
            tiered = [r for r in rest if _tier(r) == tier] + [r for r in others if _tier(r) == tier]
            merged += _county_before_state(tiered) if tier == 0 else tiered
        return SearchResults(
            query, lang, merged[:limit], corrected.corrected_query, corrected.corrections, needs_first=len(head)
        )


def _county_before_state(results: list[SearchResult]) -> list[SearchResult]:
    """The state's page (the library's) after the county or city page the lists hold
    ("does harris county have 287g": Harris County, then Texas); other records stay where
    they are (a state named alone: "detention center in texas" keeps Texas first)."""
    states = [r for r in results if _is_state_page(r)]
    rest = [r for r in results if not _is_state_page(r)]
    areas = [n for n, r in enumerate(rest) if r.kind == "place" and not _is_building(r)]
    if not states or not areas:
        return results
    return rest[: areas[-1] + 1] + states + rest[areas[-1] + 1 :]


def _is_state_page(result: SearchResult) -> bool:
    return result.kind == "place" and result.id in _STATE_PAGES


def _is_building(result: SearchResult) -> bool:
    return result.id.startswith(BUILDING_PREFIXES)


_STATE_PAGES = frozenset(f"us-{code.lower()}" for code in STATE_NAMES)


def _tier(result: SearchResult) -> int:
    """0: asked for, or in the place named with the other words; 1: every word; 2: some."""
    if result.asked or (result.in_place and result.all_words):
        return 0
    return 1 if result.all_words else 2
