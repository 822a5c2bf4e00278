"""Gate (c): left-to-right runs in right-to-left files (ar, fa, prs, ps) read in order.

The project's convention (core/bidi.py): the app wraps every left-to-right run that has
more than letters (a phone number, "I-247", "287(g)") in LEFT-TO-RIGHT ISOLATE ... POP
DIRECTIONAL ISOLATE when it shows a right-to-left text, one Markdown text token or header
string at a time, and it leaves a token that already has an isolate as its writer made
it. So a file may carry no bidi controls at all, or isolate by hand; what goes wrong is a
token with some runs isolated by hand and others not (those others then show reordered,
"4311-746 (703)"), an isolate left open or closed twice, or the older embeddings and
overrides (U+202A-U+202E), which leak into the rest of the line. A bracket or quote belongs
inside an isolate only with its partner: "(ICE" isolated, with ")" after right-to-left words,
keeps its left-to-right look and shows on the wrong side. This gate checks each run exactly
as the app will show it.
"""

from __future__ import annotations

import re

from desktopguide.core.bidi import isolate_ltr_runs, unpaired_bracket
from desktopguide.core.content.model import GuideText
from desktopguide.core.content.problems import ProblemLog
from desktopguide.core.translation_gates.segments import text_runs

_OPENERS = "\u2066\u2067\u2068"  # LRI, RLI, FSI
_CLOSER = "\u2069"  # PDI
_EMBEDDINGS = re.compile("[\u202a-\u202e]")
_ISOLATED = re.compile("[\u2066-\u2068][^\u2066-\u2069]*\u2069")
_NAMES = {"\u202a": "LRE", "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO", "\u202e": "RLO"}


def check_isolates(text: GuideText, log: ProblemLog) -> None:
    for run in text_runs(text):
        value = run.text
        embedding = _EMBEDDINGS.search(value)
        if embedding:
            name = _NAMES[embedding.group(0)]
            log.error(
                text.path,
                run.line,
                f"the bidi control {name} (U+{ord(embedding.group(0)):04X}) is not allowed: use isolates (U+2066 "
                "... U+2069) or none",
            )
        if not any(ch in value for ch in _OPENERS + _CLOSER):
            continue  # the app isolates every run of this text itself
        depth = 0
        for ch in value:
            if ch in _OPENERS:
                depth += 1
            elif ch == _CLOSER:
                depth -= 1
                if depth < 0:
                    break
        if depth != 0:
            log.error(
                text.path,
                run.line,
                "an isolate is opened and not closed, or closed twice, in this text: each U+2066 needs one U+2069 "
                "on the same line",
            )
            continue
        for isolate in _ISOLATED.finditer(value):
            bracket = unpaired_bracket(isolate.group(0)[1:-1])
            if bracket is not None:
                log.error(
                    text.path,
                    run.line + value.count("\n", 0, isolate.start()),
                    f"'{bracket}' in the isolate '{isolate.group(0)[1:-1]}': a bracket inside an isolate whose partner "
                    "is outside it shows on the wrong side: move it out of the isolate",
                )
        outside = _ISOLATED.sub(" ", value)
        bare = [m.strip() for m in re.findall("\u2066([^\u2069]*)\u2069", isolate_ltr_runs(outside, in_rtl=True))]
        for item in bare:
            log.error(
                text.path,
                run.line,
                f"'{item}' is not isolated, and the app isolates nothing in a text that has isolates: "
                f"wrap it in U+2066 ... U+2069 like the others, or remove every isolate from this line",
            )
