"""Gate (a): a translation keeps the English text's numbers, phone numbers, form numbers,
addresses, links and number of headings.

A reader who copies a phone number or a form number from a translation must get the same
one as from English, so these are compared as written, part by part: the title, the
summary, the card, and each body section when both texts have the same headings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktopguide.core.content.problems import ProblemLog
from desktopguide.core.translation_gates.segments import Segment, TextParts

# US phone numbers as the content writes them: 703-746-4311, (703) 746-4311, 1-800-375-5283.
_PHONE = re.compile(
    r"(?<![A-Za-z0-9-])(?:\+?1[-. ]?)?(?:\([0-9]{3}\) ?|[0-9]{3}[-. ])[0-9]{3}[-. ][0-9]{4}(?![A-Za-z0-9-])"
)
# Form and document numbers: I-247, I-205, EOIR-33, G-28, I-589, DS-160, I-247A.
# (Latin letters and digits only around them: "表格I-247" or "ICEدر" must still match.)
_FORM = re.compile(r"(?<![A-Za-z0-9-])[A-Z]{1,5}-[0-9]{1,5}[A-Z]?(?![A-Za-z0-9-])")
_ADDRESS = re.compile(r"(?:https?://|mailto:|www\.)[^\s)>\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
# A number: its digits, with the thousands and decimal marks of any language between them
# ("1,500", "1.500", "1 500" with a space, no-break space or narrow no-break space).
# Latin digits only: other digits are reported on their own (_OTHER_DIGITS).
_NUMBER = re.compile(r"[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+(?![0-9])|[0-9]+(?:[.,\u00a0\u202f][0-9]+)*")
# Digits that are not Latin: Arabic-Indic, Extended (Persian, Urdu), full-width, Devanagari,
# Gurmukhi, Ethiopic. The content keeps numbers in Latin digits (issue 21).
_OTHER_DIGITS = re.compile("[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\u0966-\u096f\u0a66-\u0a6f\u1369-\u137c]")

KINDS = ("phone number", "form number", "web or mail address", "number")


def _facts(segments: Iterable[Segment]) -> dict[str, dict[str, int]]:
    """kind -> value -> the file line where it first stands."""
    found: dict[str, dict[str, int]] = {kind: {} for kind in KINDS}
    for segment in segments:
        for offset, rest in enumerate(segment.text.split("\n")):
            line = segment.line + offset
            for kind, pattern in (("web or mail address", _ADDRESS), ("phone number", _PHONE), ("form number", _FORM)):
                for m in pattern.finditer(rest):
                    found[kind].setdefault(_normal(kind, m.group(0)), line)
                rest = pattern.sub(" ", rest)
            for m in _NUMBER.finditer(rest):
                found["number"].setdefault(re.sub(r"[^0-9]", "", m.group(0)), line)
    return found


def _normal(kind: str, value: str) -> str:
    if kind == "phone number":
        digits = re.sub(r"\D", "", value)
        return digits[1:] if len(digits) == 11 and digits.startswith("1") else digits
    if kind == "web or mail address":
        return value.rstrip(".,;:").lower()
    return value


def _shown(kind: str, value: str, english: Iterable[str]) -> str:
    """The value as English writes it, for the message (a phone number with its dashes)."""
    if kind == "phone number":
        for text in english:
            for match in _PHONE.finditer(text):
                if _normal(kind, match.group(0)) == value:
                    return match.group(0)
    return value


def check_facts(english: TextParts, translated: TextParts, log: ProblemLog) -> None:
    path = translated.text.path
    en_name = english.text.path.name
    for segment in translated.segments:
        match = _OTHER_DIGITS.search(segment.text)
        if match:
            log.error(
                path,
                segment.line,
                f"the digit '{match.group(0)}' is not a Latin digit: write numbers as English does (0-9)",
            )
    groups = _groups(english, translated)
    for where, en_segments, tr_segments, line in groups:
        en_texts = [s.text for s in en_segments]
        en_facts = _facts(en_segments)
        tr_facts = _facts(tr_segments)
        for kind in KINDS:
            for value in sorted(en_facts[kind].keys() - tr_facts[kind].keys()):
                log.error(
                    path,
                    line,
                    f"the {kind} '{_shown(kind, value, en_texts)}' of {en_name}:{en_facts[kind][value]} ({where}) "
                    "is missing: keep it as English writes it",
                )
            for value in sorted(tr_facts[kind].keys() - en_facts[kind].keys()):
                shown = _shown(kind, value, [s.text for s in tr_segments])
                log.warning(
                    path,
                    tr_facts[kind][value],
                    f"the {kind} '{shown}' is not in {en_name} ({where}): check that it is right",
                )
        en_links = {t: s.line for s in reversed(en_segments) for t in s.links}
        tr_links = {t: s.line for s in reversed(tr_segments) for t in s.links}
        for target in sorted(en_links.keys() - tr_links.keys()):
            log.error(
                path,
                line,
                f"the link to '{target}' of {en_name}:{en_links[target]} ({where}) is missing: keep every link target",
            )
        for target in sorted(tr_links.keys() - en_links.keys()):
            log.error(
                path,
                tr_links[target],
                f"the link to '{target}' is not in {en_name} ({where}): link to what English links to",
            )
    if translated.text.has_body:
        en_headings = len(english.heading_lines)
        tr_headings = translated.heading_lines
        if en_headings != len(tr_headings):
            log.error(
                path,
                translated.text.lines.get("body", 1),
                f"the text has {len(tr_headings)} headings and {en_name} has {en_headings}: keep one heading for each",
            )


def _groups(english: TextParts, translated: TextParts) -> list[tuple[str, list[Segment], list[Segment], int]]:
    """(where, English segments, translated segments, line to report) for each part compared."""
    groups = []
    for part in ("title", "summary", "card"):
        en = [s for s in english.header if s.part == part]
        tr = [s for s in translated.header if s.part == part]
        groups.append((part, en, tr, translated.text.lines.get(part, 1)))
    if not translated.text.has_body:
        return groups  # a card-only translation: the reader shows the English text
    en_body, tr_body = english.body, translated.body
    tr_heads = translated.heading_lines
    body_line = translated.text.lines.get("body", 1)
    if len(english.heading_lines) != len(tr_heads):
        groups.append(("text", en_body, tr_body, body_line))
        return groups
    en_titles = english.heading_titles
    for section in range(len(tr_heads) + 1):
        en = [s for s in en_body if s.section == section]
        tr = [s for s in tr_body if s.section == section]
        line = tr_heads[section - 1] if section else body_line
        where = f"section '{en_titles[section - 1]}'" if section else "text before the first heading"
        groups.append((where, en, tr, line))
    return groups
