"""Export: directory records as HSDS 3.0 service objects, written as JSON or as a CSV data package."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktopguide.core.content.model import SOURCE_LANGUAGE, DirectoryRecord, Language, ServiceArea
from desktopguide.core.directory.hsds.cells import escape_formula
from desktopguide.core.directory.hsds.tables import TABLES, TRANSLATION_COLUMNS
from desktopguide.core.storage import atomic_write_bytes, atomic_write_text

FORMATS = ("csv", "json")


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
                        {"id": f"{rid}-address", **dataclasses.asdict(address), "address_type": "physical"}
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
