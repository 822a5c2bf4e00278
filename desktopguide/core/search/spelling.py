"""Typo fallback: when a word matches nothing, the nearest indexed word by edit distance.

Candidates come from a symmetric-delete table built with the index: every indexed word
is stored under itself and under each string made by deleting one of its letters. A
typed word's own deletions, looked up in that table, find every word within one edit,
and for long words (two deletions on the typed side) those within two edits where the
typed word has letters too many or wrong, though not two missing; all without comparing
against the whole vocabulary. Candidates are then checked with the optimal-string-alignment
distance (Levenshtein plus swapped neighbours: "detianer" -> "detainer").
"""

from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from desktopguide.core.search.normalize import is_cjk, words
from desktopguide.core.search.snippets import fold_same_length

MIN_LENGTH = 4  # shorter words have too many neighbours to guess from
MAX_LENGTH = 24
LONG_WORD = 8  # from this length, two edits are allowed
ENDING_STEM = 4  # letters a rightly spelled word's correction keeps at least (`ending_only`)
EVERYWHERE_LANGUAGES = 10  # a word in the records of this many languages is no one language's


def ending_only(word: str) -> str | None:
    """The start a correction of a rightly spelled word must keep: all of it but the last
    two letters, and at least four; None for a word of four letters or fewer, which is not
    corrected at all. Only the ending changes, so the word stays itself in another form
    ("брата" as "брату", "tocan" as "tocar"), where another first letter or one in the
    middle makes another word (Persian "ساکت", silent, "ساعت", hour), as a letter added to
    a short word does (Arabic "عندي", I have, "عندئذ", then)."""
    return word[: max(ENDING_STEM, len(word) - 2)] if len(word) > ENDING_STEM else None


def correctable(word: str) -> bool:
    return MIN_LENGTH <= len(word) <= MAX_LENGTH and not word.isdigit() and not is_cjk(word)


def max_distance(word: str) -> int:
    return 2 if len(word) >= LONG_WORD else 1


def deletions(word: str, depth: int = 1) -> set[str]:
    """`word` and every string made by deleting up to `depth` of its characters."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def osa_distance(a: str, b: str) -> int:
    """Edit distance counting insertions, deletions, substitutions and adjacent swaps."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]


SCHEMA = """
CREATE TABLE terms(term TEXT PRIMARY KEY, docs INTEGER NOT NULL, prose INTEGER NOT NULL, langs INTEGER NOT NULL)
    WITHOUT ROWID;
CREATE TABLE deletes(del TEXT NOT NULL, term TEXT NOT NULL, PRIMARY KEY(del, term)) WITHOUT ROWID;
CREATE TABLE short_prefixes(prefix TEXT PRIMARY KEY, words TEXT NOT NULL) WITHOUT ROWID;
"""
# The completions of prefixes this short are stored (`short_prefixes`): they are the longest
# lists, which took a tenth of a millisecond to sort at each keystroke.
STORED_PREFIX_LENGTH = 3
STORED_COMPLETIONS = 32


def build_tables(
    conn: sqlite3.Connection,
    term_documents: Mapping[str, int],
    prose: Collection[str] = frozenset(),
    term_languages: Mapping[str, int] | None = None,
) -> None:
    """Fill `terms` (every indexed word, how many documents have it, whether it is in
    `prose`: the guides' and glossary's text, and the languages of the documents that have
    it, one bit each by the index's language numbers) and `deletes`."""
    conn.executescript(SCHEMA)
    languages = term_languages or {}
    conn.executemany(
        "INSERT INTO terms VALUES (?, ?, ?, ?)",
        ((term, docs, term in prose, languages.get(term, 0)) for term, docs in term_documents.items()),
    )
    conn.executemany("INSERT OR IGNORE INTO deletes VALUES (?, ?)", _delete_rows(list(term_documents)))
    conn.executemany("INSERT INTO short_prefixes VALUES (?, ?)", _short_prefix_rows(term_documents))


