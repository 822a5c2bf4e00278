"""Glossary terms (`glossary/<id>.yaml`): definitions and everyday words, per language."""

from __future__ import annotations

from collections.abc import Iterable

from desktopguide.core.content.model import GlossaryTerm
from desktopguide.core.content.record_reader import RecordReader

FIELDS = ("id", "term", "definition", "synonyms", "sources", "unverified", "translations")
REQUIRED = ("id", "term", "definition", "sources")


def read_term(reader: RecordReader, languages: Iterable[str]) -> GlossaryTerm | None:
    langs = list(languages)
    if not reader.check_keys(FIELDS, REQUIRED):
        return None
    term = reader.localized("term", languages=langs)
    definition = reader.localized("definition", languages=langs)
    synonyms: dict[str, list[str]] = {}
    raw_synonyms = reader.raw(("synonyms",))
    if isinstance(raw_synonyms, dict):
        for lang in raw_synonyms:
            if lang not in langs:
                reader.error(("synonyms", lang), f"'{lang}' in 'synonyms' is not a language of languages.yaml")
                continue
            synonyms[str(lang)] = reader.string_list("synonyms", lang) or []
    elif raw_synonyms is not None:
        reader.error(("synonyms",), "'synonyms' must map language codes to lists of words")
    translations = reader.translations("translations", languages=langs)
    unverified = reader.choice_list("unverified", choices=("term", "definition", "synonyms"))
    if reader.has_errors or not (term and definition):
        return None
    entry = GlossaryTerm(
        id=str(reader.raw(("id",))), term=term, definition=definition, synonyms=synonyms,
        sources=reader.string_list("sources") or [], path=reader.path, translations=translations,
        unverified=unverified,
    )
    entry.lines.update({name: reader.line(name) for name in FIELDS})
    return entry
