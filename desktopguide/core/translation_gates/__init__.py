"""Quality gates on translated guides (issue 21, point 4), each problem by FILE:LINE:

- facts: the English text's numbers, phone numbers, form numbers, addresses, links and
  headings are all in the translation;
- english: no paragraph is still in English;
- isolates: right-to-left files keep their left-to-right runs in order.

The fourth gate, the card fitting one page in every language and paper, is
cards/check.py (it needs Qt).
"""

from __future__ import annotations

from collections.abc import Collection

from desktopguide.core.content.model import SOURCE_LANGUAGE, GuideText, Library
from desktopguide.core.content.problems import Problem, ProblemLog
from desktopguide.core.translation_gates.english import LinguaMissingError, check_english, english_ngrams
from desktopguide.core.translation_gates.facts import check_facts
from desktopguide.core.translation_gates.isolates import check_isolates
from desktopguide.core.translation_gates.segments import text_parts


def translation_problems(library: Library, only: Collection[tuple[str, str]] | None = None) -> list[Problem]:
    """Problems of every translated guide file (or of the (guide id, language) pairs in `only`)."""
    log = ProblemLog()
    latin_script = _latin_script_languages(library)
    lingua_missing: LinguaMissingError | None = None
    for guide_id, guide in sorted(library.guides.items()):
        langs = [
            lang
            for lang in sorted(guide.texts)
            if lang != SOURCE_LANGUAGE and (only is None or (guide_id, lang) in only)
        ]
        if not langs:
            continue
        english = text_parts(guide.source_text)
        grams = english_ngrams(english)
        for lang in langs:
            text = guide.texts[lang]
            parts = text_parts(text)
            # An out-of-date translation was made from other English (the loader warns so):
            # its facts are compared once it is brought up to date and stamped again.
            if not text.translation.out_of_date:
                check_facts(english, parts, log)
            try:
                check_english(grams, parts, log, latin_script=lang in latin_script)
            except LinguaMissingError as exc:
                lingua_missing = exc
            language = library.languages.get(lang)
            if language is not None and language.is_rtl:
                check_isolates(text, log)
    if lingua_missing is not None:
        log.warning(library.root / "languages.yaml", 1, str(lingua_missing))
    return sorted(log.problems, key=lambda p: (str(p.path), p.line))


def _latin_script_languages(library: Library) -> set[str]:
    """The languages whose guide texts are written mostly in Latin letters (es, ht, hmn...)."""
    import unicodedata

    latin: dict[str, int] = {}
    letters: dict[str, int] = {}
    for guide in library.guides.values():
        for lang, text in guide.texts.items():
            sample = _sample(text)
            letters[lang] = letters.get(lang, 0) + sum(1 for ch in sample if ch.isalpha())
            latin[lang] = latin.get(lang, 0) + sum(
                1 for ch in sample if ch.isalpha() and "LATIN" in unicodedata.name(ch, "")
            )
    return {lang for lang, count in letters.items() if count and latin[lang] / count >= 0.5}


def _sample(text: GuideText) -> str:
    return " ".join([text.title, text.summary, text.card.headline, *text.card.key_points])
