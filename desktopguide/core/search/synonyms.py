"""Glossary terms and their everyday words widen a query across languages.

Every form of a glossary term, in every language ("ICE", "Immigration and Customs
Enforcement", "la migra", "agentes de ICE" ...), names the same thing. When the typed
words contain one of those forms, that part of the query matches any of them, so
"la migra" finds the guides about ICE and "deportation" finds Spanish text about
"deportación".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from desktopguide.core.content.model import GlossaryTerm
from desktopguide.core.search.documents import term_forms
from desktopguide.core.search.normalize import words

# Longest form matched, in words, and how many forms one group may widen to (each costs
# a phrase lookup on every search that uses it).
MAX_FORM_WORDS = 6
MAX_ALTERNATIVES = 10
# Shorter forms would match far too much to be worth widening to.
MIN_FORM_CHARS = 2


@dataclass(frozen=True)
class SynonymMatch:
    start: int  # index of the first query word covered
    end: int  # one past the last
    term_ids: tuple[str, ...]
    forms: tuple[tuple[str, ...], ...]  # every form of those terms, as folded words


@dataclass
class SynonymTable:
    """Folded forms (tuples of words) -> the glossary terms they name."""

    terms_by_form: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    forms_by_term: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    # The languages each form is written in: a result is highlighted with the forms of its
    # language only (one pattern of every language's forms takes milliseconds to compile).
    languages_by_form: dict[tuple[str, ...], set[str]] = field(default_factory=dict)

    @classmethod
    def from_glossary(cls, terms: Iterable[GlossaryTerm]) -> SynonymTable:
        table = cls()
        for term in terms:
            for form in term_forms(term):
                table.add(term.id, form)
            for lang in set(term.term.languages) | set(term.synonyms):
                for form in term_forms(term, [lang]):
                    table.languages_by_form.setdefault(tuple(words(form)), set()).add(lang)
        return table

    def languages(self, form: tuple[str, ...]) -> frozenset[str] | None:
        """The languages `form` is written in, or None when not known (any language)."""
        found = self.languages_by_form.get(form)
        return frozenset(found) if found else None

    def add(self, term_id: str, form: str) -> None:
        folded = tuple(words(form))
        if not folded or len(folded) > MAX_FORM_WORDS or len("".join(folded)) < MIN_FORM_CHARS:
            return
        self.terms_by_form.setdefault(folded, set()).add(term_id)
        known = self.forms_by_term.setdefault(term_id, [])
        if folded not in known:
            known.append(folded)

    def find(self, query_words: Sequence[str]) -> list[SynonymMatch]:
        """Non-overlapping forms in `query_words`, longest first, from left to right."""
        matches: list[SynonymMatch] = []
        start = 0
        while start < len(query_words):
            for length in range(min(MAX_FORM_WORDS, len(query_words) - start), 0, -1):
                key = tuple(query_words[start : start + length])
                term_ids = self.terms_by_form.get(key)
                if term_ids:
                    ids = tuple(sorted(term_ids))
                    forms = _widening(key, [f for term_id in ids for f in self.forms_by_term[term_id]])
                    matches.append(SynonymMatch(start, start + length, ids, tuple(forms)))
                    start += length
                    break
            else:
                start += 1
        return matches


def _widening(typed: tuple[str, ...], forms: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The typed form, then the term's other forms in their order (names before everyday
    words), leaving out any form that contains one already chosen: a document with
    "ICE detainer" also has "detainer", so it is found without asking twice."""
    chosen = [typed]
    for form in forms:
        if len(chosen) == MAX_ALTERNATIVES:
            break
        if not any(_contains(form, other) for other in chosen):
            chosen = [c for c in chosen if c == typed or not _contains(c, form)] + [form]
    return chosen


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))
