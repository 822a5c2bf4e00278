"""Directory records written back as the YAML files of `directory/<id>.yaml`.

Used by the HSDS import: an office's directory becomes ordinary record files that
`desktopguide check` validates and the app loads with `--content`.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import yaml

from desktopguide.core.content.model import SOURCE_LANGUAGE, DirectoryRecord, LocalizedText
from desktopguide.core.storage import atomic_write_text


def record_to_data(record: DirectoryRecord) -> dict[str, Any]:
    """The record as the mapping its YAML file holds, fields in the documented order, empty ones left out."""
    data: dict[str, Any] = {"id": record.id, "name": record.name}
    if record.alternate_name:
        data["alternate_name"] = record.alternate_name
    data["kind"] = record.kind
    data["description"] = _localized(record.description)
    data["services"] = list(record.services)
    if record.languages:
        data["languages"] = list(record.languages)
    if record.fees:
        data["fees"] = record.fees
    if record.accreditations:
        data["accreditations"] = list(record.accreditations)
    if record.url:
        data["url"] = record.url
    if record.email:
        data["email"] = record.email
    if record.phones:
        phones = []
        for phone in record.phones:
            item: dict[str, Any] = {"number": phone.number, "type": phone.type}
            if phone.description:
                item["description"] = phone.description
            if phone.languages:
                item["languages"] = list(phone.languages)
            phones.append(item)
        data["phones"] = phones
    if record.physical_address is not None:
        address = record.physical_address
        data["physical_address"] = {name: value for name, value in dataclasses.asdict(address).items() if value}
    if record.schedule is not None:
        data["schedule"] = _localized(record.schedule)
    if any(area.national for area in record.service_area):
        data["service_area"] = "national"
    else:
        data["service_area"] = [
            {"state": area.state, **({"county": area.county} if area.county else {})} for area in record.service_area
        ]
    data["verified"] = record.verified
    data["sources"] = list(record.sources)
    if record.unverified:
        data["unverified"] = list(record.unverified)
    if record.translations:
        data["translations"] = {
            lang: {"status": t.status, **({"from_hash": t.from_hash} if t.from_hash else {})}
            for lang, t in sorted(record.translations.items())
        }
    return data


def _localized(text: LocalizedText) -> str | dict[str, str]:
    if set(text.texts) == {SOURCE_LANGUAGE}:
        return text.texts[SOURCE_LANGUAGE]
    ordered = {SOURCE_LANGUAGE: text.texts[SOURCE_LANGUAGE]}
    ordered.update((lang, value) for lang, value in sorted(text.texts.items()) if lang != SOURCE_LANGUAGE)
    return ordered


def record_to_yaml(record: DirectoryRecord) -> str:
    return yaml.safe_dump(record_to_data(record), sort_keys=False, allow_unicode=True, width=100)


def write_record(record: DirectoryRecord, folder: Path) -> Path:
    """Write `<id>.yaml` whole, or keep the file already there and raise StorageError (a full disk)."""
    return atomic_write_text(folder / f"{record.id}.yaml", record_to_yaml(record), make_parents=True)