def _short_prefix_rows(term_documents: Mapping[str, int]) -> Iterator[tuple[str, str]]:
    """(prefix, its completions joined by spaces) for every prefix up to STORED_PREFIX_LENGTH
    letters, in the order `Speller.completions` gives: the prefix itself when indexed, then
    the words in most documents (alphabetical among equals)."""
    found: dict[str, list[str]] = {}
    for term in sorted(term_documents, key=lambda t: (-term_documents[t], t)):
        for length in range(1, min(len(term), STORED_PREFIX_LENGTH) + 1):
            words = found.setdefault(term[:length], [])
            if len(words) < STORED_COMPLETIONS:
                words.append(term)
    for prefix, words in found.items():
        if prefix in term_documents:
            words = [prefix, *(w for w in words if w != prefix)][:STORED_COMPLETIONS]
        yield prefix, " ".join(words)  # indexed words have no spaces


def _delete_rows(terms: list[str]) -> Iterator[tuple[str, str]]:
    for term in terms:
        if correctable(term):
            for deleted in deletions(term):
                yield deleted, term


@dataclass
class Speller:
    conn: sqlite3.Connection

    def known(self, word: str) -> bool:
        return self.conn.execute("SELECT 1 FROM terms WHERE term = ?", (word,)).fetchone() is not None

    def known_and_prose_words(self, words: list[str]) -> tuple[set[str], set[str]]:
        """Those of `words` that are indexed words, and those of them the guides' or the
        glossary's text has (everyday words, where a directory's words are also names)."""
        unique = list(dict.fromkeys(words))
        if not unique:
            return set(), set()
        marks = ",".join("?" * len(unique))
        rows = self.conn.execute(f"SELECT term, prose FROM terms WHERE term IN ({marks})", unique).fetchall()
        return {term for term, _prose in rows}, {term for term, prose in rows if prose}

    def documents(self, word: str) -> int:
        """How many documents have `word` (0 when none)."""
        row = self.conn.execute("SELECT docs FROM terms WHERE term = ?", (word,)).fetchone()
        return int(row[0]) if row else 0

    def known_prefix(self, prefix: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM terms WHERE term >= ? AND term < ? LIMIT 1", (prefix, prefix + "\U0010ffff")
        ).fetchone()
        return row is not None

    def completions(self, prefix: str, limit: int) -> list[str]:
        """Up to `limit` indexed words starting with `prefix`: `prefix` itself when indexed,
        then those in most documents."""
        if len(prefix) <= STORED_PREFIX_LENGTH and limit <= STORED_COMPLETIONS:
            row = self.conn.execute("SELECT words FROM short_prefixes WHERE prefix = ?", (prefix,)).fetchone()
            return str(row[0]).split()[:limit] if row else []
        rows = self.conn.execute(
            "SELECT term FROM terms WHERE term >= ? AND term < ? ORDER BY term = ? DESC, docs DESC, term LIMIT ?",
            (prefix, prefix + "\U0010ffff", prefix, limit),
        )
        return [row[0] for row in rows]

    def nearest(self, word: str, languages: Sequence[int] = (), start: str = "") -> str | None:
        """The indexed word closest to `word` that begins with `start`. Among equals, one in
        a document of the first of `languages` (each a set of bits, one for each language
        number: the reader's, then English's, last), then of the next, then the one in most
        documents: "victim" is "victims" before French "victime", Spanish "deportasion"
        "deportación" before "deportation", which is in every language's records."""
        if not correctable(word):
            return None
        limit = max_distance(word)
        keys = sorted(deletions(word, depth=limit))
        marks = ",".join("?" * len(keys))
        rows = self.conn.execute(
            "SELECT DISTINCT t.term, t.docs, t.langs FROM deletes d JOIN terms t ON t.term = d.term "
            f"WHERE d.del IN ({marks})",
            keys,
        ).fetchall()
        best: tuple[int, int, int, str] | None = None
        for term, docs, langs in rows:
            if term == word or not term.startswith(start):
                continue
            distance = osa_distance(word, term)
            key = (distance, _tier(langs, languages), -docs, term)
            if distance <= limit and (best is None or key < best):
                best = key
        return best[3] if best else None

    def nearest_of(
        self,
        word: str,
        candidates: Iterable[str],
        languages: Sequence[int] = (),
        most: int = 2,
        keep: str | None = None,
    ) -> str | None:
        """Of the indexed `candidates` and `keep` (`nearest`'s choice, if any) at most `most`
        slips from `word`: one in the reader's language before another's, as `nearest` orders
        languages ("sherrif" is English "sheriff" before French "shérif", one slip nearer);
        then the nearest; then `keep` ("detainr" stays "detainer", not "detainee"); then the
        one in most documents."""
        near = {
            term: distance
            for term in (*candidates, *([keep] if keep else []))
            if abs(len(term) - len(word)) <= most and term != word and (distance := osa_distance(word, term)) <= most
        }
        if not near:
            return None
        marks = ",".join("?" * len(near))
        rows = self.conn.execute(f"SELECT term, docs, langs FROM terms WHERE term IN ({marks})", list(near))
        keys = [(_tier(langs, languages), near[term], term != keep, -docs, term) for term, docs, langs in rows]
        return min(keys)[4] if keys else None


