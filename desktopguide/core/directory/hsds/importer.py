"""Import: an HSDS CSV data package or JSON file read into directory records, each field checked.

Import never stops at a bad row: each problem is reported by file, row and column (or
JSON path and field), the bad row is left out, and every good row is kept.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from desktopguide.core.content.model import (
    SOURCE_LANGUAGE,
    Address,
    DirectoryRecord,
    Language,
    LocalizedText,
    Phone,
    ServiceArea,
    Translation,
)
from desktopguide.core.content.record_reader import ID_PATTERN
from desktopguide.core.directory.hsds.cells import split_list
from desktopguide.core.directory.hsds.items import Bundle, HsdsProblem, Item
from desktopguide.core.directory.hsds.reader import read_bundles
from desktopguide.core.directory.hsds.tables import TRANSLATION_COLUMNS
from desktopguide.core.directory.phones import check_phone
from desktopguide.core.directory.records import (
    ACCREDITATIONS,
    ADDRESS_FIELDS,
    FEES,
    FIELDS,
    KINDS,
    PHONE_TYPES,
    SERVICES,
    formula_problem,
    starts_like_formula,
)
from desktopguide.core.places import geo

NATIONAL_WORDS = frozenset({"national", "nationwide", "united states", "usa", "us", "u.s."})
PHONE_TYPE_ALIASES = {"cell": "voice", "textphone": "text", "sms": "text"}
INACTIVE_STATUSES = frozenset({"inactive", "defunct"})
FEE_ALIASES = {
    "no cost": "free",
    "free of charge": "free",
    "no fee": "free",
    "sliding scale fee": "sliding-scale",
    "sliding fee": "sliding-scale",
    "low fee": "low-cost",
    "fees": "fee",
    "fees apply": "fee",
    "paid": "fee",
}
ACCREDITATION_ALIASES = {
    "doj recognized": "doj-recognized-organization",
    "recognized organization": "doj-recognized-organization",
    "doj-recognized": "doj-recognized-organization",
    "accredited representatives": "accredited-representative",
    "attorney": "attorneys",
    "lawyer": "attorneys",
    "lawyers": "attorneys",
}


@dataclass
class ImportResult:
    records: list[DirectoryRecord]
    problems: list[HsdsProblem]


@dataclass
class ImportDefaults:
    """What an office's spreadsheet may leave out, given once for every row on the command line."""

    services: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    kind: str = "organization"


def import_hsds(
    source: Path,
    languages: dict[str, Language],
    defaults: ImportDefaults | None = None,
    today: dt.date | None = None,
) -> ImportResult:
    """Read an HSDS CSV data package (a folder, a .zip, or one services.csv) or a JSON file."""
    problems: list[HsdsProblem] = []
    bundles = read_bundles(source, problems)
    converter = _Converter(languages, defaults or ImportDefaults(), today or dt.date.today(), problems)
    records: list[DirectoryRecord] = []
    taken: set[str] = set()
    for bundle in bundles:
        record = converter.record(bundle, taken)
        if record is not None:
            taken.add(record.id)
            records.append(record)
    # Like `check`: by file, then row, so a person can work down each spreadsheet.
    problems.sort(key=lambda p: (p.file, p.row or 0, p.path))
    return ImportResult(records, problems)


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")[:60].strip("-")


