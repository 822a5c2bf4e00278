"""The list of cited documents (`sources.yaml`)."""

from __future__ import annotations

from pathlib import Path

from desktopguide.core.content.model import Source
from desktopguide.core.content.problems import ProblemLog
from desktopguide.core.content.record_reader import RecordReader
from desktopguide.core.content.yamldoc import YamlDoc

FIELDS = ("id", "title", "publisher", "kind", "date", "accessed", "url", "note")
REQUIRED = ("id", "title", "publisher", "kind")
KINDS = ("official", "law", "legal-information", "news", "advocacy", "law-firm")


def read_sources(path: Path, doc: YamlDoc, log: ProblemLog) -> dict[str, Source]:
    if not isinstance(doc.data, list):
        log.error(path, doc.line(()), "sources.yaml must be a list of sources")
        return {}
    sources: dict[str, Source] = {}
    first_line: dict[str, int] = {}
    for index in range(len(doc.data)):
        reader = RecordReader(path, doc, log, (index,))
        if not reader.check_keys(FIELDS, REQUIRED, what=f"source {index + 1}"):
            continue
        source_id = reader.identifier("id")
        title = reader.text("title", required=True)
        publisher = reader.text("publisher", required=True)
        kind = reader.choice("kind", choices=KINDS)
        date = reader.date("date")
        accessed = reader.date("accessed")
        url = reader.text("url")
        if url and not url.startswith(("https://", "http://")):
            reader.error(("url",), f"'url' must be a web address starting with https://, not '{url}'")
        if source_id in first_line:
            reader.error(("id",), f"duplicate id '{source_id}' (first at line {first_line[source_id]})")
            continue
        if reader.has_errors or not (source_id and title and publisher and kind):
            continue
        first_line[source_id] = reader.line("id")
        sources[source_id] = Source(source_id, title, publisher, kind, date, url, reader.text("note"), accessed)
    return sources
