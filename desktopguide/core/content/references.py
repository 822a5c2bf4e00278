"""Checks across records: cited sources, links and ids that must exist in the library."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktopguide.core.content.markdown import EXTERNAL_SCHEMES, INTERNAL_SCHEMES, links
from desktopguide.core.content.model import Library
from desktopguide.core.content.problems import ProblemLog


def check_references(library: Library, log: ProblemLog) -> None:
    known = {
        "guide": set(library.guides),
        "org": set(library.directory),
        "place": set(library.places),
        "term": set(library.glossary),
    }
    words = {"guide": "guide", "org": "directory record", "place": "place", "term": "glossary term"}

    def need(ids: list[str], kind: str, path: Path, line: int, field: str) -> None:
        for record_id in ids:
            if record_id not in known[kind]:
                log.error(path, line, f"'{field}' names the {words[kind]} '{record_id}', which does not exist")

    def cite(ids: list[str], path: Path, line: int, field: str = "sources", required: bool = True) -> None:
        if required and not ids:
            log.error(path, line, f"'{field}' must cite at least one source")
        for source_id in ids:
            if source_id not in library.sources:
                log.error(path, line, f"'{field}' cites '{source_id}', which is not in sources.yaml")

    for guide in library.guides.values():
        source = guide.source_text
        cite(guide.sources, source.path, source.lines.get("sources", 1))
        # A text cannot rest on a document newer than its own last change: 'updated' was not updated.
        for source_id in guide.sources:
            cited = library.sources.get(source_id)
            if cited is not None and cited.date is not None and cited.date > guide.updated:
                log.warning(
                    source.path, source.lines.get("updated", 1),
                    f"'updated' is {guide.updated.isoformat()}, before the date of the cited document "
                    f"'{source_id}' ({cited.date.isoformat()}): set it to the day the text was last changed",
                )
        need(guide.related, "guide", source.path, source.lines.get("related", 1), "related")
        for text in guide.texts.values():
            need(text.card.contacts, "org", text.path, text.lines.get("card.contacts", 1), "card.contacts")
            body_line = text.lines.get("body", 1)
            for link in links(text.body):
                line = body_line + link.line_offset
                if link.scheme in INTERNAL_SCHEMES:
                    if link.record_id not in known[link.scheme]:
                        log.error(
                            text.path,
                            line,
                            f"the link '{link.target}' points to a {words[link.scheme]} that does not exist",
                        )
                elif link.scheme not in EXTERNAL_SCHEMES:
                    log.error(
                        text.path,
                        line,
                        f"the link '{link.target}' is not allowed: "
                        "use guide:, org:, place:, term: or a https:// address",
                    )
    for record in library.directory.values():
        cite(record.sources, record.path, record.lines.get("sources", 1))
    for place in library.places.values():
        cite(place.sources, place.path, place.lines.get("sources", 1))
        need(place.contacts, "org", place.path, place.lines.get("contacts", 1), "contacts")
        need(place.related_guides, "guide", place.path, place.lines.get("related_guides", 1), "related_guides")
        for index, fact in enumerate(place.facts):
            cite(fact.sources, place.path, place.lines.get(f"facts.{index}.sources", 1), f"facts[{index}].sources")
            as_of_line = place.lines.get(f"facts.{index}.as_of", 1)
            check_as_of(library, place.path, as_of_line, index, fact.as_of, fact.sources, log)
    for term in library.glossary.values():
        cite(term.sources, term.path, term.lines.get("sources", 1))


def check_as_of(
    library: Library, path: Path, line: int, index: int, as_of: dt.date, source_ids: list[str], log: ProblemLog
) -> None:
    """A fact is as of the date of its document, or of the day an undated one was read: never a made-up day."""
    sources = [library.sources[s] for s in source_ids if s in library.sources]
    if not sources:
        return
    dated = [s.date for s in sources if s.date]
    if dated:
        newest = max(dated)
        if as_of > newest:
            log.warning(
                path, line,
                f"facts[{index}].as_of is {as_of.isoformat()}, later than its newest cited document "
                f"({newest.isoformat()}): a fact is as of the date of its document",
            )
        return
    read = {s.accessed for s in sources if s.accessed}
    if not read:
        log.warning(
            path, line,
            f"facts[{index}] cites only undated documents and none says when it was read: "
            "give the source its 'accessed' date",
        )
    elif as_of not in read:
        days = ", ".join(sorted(day.isoformat() for day in read))
        log.warning(
            path, line,
            f"facts[{index}].as_of is {as_of.isoformat()}, but its undated documents were read on {days}: "
            "use that day, not another one",
        )