class _Converter:
    def __init__(
        self, languages: dict[str, Language], defaults: ImportDefaults, today: dt.date, problems: list[HsdsProblem]
    ):
        self.codes = set(languages)
        self.names: dict[str, str] = {}
        for code, language in languages.items():
            for name in (language.english_name, language.native_name, code):
                if name:
                    self.names[name.casefold()] = code
        self.defaults = defaults
        self.today = today
        self.problems = problems

    def report(self, item: Item, column: str, message: str) -> None:
        self.problems.append(item.problem(column, message))

    def record(self, bundle: Bundle, taken: set[str]) -> DirectoryRecord | None:
        svc, org = bundle.service, bundle.organization
        start = len(self.problems)
        status = svc.text("status").casefold()
        if status in INACTIVE_STATUSES:
            self.report(svc, "status", f"left out: the service's status is '{status}'")
            return None
        use_org_name = (
            org is not None and org.text("name") and (bundle.organization_services == 1 or not svc.text("name"))
        )
        name = org.text("name") if use_org_name and org else svc.text("name")
        if not name:
            self.report(svc, "name", "the service has no name")
        alternate = svc.text("alternate_name") or (org.text("alternate_name") if org else "")
        description = svc.text("description") or (org.text("description") if org else "")
        if not description:
            self.report(svc, "description", "the service has no description (nor has its organization)")
        url = svc.text("url") or (org.text("website") or org.text("url") if org else "")
        if url and not url.startswith(("https://", "http://")):
            self.report(svc, "url", f"'{url}' is not a web address starting with https://")
        email = svc.text("email") or (org.text("email") if org else "")
        if email and ("@" not in email or " " in email):
            self.report(svc, "email", f"'{email}' is not an email address")
        fees = self._fees(svc)
        accreditations = self._accreditations(svc)
        verified = self._date(svc)
        kind = svc.text("x_kind") or self.defaults.kind
        if kind not in KINDS:
            self.report(svc, "x_kind", f"'{kind}' is not one of: {', '.join(KINDS)}")
        services = self._choices(svc, "x_services", SERVICES, self.defaults.services, "a service category")
        sources = split_list(svc.values.get("x_sources")) or list(self.defaults.sources)
        if not sources:
            self.report(svc, "x_sources", "no source: every record must cite a source id (or import with --source)")
        for source in sources:
            if not ID_PATTERN.match(source):
                self.report(svc, "x_sources", f"'{source}' is not a source id (lowercase letters, digits and hyphens)")
        unverified = split_list(svc.values.get("x_unverified"))
        for name_ in unverified:
            if name_ not in FIELDS:
                self.report(svc, "x_unverified", f"'{name_}' is not a field of a directory record")
        descriptions, schedules, translations = self._translations(svc)
        # Each text is named in the table it came from: the service's row, or its organization's.
        for column, text in (("name", name), ("alternate_name", alternate), ("description", description)):
            from_service = svc.text(column) and not (column == "name" and use_org_name)
            self._refuse_formulas(svc if from_service or org is None else org, {column: text})
        for lang, text in descriptions.items():
            self._refuse_formulas(svc, {f"x_description_{lang}": text})
        for lang, text in schedules.items():
            self._refuse_formulas(svc, {f"x_schedule_{lang}": text})
        for item in bundle.schedules:
            self._refuse_formulas(item, {"description": item.text("description")})
        for phone, _languages in bundle.phones:
            self._refuse_formulas(phone, {"description": phone.text("description")})
        for item in bundle.addresses:
            self._refuse_formulas(item, {k: item.text(k) for k in ADDRESS_FIELDS})
        if len(self.problems) > start or verified is None:  # a missing date is one of the problems
            return None

        phones = [p for p in (self._phone(phone, langs) for phone, langs in bundle.phones) if p]
        spoken = [c for c in (self._language(item) for item in bundle.languages) if c]
        areas = [a for a in (self._area(item) for item in bundle.areas) if a]
        if not areas:
            self.report(
                svc,
                "id",
                "the service has no usable service area (add a row to service_areas.csv: national, a state such as "
                "VA, or a county such as 'Arlington County, VA')",
            )
            return None
        if any(a.national for a in areas):
            areas = [ServiceArea(national=True)]
        address = next((a for a in (self._address(item) for item in bundle.addresses) if a), None)
        schedule_en = "\n".join(s.text("description") for s in bundle.schedules if s.text("description"))
        schedule = None
        if schedule_en:
            schedule = LocalizedText({SOURCE_LANGUAGE: schedule_en, **schedules})
        record_id = self._id(svc, name, taken)
        return DirectoryRecord(
            id=record_id,
            name=name,
            kind=kind,
            description=LocalizedText({SOURCE_LANGUAGE: description, **descriptions}),
            services=services,
            service_area=areas,
            verified=verified,
            sources=sources,
            path=Path(f"{record_id}.yaml"),
            alternate_name=alternate,
            languages=list(dict.fromkeys(spoken)),
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

    def _refuse_formulas(self, item: Item, texts: dict[str, str]) -> None:
        for column, text in texts.items():
            if starts_like_formula(text):
                self.report(item, column, formula_problem(column, text) + f" (found '{text[:40]}')")

    def _id(self, svc: Item, name: str, taken: set[str]) -> str:
        given = svc.text("id")
        base = given if ID_PATTERN.match(given) else (slug(name) or f"record-{svc.row or 1}")
        candidate, number = base, 2
        while candidate in taken:
            candidate, number = f"{base}-{number}", number + 1
        return candidate

    def _fees(self, svc: Item) -> str:
        text = svc.text("fees_description") or svc.text("fees")
        if not text:
            return ""
        key = " ".join(text.casefold().replace("_", " ").replace("-", " ").split())
        for fee in FEES:
            if key == fee.replace("-", " "):
                return fee
        if key in FEE_ALIASES:
            return FEE_ALIASES[key]
        column = "fees_description" if svc.text("fees_description") else "fees"
        self.report(svc, column, f"'{text}' is not one of: {', '.join(FEES)}")
        return ""

    def _accreditations(self, svc: Item) -> list[str]:
        found = []
        for part in split_list(svc.values.get("accreditations")):
            key = " ".join(part.casefold().replace("_", " ").split())
            code = next((a for a in ACCREDITATIONS if key in (a, a.replace("-", " "))), None)
            code = code or ACCREDITATION_ALIASES.get(key) or ACCREDITATION_ALIASES.get(key.rstrip("s"))
            if code is None:
                self.report(svc, "accreditations", f"'{part}' is not one of: {', '.join(ACCREDITATIONS)}")
            elif code not in found:
                found.append(code)
        return found

    def _date(self, svc: Item) -> dt.date | None:
        text = svc.text("assured_date")
        if not text:
            self.report(svc, "assured_date", "no date: give the date the details were last checked (YYYY-MM-DD)")
            return None
        try:
            day = dt.date.fromisoformat(text[:10])
        except ValueError:
            self.report(svc, "assured_date", f"'{text}' is not a date (write YYYY-MM-DD)")
            return None
        if day > self.today:
            self.report(svc, "assured_date", f"{day.isoformat()} lies in the future")
            return None
        return day

    def _choices(
        self, item: Item, column: str, choices: tuple[str, ...], default: tuple[str, ...], what: str
    ) -> list[str]:
        values = split_list(item.values.get(column)) or list(default)
        if not values:
            self.report(item, column, f"no {what}: give one or more of: {', '.join(choices)}")
        for value in values:
            if value not in choices:
                self.report(item, column, f"'{value}' is not one of: {', '.join(choices)}")
        return list(dict.fromkeys(values))

    def _translations(self, svc: Item) -> tuple[dict[str, str], dict[str, str], dict[str, Translation]]:
        given = svc.values.get("x_translations")
        entries: dict[str, dict[str, str]] = {}
        if isinstance(given, dict):
            entries = {str(k): v for k, v in given.items() if isinstance(v, dict)}
        for key, value in svc.values.items():
            for prefix, part in zip(
                TRANSLATION_COLUMNS, ("description", "schedule", "status", "from_hash"), strict=True
            ):
                if isinstance(key, str) and key.startswith(prefix) and value not in (None, ""):
                    entries.setdefault(key[len(prefix) :], {})[part] = str(value).strip()
        descriptions: dict[str, str] = {}
        schedules: dict[str, str] = {}
        translations: dict[str, Translation] = {}
        for lang, entry in sorted(entries.items()):
            column = f"x_translations.{lang}" if isinstance(given, dict) else f"x_translation_{lang}"
            if not any(str(v or "").strip() for v in entry.values()):
                continue
            if lang not in self.codes or lang == SOURCE_LANGUAGE:
                self.report(svc, column, f"'{lang}' is not a translated language of languages.yaml")
                continue
            status = str(entry.get("status") or "").strip()
            from_hash = str(entry.get("from_hash") or "").strip()
            if status not in ("machine", "reviewed"):
                self.report(svc, column, f"the '{lang}' text needs a status, machine or reviewed, not '{status}'")
                continue
            if not from_hash:
                self.report(
                    svc, column, f"a {status} translation must record the hash of the English text it was made from"
                )
                continue
            translations[lang] = Translation(status, from_hash)
            if str(entry.get("description") or "").strip():
                descriptions[lang] = str(entry["description"]).strip()
            if str(entry.get("schedule") or "").strip():
                schedules[lang] = str(entry["schedule"]).strip()
        return descriptions, schedules, translations

    def _language_code(self, item: Item) -> str | None:
        code, name = item.text("code"), item.text("name")
        if code in self.codes:
            return code
        for text in (code, name):
            if text and text.casefold() in self.names:
                return self.names[text.casefold()]
        column = "code" if code else "name"
        self.report(item, column, f"'{code or name}' is not a language of this guide (see languages.yaml)")
        return None

    def _language(self, item: Item) -> str | None:
        return self._language_code(item)

    def _phone(self, item: Item, language_items: list[Item]) -> Phone | None:
        number = item.text("number")
        if not number:
            self.report(item, "number", "the phone has no number")
            return None
        checked = check_phone(number)
        if checked is None:
            self.report(item, "number", f"'{number}' is not a valid phone number")
            return None
        kind = item.text("type").casefold() or "voice"
        kind = PHONE_TYPE_ALIASES.get(kind, kind)
        if kind not in PHONE_TYPES:
            self.report(item, "type", f"'{kind}' is not one of: {', '.join(PHONE_TYPES)}")
            return None
        languages = [c for c in (self._language_code(i) for i in language_items) if c]
        return Phone(
            number, kind, item.text("description"), list(dict.fromkeys(languages)), checked.e164, checked.display
        )

    def _area(self, item: Item) -> ServiceArea | None:
        column = next((c for c in ("name", "description", "extent") if item.text(c)), "name")
        text = item.text(column)
        if text.casefold() in NATIONAL_WORDS:
            return ServiceArea(national=True)
        if not text:
            self.report(item, "name", "the service area is empty")
            return None
        name, _comma, state_text = text.rpartition(",")
        state = geo.state_code(state_text if name else text)
        if state is None:
            self.report(
                item,
                column,
                f"'{text}' is not 'national', a state such as VA, or a county such as 'Arlington County, VA'",
            )
            return None
        if not name.strip():
            return ServiceArea(state=state)
        county = geo.canonical_county(state, name)
        if county is None:
            self.report(
                item,
                column,
                f"there is no county '{name.strip()}' in {state} (write it as the Postal Service does, e.g. "
                "'Arlington County')",
            )
            return None
        return ServiceArea(state=state, county=county)

    def _address(self, item: Item) -> Address | None:
        if item.text("address_type") and item.text("address_type").casefold() != "physical":
            return None
        values = {k: item.text(k) for k in ADDRESS_FIELDS}
        values["country"] = values["country"] or "US"
        if values["country"] == "US":
            if values["state_province"]:
                state = geo.state_code(values["state_province"])
                if state is None:
                    self.report(item, "state_province", f"'{values['state_province']}' is not a U.S. state code")
                    return None
                values["state_province"] = state
            if values["postal_code"] and not geo.zip_exists(values["postal_code"]):
                self.report(item, "postal_code", f"the ZIP code '{values['postal_code']}' does not exist")
                return None
        if not any(values[k] for k in ("address_1", "city", "postal_code")):
            return None
        return Address(**values)
