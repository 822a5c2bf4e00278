"""The texts of a guide file that the gates compare, each with its file line.

A guide file is cut into the parts a translation must keep in step with English: the
title, the summary, the card, and each section of the body (the text before the first
heading is section 0, each heading opens the next), so that a problem is reported at the
section where it is, not only at the top of the body.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from markdown_it.token import Token

from desktopguide.core.content.markdown import parse_tokens
from desktopguide.core.content.model import GuideText


@dataclass(frozen=True)
class Segment:
    part: str  # "title", "summary", "questions", "card" or "body"
    section: int  # the body section (0 before the first heading); 0 in the header
    line: int  # 1-based file line
    text: str  # what a reader sees (link text kept, link targets left out), a line per file line
    links: tuple[str, ...] = ()  # the link targets in it


@dataclass(frozen=True)
class TextParts:
    """A guide text cut once into what every gate reads (parsing is most of their time)."""

    text: GuideText
    header: list[Segment]
    body: list[Segment]
    heading_lines: list[int]
    heading_titles: list[str]

    @property
    def segments(self) -> list[Segment]:
        return [*self.header, *self.body]


def text_parts(text: GuideText) -> TextParts:
    tokens = _tokens(text)
    first = text.lines.get("body", 1)
    lines = [first + (t.map[0] if t.map else 0) for t in tokens if t.type == "heading_open"]
    titles = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and i + 1 < len(tokens)]
    return TextParts(text, header_segments(text), body_segments(text), lines, titles)


@dataclass(frozen=True)
class TextRun:
    """One run of text as the app isolates it: a Markdown text token, or a whole header string."""

    line: int
    text: str


def header_segments(text: GuideText) -> list[Segment]:
    lines = text.lines
    card_line = lines.get("card", 1)
    out = [
        Segment("title", 0, lines.get("title", 1), text.title),
        Segment("summary", 0, lines.get("summary", 1), text.summary),
    ]
    questions_line = lines.get("questions", 1)
    out += [
        Segment("questions", 0, lines.get(f"questions.{i}", questions_line), q) for i, q in enumerate(text.questions)
    ]
    card = text.card
    texts = [
        ("headline", card.headline),
        *((f"key_points.{i}", point) for i, point in enumerate(card.key_points)),
        *((f"phrases.{i}", phrase) for i, phrase in enumerate(card.phrases)),
        ("officer_statement", card.officer_statement),
    ]
    for name, value in texts:
        if value:
            out.append(Segment("card", 0, lines.get(f"card.{name}", card_line), value))
    return out


def _tokens(text: GuideText) -> tuple[Token, ...]:
    return _parsed(text.body) if text.has_body else ()


@functools.lru_cache(maxsize=64)
def _parsed(body: str) -> tuple[Token, ...]:
    """Each body parsed once per check: every gate and every translation of it reads the tokens
    (parsing is most of the gates' time). The tokens are only read, never changed."""
    return tuple(parse_tokens(body))


def body_segments(text: GuideText) -> list[Segment]:
    """One segment per paragraph, list item, table cell or heading of the body."""
    first = text.lines.get("body", 1)
    out: list[Segment] = []
    section = 0
    for token in _tokens(text):
        if token.type == "heading_open":
            section += 1
        if token.type != "inline":
            continue
        line = first + (token.map[0] if token.map else 0)
        shown: list[str] = []
        targets: list[str] = []
        for child in token.children or ():
            if child.type in ("text", "code_inline"):
                shown.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                shown.append("\n")  # kept, so that a fact is reported at its own line
            elif child.type == "link_open":
                targets.append(str(child.attrGet("href") or ""))
        out.append(Segment("body", section, line, "".join(shown), tuple(targets)))
    return out


def text_runs(text: GuideText) -> list[TextRun]:
    """The runs the app passes one by one to core.bidi when it shows the text: every header
    string (the card and the lists isolate each string whole) and every Markdown text token."""
    runs = [TextRun(s.line, s.text) for s in header_segments(text)]
    first = text.lines.get("body", 1)
    for token in _tokens(text):
        if token.type != "inline":
            continue
        line = first + (token.map[0] if token.map else 0)
        for child in token.children or ():
            if child.type in ("softbreak", "hardbreak"):
                line += 1
            elif child.type in ("text", "code_inline"):
                runs.append(TextRun(line, child.content))
    return runs
