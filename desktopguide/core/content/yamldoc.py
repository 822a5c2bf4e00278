"""YAML and Markdown front matter read with the line of every key and item.

PyYAML's safe loader builds the values; its node tree gives each value's line, so a
problem deep inside a record is reported where it stands in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from desktopguide.core.content.problems import ContentError

Path_ = tuple[Any, ...]

# libyaml's parser when PyYAML was built with it: the same results, several times faster.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class YamlDoc:
    """A parsed YAML document: its data and the 1-based file line of each path in it."""

    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    duplicate_keys: list[tuple[Path_, int]] = field(default_factory=list)

    def line(self, path: Path_) -> int:
        """The line of `path`, or of its nearest parent that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


def _decode(raw: str | bytes) -> str:
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise ContentError("the file is not UTF-8 text", line) from None
    else:
        text = raw
    if "\x00" in text:
        raise ContentError("the file contains a NUL character", text[: text.index("\x00")].count("\n") + 1)
    return text.removeprefix("\ufeff")


def parse_yaml(raw: str | bytes, first_line: int = 1) -> YamlDoc:
    """Parse one YAML document; `first_line` is the file line the text starts at."""
    text = _decode(raw)
    _refuse_aliases(text, first_line)
    loader = None
    node = None
    try:
        loader = _Loader(text)  # checks the characters as it starts
        node = loader.get_single_node()
        if node is None:
            return YamlDoc(None, {(): first_line})
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + (mark.line if mark else 0)
        what = exc.problem or exc.context or "not valid YAML"
        raise ContentError(f"YAML syntax error: {what}", line) from None
    except yaml.YAMLError as exc:
        raise ContentError(f"YAML syntax error: {exc}", first_line) from None
    except Exception as exc:  # PyYAML raises assorted errors on odd tagged values
        # A value PyYAML recognises but cannot build, such as the date 2026-13-45.
        line = first_line + _unbuildable_scalar_line(node) if node is not None else first_line
        raise ContentError(f"a value cannot be read: {exc}", line) from None
    finally:
        if loader is not None:
            loader.dispose()
    doc = YamlDoc(data)
    _index_lines(node, (), doc, first_line, depth=0)
    if doc.duplicate_keys:
        # YAML keeps the last of two equal keys and says nothing: two versions of a text (as a
        # merge can leave) would load as one, unseen. The file is refused at the first one.
        path, line = doc.duplicate_keys[0]
        where = ".".join(str(part) for part in path)
        raise ContentError(f"the field '{where}' is given twice", line)
    return doc


def _refuse_aliases(text: str, first_line: int) -> None:
    """ContentError at the first alias (`*name`): content writes every value out in full.

    Nine anchors of nine aliases each are a few hundred bytes that stand for 9**9 values:
    walking them for their lines would never end. Content has no need of aliases.
    """
    if "*" not in text:  # an alias starts with '*': most files have none and skip this pass
        return
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                raise ContentError(
                    f"YAML aliases (*{event.anchor}) are not allowed in content: write the value out in full",
                    first_line + (event.start_mark.line if event.start_mark else 0),
                )
    except yaml.YAMLError:
        return  # a syntax error: the parse proper reports it with its line


def _unbuildable_scalar_line(root: yaml.Node) -> int:
    """The 0-based line of the first scalar the safe constructor cannot build."""
    stack = [root]
    seen = 0
    while stack and seen < 100_000:
        node = stack.pop(0)
        seen += 1
        if isinstance(node, yaml.ScalarNode):
            try:
                yaml.SafeLoader("").construct_object(node)
            except Exception:
                return node.start_mark.line
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(n for pair in node.value for n in pair)
    return root.start_mark.line


def _index_lines(node: yaml.Node, path: Path_, doc: YamlDoc, first_line: int, depth: int) -> None:
    doc.lines.setdefault(path, first_line + node.start_mark.line)
    if depth > 50:
        return
    if isinstance(node, yaml.MappingNode):
        seen: set[Any] = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is None:
                continue
            child = (*path, key)
            line = first_line + key_node.start_mark.line
            if key in seen:
                doc.duplicate_keys.append((child, line))
            seen.add(key)
            doc.lines[child] = line
            _index_lines(value_node, child, doc, first_line, depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index_lines(item, (*path, index), doc, first_line, depth + 1)


@dataclass
class FrontMatterDoc:
    header: YamlDoc
    body: str
    body_first_line: int


def parse_front_matter(raw: str | bytes) -> FrontMatterDoc:
    """Split a Markdown file into its YAML header (between `---` lines) and body."""
    text = _decode(raw)
    lines = text.splitlines(keepends=True)
    if not lines or not text.strip():
        raise ContentError("the file is empty", 1)
    if lines[0].rstrip("\r\n").rstrip() != "---":
        raise ContentError("the file must start with a '---' line and a YAML header", 1)
    for index in range(1, len(lines)):
        if lines[index].rstrip("\r\n").rstrip() == "---":
            header_text = "".join(lines[1:index])
            body = "".join(lines[index + 1 :])
            header = parse_yaml(header_text, first_line=2)
            return FrontMatterDoc(header, body, index + 2)
    raise ContentError("the YAML header is never closed with a '---' line", len(lines))
