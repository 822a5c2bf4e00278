"""The national lists as search documents: legal help, ICE offices, detention facilities
and every county (Qt-free).

Read from the snapshots in the content's `data/` folder (see `core.data.snapshot`). One
document per record, in English (the lists are English): legal-help providers and ICE
offices as organizations, facilities and counties as places, a county carrying the
287(g) agreements signed in it. Shown text is only the lists' own words (names, cities,
states); the words that let a question find a record ("lawyer", "detention") go in the
never-shown keywords. Record ids are `<list>/<record id>`, unique across lists.

Used by the search benchmark's national corpus; the app's index takes its national
records from `documents.py`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktopguide.core.data.snapshot import SnapshotError, read_snapshot, snapshot_path
from desktopguide.core.geo import state_name
from desktopguide.core.search.documents import SearchDocument

LEGAL_HELP_LISTS = ("eoir-pro-bono", "eoir-recognized", "eoir-roster")
# Never shown: the everyday words that find each kind of record.
LEGAL_HELP_WORDS = "legal help lawyer attorney pro bono free low cost"
OFFICE_WORDS = "ICE office ERO check-in"
FACILITY_WORDS = "ICE detention facility jail detained"
COUNTY_WORDS = "county"


def national_documents(content_root: Path) -> Iterator[SearchDocument]:
    """Every record of the national lists under `content_root` (a missing list gives none)."""
    agreements = _agreements_by_county(content_root)
    for kind in LEGAL_HELP_LISTS:
        for record in _records(content_root, kind):
            yield _legal_help(kind, record)
    for record in _records(content_root, "ice-offices"):
        yield _office(record)
    for record in _records(content_root, "ice-facilities"):
        yield _facility(record)
    for record in _records(content_root, "county-ice-aor"):
        yield _county(record, agreements.get(str(record.get("county_fips") or ""), []))


def _records(content_root: Path, kind: str) -> tuple[dict[str, Any], ...]:
    path = snapshot_path(content_root, kind)
    if not path.is_file():
        return ()
    try:
        return read_snapshot(path).records
    except (SnapshotError, OSError):
        return ()


def _text(*parts: object) -> str:
    return "\n".join(str(p) for p in parts if p)


def _where(record: dict[str, Any]) -> str:
    state = str(record.get("state") or "")
    return ", ".join(p for p in (str(record.get("city") or ""), state) if p)


def _legal_help(kind: str, record: dict[str, Any]) -> SearchDocument:
    state = str(record.get("state") or "")
    languages = record.get("languages") or []
    return SearchDocument(
        "org",
        f"{kind}/{record.get('id')}",
        "en",
        str(record.get("organization") or ""),
        summary=_where(record),
        body=_text(record.get("street"), record.get("phone"), record.get("website"), record.get("case_types")),
        keywords=_text(LEGAL_HELP_WORDS, state_name(state), record.get("court"), " ".join(map(str, languages))),
        postal_code=str(record.get("zip") or ""),
    )


def _office(record: dict[str, Any]) -> SearchDocument:
    return SearchDocument(
        "org",
        f"ice-offices/{record.get('id')}",
        "en",
        f"{record.get('office_type') or ''}: {record.get('name') or ''}".strip(": "),
        summary=_where(record),
        body=_text(record.get("street"), record.get("area")),
        keywords=_text(OFFICE_WORDS, state_name(str(record.get("state") or "")), record.get("aor")),
        postal_code=str(record.get("zip") or ""),
    )


def _facility(record: dict[str, Any]) -> SearchDocument:
    return SearchDocument(
        "place",
        f"ice-facilities/{record.get('id')}",
        "en",
        str(record.get("name") or "").title(),
        summary=_where(record),
        body=_text(record.get("street"), record.get("facility_type")),
        keywords=_text(FACILITY_WORDS, state_name(str(record.get("state") or "")), record.get("aor")),
        postal_code=str(record.get("zip") or ""),
    )


def _county(record: dict[str, Any], agreements: list[dict[str, Any]]) -> SearchDocument:
    state = str(record.get("state") or "")
    return SearchDocument(
        "place",
        f"county-ice-aor/{record.get('county_fips')}",
        "en",
        f"{record.get('county') or ''}, {state}",
        summary=state_name(state),
        body=_text(*(f"287(g) {a.get('agency') or ''} {a.get('model') or ''}" for a in agreements)),
        keywords=_text(COUNTY_WORDS, state_name(state), record.get("aor")),
    )


def _agreements_by_county(content_root: Path) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for record in _records(content_root, "ice-287g"):
        fips = record.get("county_fips")
        if fips:
            found.setdefault(str(fips), []).append(record)
    return found
