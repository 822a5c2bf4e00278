"""Directory records (`directory/<id>.yaml`): legal-aid organizations and public offices.

Field names follow Open Referral HSDS where it has one.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktopguide.core.content.model import Address, DirectoryRecord, Phone, ServiceArea
from desktopguide.core.content.record_reader import RecordReader
from desktopguide.core.directory.phones import check_phone
from desktopguide.core.places.geo import STATE_CODES, county_exists, zip_exists

KINDS = ("organization", "public-office")
SERVICES = (
    "immigration-legal-help", "know-your-rights", "deportation-defense", "detention-help", "civil-rights",
    "discrimination-complaints", "report-unverified-enforcement", "city-information", "refugee-services",
    "youth-organizing", "policy-advocacy", "court-case-information",
)
FEES = ("free", "sliding-scale", "low-cost", "fee")
ACCREDITATIONS = ("doj-recognized-organization", "accredited-representative", "attorneys")
PHONE_TYPES = ("voice", "fax", "text", "hotline")
FIELDS = (
    "id", "name", "alternate_name", "kind", "description", "services", "languages", "fees", "accreditations",
    "url", "email", "phones", "physical_address", "schedule", "service_area", "verified", "sources",
    "unverified", "translations",
)
REQUIRED = ("id", "name", "kind", "description", "services", "service_area", "verified", "sources")
ADDRESS_FIELDS = ("address_1", "address_2", "city", "state_province", "postal_code", "country")
PHONE_FIELDS = ("number", "type", "description", "languages")
# A spreadsheet runs a cell that starts with one of these as a formula (OWASP's list for CSV
# injection): `=HYPERLINK("http://…")` or `+cmd|' /C calc'!A0` in a name would act when an
# office opens the exported directory. Text of a record never starts so; a phone number's
# "+" is checked as a phone number instead.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def starts_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def formula_problem(field_name: str, text: str) -> str:
    """The sentence for a text that a spreadsheet would run as a formula."""
    first = {"\t": "a tab", "\r": "a carriage return"}.get(text[:1], f"'{text[:1]}'")
    return (
        f"'{field_name}' starts with {first}, which a spreadsheet would run as a formula; "
        "start it with a letter or digit"
    )


def _check_formulas(reader: RecordReader) -> None:
    """Every text of the record a CSV export would carry, checked for a formula's first character."""
    texts: list[tuple[tuple[object, ...], str]] = []
    for key in ("name", "alternate_name"):
        value = reader.raw((key,))
        if isinstance(value, str):
            texts.append(((key,), value))
    for key in ("description", "schedule"):
        value = reader.raw((key,))
        if isinstance(value, str):
            texts.append(((key,), value))
        elif isinstance(value, dict):
            texts.extend(((key, lang), text) for lang, text in value.items() if isinstance(text, str))
    phones = reader.raw(("phones",))
    for index, phone in enumerate(phones if isinstance(phones, list) else []):
        if isinstance(phone, dict) and isinstance(phone.get("description"), str):
            texts.append((("phones", index, "description"), phone["description"]))
    address = reader.raw(("physical_address",))
    if isinstance(address, dict):
        texts.extend((("physical_address", key), value) for key, value in address.items() if isinstance(value, str))
    for path, text in texts:
        if starts_like_formula(text.lstrip(" ")):
            reader.error(path, formula_problem(".".join(str(part) for part in path), text.lstrip(" ")))