def _tier(langs: int, languages: Sequence[int]) -> int:
    """Where a word in the records of `langs` (bits) stands among `languages` (the reader's, then English)."""
    tier = next((n for n, bits in enumerate(languages) if langs & bits), len(languages))
    if languages and langs.bit_count() >= EVERYWHERE_LANGUAGES:
        # In most languages' records, a word is the English beside a translation
        # ("deportación (deportation)"): English's, the last of `languages`.
        tier = max(tier, len(languages) - 1)
    return tier


_BOLD = re.compile(r"<b>(.*?)</b>", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_EDGES = re.compile(r"^(\W*)(.*?)(\W*)$", re.DOTALL)
_JOINERS = re.compile(r"([’'\-])")  # "l'écolle", "peut-il": a word inside a chunk


def corrected_as_typed(typed: str, corrections: Sequence[tuple[str, str]], written: Callable[[str], str]) -> str | None:
    """The typed query with each corrected word replaced, as "showing results for ..." says
    it: the other words as typed ("polícia", not the folded "policia"), and the word searched
    instead as `written` spells it (the folded word's spelling in the results). None when a
    corrected word is not found in the typed text (the caller shows the words as searched)."""
    chunks = typed.split()
    for typed_word, nearest in corrections:
        for at, chunk in enumerate(chunks):
            parts = _JOINERS.split(chunk)
            hit = next((n for n, part in enumerate(parts) if words(part) == [typed_word]), None)
            if hit is not None:
                edges = _EDGES.match(parts[hit])
                lead, trail = (edges.group(1), edges.group(3)) if edges else ("", "")
                core = edges.group(2) if edges else parts[hit]
                spelled = written(nearest)
                # "locator" typed in lower case stays so, though a title writes "Locator".
                parts[hit] = lead + (spelled.lower() if core.islower() else spelled) + trail
                chunks[at] = "".join(parts)
                break
        else:
            return None
    return " ".join(chunks)


def written_in(folded_word: str, shown_html: Iterable[str]) -> str | None:
    """How the HTML texts write `folded_word`: where they mark it first, else anywhere."""
    texts = list(shown_html)
    for text in texts:
        for marked in _BOLD.finditer(text):
            if words(surface := html.unescape(marked.group(1)).strip()) == [folded_word]:
                return surface
    pattern = word_pattern(folded_word)
    for text in texts:
        if found := spelled_in(pattern, html.unescape(_TAG.sub("", text))):
            return found
    return None


def word_pattern(folded_word: str) -> re.Pattern[str]:
    """The folded word, whole, for `spelled_in`."""
    return re.compile(rf"(?<!\w){re.escape(folded_word)}(?!\w)")


def spelled_in(pattern: re.Pattern[str], text: str, folded: str | None = None) -> str | None:
    """How `text` writes the word `pattern` finds in its folded copy (`folded`, when stored:
    folding keeps each character's place, so the match's place is the word's)."""
    match = pattern.search(folded or fold_same_length(text) or text.lower())
    return text[match.start() : match.end()] if match else None
