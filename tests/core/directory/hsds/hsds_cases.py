"""What the HSDS tests share: records compared field by field, problems as sentences, and an
office's own CSV package with a few bad cells."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from desktopguide.core.content.model import DirectoryRecord
from desktopguide.core.directory.hsds.importer import ImportDefaults
from desktopguide.core.directory.hsds.items import HsdsProblem
from tests.content_factory import write


def comparable(record: DirectoryRecord) -> dict:
    """Everything a record says, without where its file is or whether its translation is out of date."""
    data = dataclasses.asdict(record)
    data.pop("path")
    data.pop("lines")
    data["translations"] = {lang: (t["status"], t["from_hash"]) for lang, t in data["translations"].items()}
    return data


def by_id(records) -> dict[str, dict]:
    return {r.id: comparable(r) for r in records}


def messages(problems: list[HsdsProblem]) -> list[str]:
    return [p.format() for p in problems]


OFFICE_ORGANIZATIONS = """\
id,name,description,website
6f1c2a9e-0000-4000-8000-000000000001,Harbor Immigration Clinic,A made-up clinic for the test.,https://harbor.example.org
6f1c2a9e-0000-4000-8000-000000000002,Valley Legal Aid,Another made-up office.,
"""
OFFICE_SERVICES = (
    "id,organization_id,name,status,fees_description,accreditations,assured_date\n"
    "6f1c2a9e-0000-4000-8000-00000000000a,6f1c2a9e-0000-4000-8000-000000000001,Legal clinic,active,Sliding scale,"
    "DOJ recognized organization; Attorneys,2026-03-01\n"
    "6f1c2a9e-0000-4000-8000-00000000000b,6f1c2a9e-0000-4000-8000-000000000002,Valley desk,active,by donation,,"
    "2026-03-01\n"
)
OFFICE_PHONES = """\
id,service_id,number,type,description
p1,6f1c2a9e-0000-4000-8000-00000000000a,202-555-0123,cell,Front desk
p2,6f1c2a9e-0000-4000-8000-00000000000a,555-1234,voice,Old line
"""
OFFICE_LANGUAGES = """\
id,service_id,phone_id,name,code
l1,6f1c2a9e-0000-4000-8000-00000000000a,,Spanish,
l2,6f1c2a9e-0000-4000-8000-00000000000a,,Klingon,tlh
l3,,p1,Arabic,ar
"""
OFFICE_AREAS = """\
id,service_id,name
a1,6f1c2a9e-0000-4000-8000-00000000000a,"Arlington County, VA"
a2,6f1c2a9e-0000-4000-8000-00000000000a,"Atlantis County, VA"
a3,6f1c2a9e-0000-4000-8000-00000000000b,VA
"""
OFFICE_LOCATIONS = """\
id,location_type,organization_id,name
loc1,physical,6f1c2a9e-0000-4000-8000-000000000001,Main office
"""
OFFICE_ADDRESSES = """\
id,location_id,address_1,city,state_province,postal_code,country,address_type
ad1,loc1,1 Example Street,Arlington,VA,22201,US,physical
"""


def write_office_package(folder: Path) -> Path:
    for name, text in (
        ("organizations.csv", OFFICE_ORGANIZATIONS),
        ("services.csv", OFFICE_SERVICES),
        ("phones.csv", OFFICE_PHONES),
        ("languages.csv", OFFICE_LANGUAGES),
        ("service_areas.csv", OFFICE_AREAS),
        ("locations.csv", OFFICE_LOCATIONS),
        ("addresses.csv", OFFICE_ADDRESSES),
    ):
        write(folder / name, text)
    return folder


OFFICE_DEFAULTS = ImportDefaults(services=("immigration-legal-help",), sources=("office-directory",))
