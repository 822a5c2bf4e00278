"""Qt's compiled translation format (.qm), written from Python: what `lrelease` makes, for a
handful of messages, so a plain `QTranslator` can carry our catalog's words for Qt's dialogs.

A plain QTranslator answers in C++. A Python QTranslator subclass would be called from whatever
thread Qt translates on (Qt Quick's loader thread, for one) and wait there for Python's lock,
which the main thread may hold while it waits for that thread: the kiosk froze that way.

The layout, as qtbase's qtranslator.cpp reads it: a 16-byte magic number, then sections (a tag
byte, a big-endian 32-bit length, the data). "Hashes" lists (hash, offset) pairs sorted by hash;
"Messages" holds each message as tagged fields: the translation in UTF-16BE, the source text and
the context in UTF-8, then an end tag.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable

QM_MAGIC = bytes((0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95, 0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD))
SECTION_HASHES = 0x42
SECTION_LANGUAGE = 0xA7
SECTION_MESSAGES = 0x69
TAG_END = 1
TAG_TRANSLATION = 3
TAG_SOURCE_TEXT = 6
TAG_CONTEXT = 7


def elf_hash(data: bytes) -> int:
    """The hash Qt looks messages up by: the ELF hash of the UTF-8 source text (and comment), never 0."""
    value = 0
    for byte in data:
        value = ((value << 4) + byte) & 0xFFFFFFFF
        high = value & 0xF0000000
        if high:
            value ^= high >> 24
        value &= ~high & 0xFFFFFFFF
    return value or 1


def _field(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data


def qm_bytes(messages: Iterable[tuple[str, str, str]], language: str = "") -> bytes:
    """A .qm catalog of (context, source text, translation) triples, for `language` (a locale name)."""
    body = bytearray()
    hashes: list[tuple[int, int]] = []
    for context, source, translation in messages:
        hashes.append((elf_hash(source.encode("utf-8")), len(body)))
        body += _field(TAG_TRANSLATION, translation.encode("utf-16-be"))
        body += _field(TAG_SOURCE_TEXT, source.encode("utf-8"))
        body += _field(TAG_CONTEXT, context.encode("utf-8"))
        body.append(TAG_END)
    table = b"".join(struct.pack(">II", value, offset) for value, offset in sorted(hashes))
    head = _field(SECTION_LANGUAGE, language.encode("ascii")) if language else b""
    return QM_MAGIC + head + _field(SECTION_HASHES, table) + _field(SECTION_MESSAGES, bytes(body))
