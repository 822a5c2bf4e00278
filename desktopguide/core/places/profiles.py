"""Place profiles (`places/<id>.yaml`): what a state, county or city does about immigration enforcement."""

from __future__ import annotations

from collections.abc import Iterable

from desktopguide.core.content.model import Place, PlaceFact
from desktopguide.core.content.record_reader import RecordReader
from desktopguide.core.places.geo import STATE_CODES, county_exists

KINDS = ("state", "county", "city")
TOPICS = (
    "287g", "detainers", "release-notification", "jail-access", "detention-contract", "police-practice",
    "sheriff-practice", "state-law", "pending-law", "other",
)
AGENCIES = ("police", "sheriff", "city", "county", "state", "ice")
ANSWERS = ("yes", "no", "partial", "claimed", "unknown")
FIELDS = (
    "id", "name", "kind", "state", "county", "summary", "facts", "contacts", "related_guides", "verified",
    "sources", "unverified", "translations",
)
REQUIRED = ("id", "name", "kind", "state", "summary", "facts", "verified", "sources")
FACT_FIELDS = ("topic", "agency", "answer", "text", "claim_by", "sources", "as_of")
FACT_REQUIRED = ("topic", "agency", "answer", "text", "sources", "as_of")


def read_place(reader: RecordReader, languages: Iterable[str]) -> Place | None:
    langs = list(languages)
    if not reader.check_keys(FIELDS, REQUIRED):
        return None
    name = reader.text("name", required=True)
    kind = reader.choice("kind", choices=KINDS)
    state = reader.text("state") or ""
    county = reader.text("county") or ""
    if state and state not in STATE_CODES:
        reader.error(("state",), f"'{state}' is not a U.S. state code")
    elif kind in ("county", "city") and not county:
        reader.error(
            (), f"a {kind} profile needs a 'county' (for an independent city, the city as the Postal Service names it)"
        )
    elif county and not county_exists(state, county):
        reader.error(
            ("county",),
            f"there is no county '{county}' in {state} (write it as the Postal Service does, e.g. 'Arlington County')",
        )
    summary = reader.localized("summary", languages=langs)
    facts = [f for f in (read_fact(reader.sub("facts", i), langs) for i in reader.mapping_list("facts")) if f]
    verified = reader.date("verified")
    translations = reader.translations("translations", languages=langs)
    if reader.has_errors or not (name and kind and summary and verified):
        return None
    place = Place(
        id=str(reader.raw(("id",))),
        name=name,
        kind=kind,
        state=state,
        summary=summary,
        facts=facts,
        verified=verified,
        sources=reader.string_list("sources") or [],
        path=reader.path,
        county=county,
        contacts=reader.string_list("contacts") or [],
        related_guides=reader.string_list("related_guides") or [],
        unverified=reader.string_list("unverified") or [],
        translations=translations,
    )
    place.lines.update({name: reader.line(name) for name in FIELDS})
    for index in range(len(facts)):
        place.lines[f"facts.{index}.sources"] = reader.line("facts", index, "sources")
        place.lines[f"facts.{index}.as_of"] = reader.line("facts", index, "as_of")
    return place


def read_fact(reader: RecordReader, languages: list[str]) -> PlaceFact | None:
    if not reader.check_keys(FACT_FIELDS, FACT_REQUIRED, what="a fact"):
        return None
    topic = reader.choice("topic", choices=TOPICS)
    agency = reader.choice("agency", choices=AGENCIES)
    answer = reader.choice("answer", choices=ANSWERS)
    text = reader.localized("text", languages=languages)
    claim_by = reader.text("claim_by") or ""
    if answer == "claimed" and not claim_by:
        reader.error(("answer",), "a claimed fact must say who makes the claim in 'claim_by'")
    sources = reader.string_list("sources") or []
    as_of = reader.date("as_of")
    if not (topic and agency and answer and text and as_of):
        return None
    return PlaceFact(topic, agency, answer, text, sources, as_of, claim_by)
