"""Open Referral HSDS 3.0: the directory exported as a CSV data package or JSON, and imported back.

One directory record is one HSDS organization with one service. Fields HSDS has are
used as HSDS names them (organization: name, alternate_name, description, email,
website; service: name, description, url, email, status, fees_description,
accreditations, assured_date; phones, languages, service_areas, schedules, locations
and addresses). What HSDS has no field for is carried in extension columns that start
with `x_`, as HSDS's "extend" pattern suggests: `x_kind`, `x_services`, `x_sources`,
`x_unverified`, and per translated language `x_description_<lang>`, `x_schedule_<lang>`,
`x_translation_<lang>` (machine or reviewed) and `x_from_hash_<lang>`. So export then
import gives the same records, and an office's own spreadsheet needs only the HSDS
columns plus a service category and a source (or the import's defaults).

Import never stops at a bad row: each problem is reported by file, row and column (or
JSON path and field), the bad row is left out, and every good row is kept.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
from desktopguide.core.directory.phones import check_phone
from desktopguide.core.directory.records import (
    ACCREDITATIONS,
    FEES,
    FIELDS,
    FORMULA_STARTS,
    KINDS,
    PHONE_TYPES,
    SERVICES,
    formula_problem,
    starts_like_formula,
)
from desktopguide.core.places import geo
from desktopguide.core.storage import atomic_write_bytes, atomic_write_text

FORMATS = ("csv", "json")

# resource name -> (file name, columns written on export)
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "organization": ("organizations.csv", ("id", "name", "alternate_name", "description", "email", "website")),
    "service": (
        "services.csv",
        (
            "id",
            "organization_id",
            "name",
            "alternate_name",
            "description",
            "url",
            "email",
            "status",
            "fees_description",
            "accreditations",
            "assured_date",
            "x_kind",
            "x_services",
            "x_sources",
            "x_unverified",
        ),
    ),
    "phone": ("phones.csv", ("id", "service_id", "organization_id", "number", "type", "description")),
    "language": ("languages.csv", ("id", "service_id", "phone_id", "name", "code")),
    "service_area": ("service_areas.csv", ("id", "service_id", "name", "description", "extent_type")),
    "schedule": ("schedules.csv", ("id", "service_id", "description")),
    "location": ("locations.csv", ("id", "location_type", "organization_id", "name")),
    "address": (
        "addresses.csv",
        (
            "id",
            "location_id",
            "address_1",
            "address_2",
            "city",
            "state_province",
            "postal_code",
            "country",
            "address_type",
        ),
    ),
    "service_at_location": ("service_at_locations.csv", ("id", "service_id", "location_id")),
}
# HSDS 2.0 kept physical addresses in a table of their own; import reads it too.
LEGACY_TABLES = {"physical_address": "physical_addresses.csv"}
TRANSLATION_COLUMNS = ("x_description_", "x_schedule_", "x_translation_", "x_from_hash_")
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


# -- problems ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class HsdsProblem:
    """One thing wrong with one cell (CSV) or field (JSON), or with a whole file."""

    file: str
    message: str
    row: int | None = None  # spreadsheet row: the header is row 1
    column: str = ""
    path: str = ""  # in JSON: where the object is, e.g. [2].phones[0]

    def format(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.path:
            where += f", {self.path}"
        if self.column:
            where += f", {'field' if self.path else 'column'} {self.column}"
        return f"{where}: {self.message}"


@dataclass
class Item:
    """One CSV row or JSON object, with where it came from."""

    values: dict[str, Any]
    file: str
    row: int | None = None
    path: str = ""

    def text(self, key: str) -> str:
        value = self.values.get(key)
        if value is None or isinstance(value, (dict, list)):
            return ""
        return unescape_formula(str(value).strip())

    def problem(self, column: str, message: str) -> HsdsProblem:
        return HsdsProblem(self.file, message, self.row, column, self.path)


@dataclass
class Bundle:
    """One HSDS service and everything that belongs to it."""

    service: Item
    organization: Item | None = None
    organization_services: int = 1
    phones: list[tuple[Item, list[Item]]] = field(default_factory=list)
    languages: list[Item] = field(default_factory=list)
    areas: list[Item] = field(default_factory=list)
    schedules: list[Item] = field(default_factory=list)
    addresses: list[Item] = field(default_factory=list)


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


# -- export -------------------------------------------------------------------------------------


def record_to_service(record: DirectoryRecord, languages: dict[str, Language]) -> dict[str, Any]:
    """The record as one HSDS 3.0 service object, with its organization, phones and location nested."""
    rid = record.id

    def language(code: str, item_id: str) -> dict[str, str]:
        known = languages.get(code)
        return {"id": item_id, "name": known.english_name if known else code, "code": code}

    service: dict[str, Any] = {
        "id": rid,
        "organization": {
            "id": rid,
            "name": record.name,
            "alternate_name": record.alternate_name,
            "description": record.description.get(SOURCE_LANGUAGE),
            "email": record.email,
            "website": record.url,
        },
        "name": record.name,
        "alternate_name": record.alternate_name,
        "description": record.description.get(SOURCE_LANGUAGE),
        "url": record.url,
        "email": record.email,
        "status": "active",
        "fees_description": record.fees,
        "accreditations": "; ".join(record.accreditations),
        "assured_date": record.verified.isoformat(),
        "phones": [
            {
                "id": f"{rid}-phone-{n}",
                "number": phone.number,
                "type": phone.type,
                "description": phone.description,
                "languages": [
                    language(code, f"{rid}-phone-{n}-language-{m}") for m, code in enumerate(phone.languages, 1)
                ],
            }
            for n, phone in enumerate(record.phones, 1)
        ],
        "languages": [language(code, f"{rid}-language-{n}") for n, code in enumerate(record.languages, 1)],
        "service_areas": [
            {"id": f"{rid}-area-{n}", "name": _area_name(area), "description": "", "extent_type": "text"}
            for n, area in enumerate(record.service_area, 1)
        ],
        "schedules": (
            [{"id": f"{rid}-schedule", "description": record.schedule.get(SOURCE_LANGUAGE)}] if record.schedule else []
        ),
        "service_at_locations": [],
        "x_kind": record.kind,
        "x_services": list(record.services),
        "x_sources": list(record.sources),
        "x_unverified": list(record.unverified),
        "x_translations": {},
    }
    if record.physical_address is not None:
        address = record.physical_address
        service["service_at_locations"] = [
            {
                "id": f"{rid}-at-location",
                "location": {
                    "id": f"{rid}-location",
                    "location_type": "physical",
                    "name": record.name,
                    "addresses": [
                        {
                            "id": f"{rid}-address",
                            "address_1": address.address_1,
                            "address_2": address.address_2,
                            "city": address.city,
                            "state_province": address.state_province,
                            "postal_code": address.postal_code,
                            "country": address.country,
                            "address_type": "physical",
                        }
                    ],
                },
            }
        ]
    translated = (
        set(record.translations) | set(record.description.texts) | set(record.schedule.texts if record.schedule else ())
    )
    for lang in sorted(translated - {SOURCE_LANGUAGE}):
        translation = record.translations.get(lang)
        service["x_translations"][lang] = {
            "description": record.description.texts.get(lang, ""),
            "schedule": record.schedule.texts.get(lang, "") if record.schedule else "",
            "status": translation.status if translation else "",
            "from_hash": (translation.from_hash or "") if translation else "",
        }
    return service


def _area_name(area: ServiceArea) -> str:
    if area.national:
        return "national"
    return f"{area.county}, {area.state}" if area.county else area.state


def export_json(records: Iterable[DirectoryRecord], languages: dict[str, Language]) -> str:
    return json.dumps([record_to_service(r, languages) for r in records], ensure_ascii=False, indent=2) + "\n"


def services_to_tables(services: list[dict[str, Any]]) -> dict[str, tuple[list[str], list[dict[str, str]]]]:
    """HSDS service objects flattened into the tables of a CSV data package: name -> (columns, rows)."""
    rows: dict[str, list[dict[str, str]]] = {name: [] for name in TABLES}
    langs: set[str] = set()
    for service in services:
        org = service["organization"]
        rows["organization"].append({k: org.get(k, "") for k in TABLES["organization"][1]})
        row = {k: _cell(service.get(k, "")) for k in TABLES["service"][1] if not k.startswith("x_")}
        row.update(organization_id=org["id"], x_kind=service["x_kind"])
        for key in ("x_services", "x_sources", "x_unverified"):
            row[key] = "; ".join(service[key])
        for lang, texts in service["x_translations"].items():
            langs.add(lang)
            row.update(
                {
                    f"x_description_{lang}": texts["description"],
                    f"x_schedule_{lang}": texts["schedule"],
                    f"x_translation_{lang}": texts["status"],
                    f"x_from_hash_{lang}": texts["from_hash"],
                }
            )
        rows["service"].append(row)
        for phone in service["phones"]:
            rows["phone"].append(
                {
                    "id": phone["id"],
                    "service_id": service["id"],
                    "number": phone["number"],
                    "type": phone["type"],
                    "description": phone["description"],
                }
            )
            for language in phone["languages"]:
                rows["language"].append({**language, "phone_id": phone["id"]})
        for language in service["languages"]:
            rows["language"].append({**language, "service_id": service["id"]})
        for area in service["service_areas"]:
            rows["service_area"].append({**area, "service_id": service["id"]})
        for schedule in service["schedules"]:
            rows["schedule"].append({**schedule, "service_id": service["id"]})
        for link in service["service_at_locations"]:
            location = link["location"]
            rows["location"].append(
                {
                    "id": location["id"],
                    "location_type": location["location_type"],
                    "organization_id": org["id"],
                    "name": location["name"],
                }
            )
            rows["service_at_location"].append(
                {"id": link["id"], "service_id": service["id"], "location_id": location["id"]}
            )
            for address in location["addresses"]:
                rows["address"].append({**address, "location_id": location["id"]})
    tables: dict[str, tuple[list[str], list[dict[str, str]]]] = {}
    for name, (_file, columns) in TABLES.items():
        all_columns = list(columns)
        if name == "service":
            all_columns += [f"{prefix}{lang}" for lang in sorted(langs) for prefix in TRANSLATION_COLUMNS]
        tables[name] = (all_columns, [{c: _cell(r.get(c, "")) for c in all_columns} for r in rows[name]])
    return tables


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def escape_formula(cell: str) -> str:
    """The cell with a single quote before a formula's first character (OWASP's rule for CSV
    injection), so that a spreadsheet shows it as text; phone numbers such as +1 703… too."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def unescape_formula(cell: str) -> str:
    """A cell as `escape_formula` found it: export, then import, gives the same records."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def export_csv_files(records: Iterable[DirectoryRecord], languages: dict[str, Language]) -> dict[str, bytes]:
    """The CSV data package: file name -> bytes, `datapackage.json` included."""
    tables = services_to_tables([record_to_service(r, languages) for r in records])
    files: dict[str, bytes] = {}
    resources = []
    for name, (columns, rows) in tables.items():
        file_name = TABLES[name][0]
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows({column: escape_formula(cell) for column, cell in row.items()} for row in rows)
        files[file_name] = buffer.getvalue().encode("utf-8")
        resources.append(
            {
                "name": name,
                "path": file_name,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [{"name": c, "type": "date" if c == "assured_date" else "string"} for c in columns],
                    "primaryKey": "id",
                },
            }
        )
    package = {
        "name": "desktopguide-directory",
        "title": "desktopguide legal-aid directory",
        "profile": "tabular-data-package",
        "description": "Open Referral HSDS 3.0 tables; x_ columns are desktopguide extensions.",
        "resources": resources,
    }
    files["datapackage.json"] = (json.dumps(package, indent=2) + "\n").encode("utf-8")
    return files


def write_export(records: Iterable[DirectoryRecord], languages: dict[str, Language], fmt: str, out: Path) -> list[Path]:
    """Write the directory to `out`: JSON to a file; CSV to a folder, or to a .zip when `out` ends in .zip.

    Every file is written whole or not at all (core.storage): on a full or read-only disk a
    StorageError says so and the files already there are kept.
    """
    records = list(records)
    if fmt == "json":
        return [atomic_write_text(out, export_json(records, languages), make_parents=True)]
    files = export_csv_files(records, languages)
    if out.suffix.lower() == ".zip":
        buffer = io.BytesIO()  # a directory is a few megabytes at most: built in memory, written once
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in files.items():
                archive.writestr(name, data)
        return [atomic_write_bytes(out, buffer.getvalue(), make_parents=True)]
    return [atomic_write_bytes(out / name, data, make_parents=True) for name, data in files.items()]


# -- import: files to bundles --------------------------------------------------------------------


def import_hsds(
    source: Path,
    languages: dict[str, Language],
    defaults: ImportDefaults | None = None,
    today: dt.date | None = None,
) -> ImportResult:
    """Read an HSDS CSV data package (a folder, a .zip, or one services.csv) or a JSON file."""
    from desktopguide.core.directory.hsds_files import read_bundles  # the file formats live in their own module

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


# -- import: bundles to records --------------------------------------------------------------------


def split_list(value: Any) -> list[str]:
    """A list cell: a JSON list, or text separated by semicolons or commas."""
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    if value is None:
        return []
    return [part.strip() for part in re.split(r"[;,]", str(value)) if part.strip()]


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
            self._refuse_formulas(
                item,
                {
                    k: item.text(k)
                    for k in ("address_1", "address_2", "city", "state_province", "postal_code", "country")
                },
            )
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
        values = {
            k: item.text(k) for k in ("address_1", "address_2", "city", "state_province", "postal_code", "country")
        }
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