def read_directory_record(reader: RecordReader, languages: Iterable[str]) -> DirectoryRecord | None:
    langs = list(languages)
    if not reader.check_keys(FIELDS, REQUIRED):
        return None
    name = reader.text("name", required=True)
    kind = reader.choice("kind", choices=KINDS)
    description = reader.localized("description", languages=langs)
    services = reader.choice_list("services", choices=SERVICES)
    spoken = reader.choice_list("languages", choices=langs)
    fees = reader.choice("fees", choices=FEES) or ""
    accreditations = reader.choice_list("accreditations", choices=ACCREDITATIONS)
    url = reader.text("url") or ""
    if url and not url.startswith(("https://", "http://")):
        reader.error(("url",), f"'url' must be a web address starting with https://, not '{url}'")
    email = reader.text("email") or ""
    if email and ("@" not in email or " " in email):
        reader.error(("email",), f"'{email}' is not an email address")
    phones = [p for p in (read_phone(reader.sub("phones", i), langs) for i in reader.mapping_list("phones")) if p]
    address = read_address(reader.sub("physical_address")) if reader.raw(("physical_address",)) is not None else None
    schedule = reader.localized("schedule", languages=langs, required=False)
    service_area = read_service_area(reader)
    verified = reader.date("verified")
    sources = reader.string_list("sources") or []
    unverified = reader.string_list("unverified") or []
    for index, field_name in enumerate(unverified):
        if field_name not in FIELDS:
            reader.error(("unverified", index), f"'unverified' names '{field_name}', which is not a field")
    translations = reader.translations("translations", languages=langs)
    _check_formulas(reader)
    if reader.has_errors or not (name and kind and description and verified):
        return None
    record = DirectoryRecord(
        id=str(reader.raw(("id",))),
        name=name,
        kind=kind,
        description=description,
        services=services,
        service_area=service_area,
        verified=verified,
        sources=sources,
        path=reader.path,
        alternate_name=reader.text("alternate_name") or "",
        languages=spoken,
        fees=fees,
        accreditations=accreditations,
        url=url,
        email=email,
        phones=phones,
        physical_address=address,
        schedule=schedule,
        unverified=unverified,
        translations=translations,
    )
    record.lines.update({name: reader.line(name) for name in FIELDS})
    return record


def read_phone(reader: RecordReader, languages: list[str]) -> Phone | None:
    if not reader.check_keys(PHONE_FIELDS, ("number",), what="a phone"):
        return None
    number = reader.text("number", required=True)
    if number is None:
        return None
    checked = check_phone(number)
    if checked is None:
        reader.error(("number",), f"'{number}' is not a valid phone number")
        return None
    return Phone(
        number=number,
        type=reader.choice("type", choices=PHONE_TYPES) or "voice",
        description=reader.text("description") or "",
        languages=reader.choice_list("languages", choices=languages),
        e164=checked.e164,
        display=checked.display,
    )


def read_address(reader: RecordReader) -> Address | None:
    if not reader.check_keys(ADDRESS_FIELDS, (), what="'physical_address'"):
        return None
    values = {name: reader.text(name) or "" for name in ADDRESS_FIELDS}
    country = values["country"] or "US"
    if country == "US":
        state = values["state_province"]
        if state and state not in STATE_CODES:
            reader.error(("state_province",), f"'{state}' is not a U.S. state code")
        postal = values["postal_code"]
        if postal and not zip_exists(postal):
            reader.error(("postal_code",), f"the ZIP code '{postal}' does not exist")
    values["country"] = country
    return Address(**values)


def read_service_area(reader: RecordReader) -> list[ServiceArea]:
    value = reader.raw(("service_area",))
    if value == "national":
        return [ServiceArea(national=True)]
    if isinstance(value, str):
        reader.error(("service_area",), "'service_area' must be 'national' or a list of states and counties")
        return []
    areas = []
    for index in reader.mapping_list("service_area"):
        area = read_state_county(reader.sub("service_area", index), what="a service area")
        if area is not None:
            areas.append(ServiceArea(state=area[0], county=area[1]))
    return areas


def read_state_county(reader: RecordReader, what: str, county_required: bool = False) -> tuple[str, str] | None:
    """A `state` and optional `county` pair, both checked against the offline ZIP data."""
    if not reader.check_keys(("state", "county"), ("state",), what=what):
        return None
    state = reader.text("state") or ""
    county = reader.text("county") or ""
    if state not in STATE_CODES:
        reader.error(("state",), f"'{state}' is not a U.S. state code")
        return None
    if county_required and not county:
        reader.error((), f"{what} needs a 'county'")
        return None
    if county and not county_exists(state, county):
        reader.error(
            ("county",),
            f"there is no county '{county}' in {state} (write it as the Postal Service does, e.g. 'Arlington County')",
        )
        return None
    return state, county
