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

from desktopguide.core.model import GlossaryTerm
from desktopguide.core.search.documents import term_forms
from desktopguide.core.search.normalize import words

# Longest form matched, in words, and how many forms one group may widen to.
MAX_FORM_WORDS = 6
MAX_ALTERNATIVES = 24


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

    @classmethod
    def from_glossary(cls, terms: Iterable[GlossaryTerm]) -> SynonymTable:
        table = cls()
        for term in terms:
            for form in term_forms(term):
                table.add(term.id, form)
        return table

    def add(self, term_id: str, form: str) -> None:
        folded = tuple(words(form))
        if not folded or len(folded) > MAX_FORM_WORDS:
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
                    forms = [key]
                    for term_id in ids:
                        forms.extend(f for f in self.forms_by_term[term_id] if f not in forms)
                    matches.append(SynonymMatch(start, start + length, ids, tuple(forms[:MAX_ALTERNATIVES])))
                    start += length
                    break
            else:
                start += 1
        return matches
