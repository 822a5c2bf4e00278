"""Guide Markdown: rendered to HTML with markdown-it-py, and its links listed for checking.

Raw HTML in content is switched off, so content can carry no scripts or remote loads.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

from desktopguide.core.bidi import isolate_ltr_runs

# Link schemes inside content: other records of the library, and web addresses shown as text.
INTERNAL_SCHEMES = ("guide", "org", "place", "term")
EXTERNAL_SCHEMES = ("http", "https", "tel", "mailto")
_HEADING_OPEN = re.compile(r"<h[1-6]>")  # raw HTML is off, so every such tag is a heading


@dataclass(frozen=True)
class Link:
    target: str
    line_offset: int  # 0-based line within the body

    @property
    def scheme(self) -> str:
        return self.target.split(":", 1)[0].lower() if ":" in self.target else ""

    @property
    def record_id(self) -> str:
        return self.target.split(":", 1)[1] if ":" in self.target else ""


@functools.cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")


def render_html(body: str, rtl: bool = False) -> str:
    """HTML of the body; heading N (0-based) carries the anchor `section-N` for a contents list.

    For a right-to-left text (`rtl`), left-to-right runs such as phone numbers and "287(g)"
    are isolated so they keep their order (see core.bidi), and tables are mirrored: their
    first column goes on the right, since Qt's rich text lays every table out left to right.
    """
    parser = _parser()
    if rtl:
        tokens = _mirror_tables(parser.parse(body))
        for token in tokens:
            for child in token.children or ():
                if child.type in ("text", "code_inline"):
                    child.content = isolate_ltr_runs(child.content, in_rtl=True)
        html_text = parser.renderer.render(tokens, parser.options, {})
    else:
        html_text = parser.render(body)
    counter = itertools.count()  # unbounded: a long guide may have more headings than any guess
    return _HEADING_OPEN.sub(lambda m: f'{m.group(0)}<a name="section-{next(counter)}"></a>', html_text)


def _mirror_tables(tokens: list[Token]) -> list[Token]:
    """The cells of every table row in reverse order, and the table set on the right."""
    out: list[Token] = []
    row: list[list[Token]] | None = None
    for token in tokens:
        if token.type == "table_open":
            token.attrSet("align", "right")
        if token.type == "tr_open":
            out.append(token)
            row = []
        elif token.type == "tr_close" and row is not None:
            out.extend(t for cell in reversed(row) for t in cell)
            out.append(token)
            row = None
        elif row is not None:
            if token.type in ("th_open", "td_open"):
                row.append([])
            if row:
                row[-1].append(token)
        else:
            out.append(token)
    return out


def links(body: str) -> list[Link]:
    found: list[Link] = []
    for token in _parser().parse(body):
        if token.type != "inline" or not token.children:
            continue
        line = token.map[0] if token.map else 0
        for child in token.children:
            if child.type == "link_open":
                found.append(Link(str(child.attrGet("href") or ""), line))
    return found


def headings(body: str) -> list[tuple[int, str]]:
    """(level, text) of every heading, for a table of contents."""
    tokens = _parser().parse(body)
    out = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and index + 1 < len(tokens):
            out.append((int(token.tag[1:]), tokens[index + 1].content))
    return out


def parse_tokens(body: str) -> list[Token]:
    """The body's markdown-it tokens, parsed exactly as for rendering (for content checks)."""
    return _parser().parse(body)
