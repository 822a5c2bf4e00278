"""Open Referral HSDS: export then import gives the same records; bad rows are named by row and column."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import DirectoryRecord, Library
from desktopguide.core.directory.hsds import HsdsProblem, ImportDefaults, import_hsds, write_export
from desktopguide.core.directory.yaml_files import write_record
from tests.content_factory import write
from tests.directory_content import TODAY, directory_problems, write_directory_content


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    library = load_library(write_directory_content(tmp_path_factory.mktemp("content") / "resources"))
    assert directory_problems(library) == []
    return library


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


# -- round trip ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("fmt", "name"), [("csv", "package"), ("csv", "package.zip"), ("json", "directory.json")])
def test_export_then_import_gives_the_same_records(library: Library, tmp_path: Path, fmt: str, name: str) -> None:
    write_export(library.directory.values(), library.languages, fmt, tmp_path / name)
    result = import_hsds(tmp_path / name, library.languages, today=TODAY)
    assert result.problems == []
    assert by_id(result.records) == by_id(library.directory.values())


def test_the_csv_package_is_hsds_tables_with_a_descriptor(library: Library, tmp_path: Path) -> None:
    write_export(library.directory.values(), library.languages, "csv", tmp_path / "pkg")
    package = json.loads((tmp_path / "pkg/datapackage.json").read_text(encoding="utf-8"))
    assert package["profile"] == "tabular-data-package"
    paths = {r["name"]: r["path"] for r in package["resources"]}
    assert paths["organization"] == "organizations.csv" and paths["service"] == "services.csv"
    header = (tmp_path / "pkg/services.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    for column in (
        "id",
        "organization_id",
        "name",
        "description",
        "fees_description",
        "accreditations",
        "assured_date",
        "status",
    ):
        assert column in header
    assert "x_description_es" in header  # a translated description rides in an extension column
    phones = (tmp_path / "pkg/phones.csv").read_text(encoding="utf-8")
    assert "703-555-0100" in phones and "Intake line" in phones


def test_imported_records_written_as_yaml_load_back_unchanged(library: Library, tmp_path: Path) -> None:
    content = tmp_path / "resources"
    shutil.copytree(library.root, content)
    shutil.rmtree(content / "directory")
    write_export(library.directory.values(), library.languages, "json", tmp_path / "d.json")
    for record in import_hsds(tmp_path / "d.json", library.languages, today=TODAY).records:
        write_record(record, content / "directory")
    reloaded = load_library(content)
    assert directory_problems(reloaded) == []
    assert by_id(reloaded.directory.values()) == by_id(library.directory.values())


# -- an office's own spreadsheet --------------------------------------------------------------------------------

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


def test_an_office_spreadsheet_keeps_good_rows_and_names_each_bad_cell(library: Library, tmp_path: Path) -> None:
    result = import_hsds(write_office_package(tmp_path / "office"), library.languages, OFFICE_DEFAULTS, today=TODAY)
    assert messages(result.problems) == [
        "languages.csv, row 3, column code: 'tlh' is not a language of this guide (see languages.yaml)",
        "phones.csv, row 3, column number: '555-1234' is not a valid phone number",
        "service_areas.csv, row 3, column name: there is no county 'Atlantis County' in VA "
        "(write it as the Postal Service does, e.g. 'Arlington County')",
        "services.csv, row 3, column fees_description: 'by donation' is not one of: free, sliding-scale, low-cost, fee",
    ]
    assert [r.name for r in result.records] == ["Harbor Immigration Clinic"]
    clinic = result.records[0]
    assert clinic.id == "6f1c2a9e-0000-4000-8000-00000000000a"
    assert clinic.fees == "sliding-scale"
    assert clinic.accreditations == ["doj-recognized-organization", "attorneys"]
    assert clinic.url == "https://harbor.example.org"
    assert clinic.services == ["immigration-legal-help"] and clinic.sources == ["office-directory"]
    assert [(p.display, p.type, p.languages) for p in clinic.phones] == [("(202) 555-0123", "voice", ["ar"])]
    assert clinic.languages == ["es"]
    assert [(a.state, a.county) for a in clinic.service_area] == [("VA", "Arlington County")]
    assert clinic.physical_address is not None and clinic.physical_address.postal_code == "22201"
    assert clinic.verified.isoformat() == "2026-03-01"


def test_rows_without_a_category_or_source_are_reported_unless_the_import_gives_defaults(
    library: Library, tmp_path: Path
) -> None:
    result = import_hsds(write_office_package(tmp_path / "office"), library.languages, today=TODAY)
    found = messages(result.problems)
    assert any(m.startswith("services.csv, row 2, column x_services: no a service category") for m in found)
    assert any(m.startswith("services.csv, row 2, column x_sources: no source") for m in found)
    assert result.records == []


@pytest.mark.parametrize(
    ("services_csv", "expected"),
    [
        ("id,name,description,assured_date\ns1,Desk,Help.,\n", "services.csv, row 2, column assured_date: no date"),
        (
            "id,name,description,assured_date\ns1,Desk,Help.,2099-01-01\n",
            "services.csv, row 2, column assured_date: 2099-01-01 lies in the future",
        ),
        (
            "id,name,description,assured_date\ns1,Desk,Help.,March\n",
            "services.csv, row 2, column assured_date: 'March' is not a date",
        ),
        (
            "id,name,description,assured_date\ns1,,Help.,2026-01-01\n",
            "services.csv, row 2, column name: the service has no name",
        ),
        (
            "id,name,description,assured_date,url\ns1,Desk,Help.,2026-01-01,www.x.org\n",
            "services.csv, row 2, column url: 'www.x.org' is not a web address",
        ),
        (
            "id,name,description,assured_date,x_kind\ns1,Desk,Help.,2026-01-01,church\n",
            "services.csv, row 2, column x_kind: 'church' is not one of",
        ),
        (
            "id,name,description,assured_date,status\ns1,Desk,Help.,2026-01-01,defunct\n",
            "services.csv, row 2, column status: left out",
        ),
        (
            "id,name,description,assured_date\ns1,Desk,Help.,2026-01-01\ns1,Desk,Help.,2026-01-01\n",
            "services.csv, row 3, column id: the id 's1' is used twice (first in row 2)",
        ),
        (
            "id,name,description,assured_date\ns1,Desk,Help.,2026-01-01,extra\n",
            "services.csv, row 2: the row has 5 cells but the header has 4 columns",
        ),
        (
            "id,name,description,assured_date,x_translation_es\ns1,Desk,Help.,2026-01-01,machine\n",
            "services.csv, row 2, column x_translation_es: a machine translation must record the hash",
        ),
    ],
)
def test_each_kind_of_bad_service_row_is_named_by_row_and_column(
    library: Library, tmp_path: Path, services_csv: str, expected: str
) -> None:
    write(tmp_path / "pkg/services.csv", services_csv)
    write(tmp_path / "pkg/service_areas.csv", "id,service_id,name\na1,s1,national\n")
    result = import_hsds(tmp_path / "pkg", library.languages, OFFICE_DEFAULTS, today=TODAY)
    assert any(m.startswith(expected) for m in messages(result.problems)), messages(result.problems)


def test_a_service_without_any_area_is_left_out_and_says_how_to_fix_it(library: Library, tmp_path: Path) -> None:
    write(
        tmp_path / "pkg/services.csv",
        "id,name,description,assured_date\ns1,Desk,Help.,2026-01-01\ns2,Other,Help.,2026-01-01\n",
    )
    write(tmp_path / "pkg/service_areas.csv", "id,service_id,name\na1,s2,United States\nbad,nowhere,VA\n")
    result = import_hsds(tmp_path / "pkg", library.languages, OFFICE_DEFAULTS, today=TODAY)
    assert [r.id for r in result.records] == ["s2"] and result.records[0].service_area[0].national
    found = messages(result.problems)
    assert "service_areas.csv, row 3, column service_id: there is no service with the id 'nowhere'" in found
    assert any(m.startswith("services.csv, row 2, column id: the service has no usable service area") for m in found)


def test_an_address_with_a_zip_that_does_not_exist_is_dropped_and_the_record_kept(
    library: Library, tmp_path: Path
) -> None:
    folder = write_office_package(tmp_path / "office")
    write(folder / "addresses.csv", OFFICE_ADDRESSES.replace("22201", "00000"))
    result = import_hsds(folder, library.languages, OFFICE_DEFAULTS, today=TODAY)
    assert "addresses.csv, row 2, column postal_code: the ZIP code '00000' does not exist" in messages(result.problems)
    assert result.records[0].physical_address is None


def test_hsds_2_physical_addresses_and_a_lone_services_csv_are_read(library: Library, tmp_path: Path) -> None:
    folder = write_office_package(tmp_path / "office")
    (folder / "addresses.csv").rename(folder / "physical_addresses.csv")
    result = import_hsds(folder, library.languages, OFFICE_DEFAULTS, today=TODAY)
    assert result.records[0].physical_address.city == "Arlington"
    spreadsheet = write(
        tmp_path / "my-offices.csv",
        "id,name,description,assured_date,x_services\ndesk,Desk,Help.,2026-01-01,know-your-rights\n",
    )
    lone = import_hsds(spreadsheet, library.languages, OFFICE_DEFAULTS, today=TODAY)
    assert messages(lone.problems) == [
        "my-offices.csv, row 2, column id: the service has no usable service area (add a row to service_areas.csv: "
        "national, a state such as VA, or a county such as 'Arlington County, VA')"
    ]


def test_bad_json_fields_are_named_by_path_and_field(library: Library, tmp_path: Path) -> None:
    write_export(library.directory.values(), library.languages, "json", tmp_path / "d.json")
    services = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    near = next(s for s in services if s["id"] == "near-help")
    near["phones"][0]["number"] = "12"
    richmond = next(s for s in services if s["id"] == "richmond-help")
    richmond["fees_description"] = "expensive"
    (tmp_path / "d.json").write_text(json.dumps({"contents": services}), encoding="utf-8")
    result = import_hsds(tmp_path / "d.json", library.languages, today=TODAY)
    index = services.index(near)
    assert f"d.json, [{index}].phones[0], field number: '12' is not a valid phone number" in messages(result.problems)
    assert any("field fees_description: 'expensive'" in m for m in messages(result.problems))
    ids = {r.id for r in result.records}
    assert "near-help" in ids and "richmond-help" not in ids
    assert next(r for r in result.records if r.id == "near-help").phones == []


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("d.json", b"[1, 2", "d.json, row 1: not valid JSON"),
        ("d.json", b'{"services": 1}', "d.json: expected a list of HSDS services"),
        ("d.json", b"[1]", "d.json, [0]: each service must be an object"),
        (
            "pkg/services.csv",
            "id,name\ns1,Caf\u00e9\n".encode("latin-1"),
            "services.csv, row 2: the file is not UTF-8 text",
        ),
        ("pkg.zip", b"not a zip", "pkg.zip: the file is not a readable .zip archive"),
        ("notes.txt", b"hello", "notes.txt: give a CSV data package"),
    ],
)
def test_unreadable_files_are_reported_without_a_traceback(
    library: Library, tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    source = path.parent if name.startswith("pkg/") else path
    result = import_hsds(source, library.languages, today=TODAY)
    assert result.records == []
    assert any(
        m.startswith(expected.replace("pkg.zip", str(path)).replace("notes.txt", str(path)))
        for m in messages(result.problems)
    ), messages(result.problems)


def test_a_datapackage_never_reads_a_remote_resource(library: Library, tmp_path: Path) -> None:
    folder = write_office_package(tmp_path / "office")
    write(
        folder / "datapackage.json",
        json.dumps({"resources": [{"name": "phone", "path": "https://example.org/phones.csv"}]}),
    )
    result = import_hsds(folder, library.languages, OFFICE_DEFAULTS, today=TODAY)
    assert any(
        "must be a file in the package, not 'https://example.org/phones.csv'" in m for m in messages(result.problems)
    )
    assert result.records  # the rest is still read from the folder


# -- spreadsheet formulas ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "name",
    [
        '=HYPERLINK("http://example.invalid/","Click")',
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
    ],
)
def test_import_refuses_a_name_a_spreadsheet_would_run_as_a_formula(
    library: Library, tmp_path: Path, name: str
) -> None:
    folder = write_office_package(tmp_path / "office")
    organizations = OFFICE_ORGANIZATIONS.replace("Harbor Immigration Clinic", '"' + name.replace('"', '""') + '"')
    write(folder / "organizations.csv", organizations)
    write(folder / "services.csv", OFFICE_SERVICES.replace("by donation", "free"))
    result = import_hsds(folder, library.languages, OFFICE_DEFAULTS, today=TODAY)
    found = messages(result.problems)
    assert any("organizations.csv, row 2, column name: 'name' starts with" in m and "formula" in m for m in found), (
        found
    )
    assert [r.name for r in result.records] == ["Valley Legal Aid"]  # the other row is kept


def test_csv_export_quotes_every_cell_a_spreadsheet_would_run_and_import_reads_it_back(
    library: Library, tmp_path: Path
) -> None:
    record = dataclasses.replace(next(iter(library.directory.values())), name="-Dash Clinic", alternate_name="@Desk")
    write_export([record], library.languages, "csv", tmp_path / "package")
    services = (tmp_path / "package" / "services.csv").read_text(encoding="utf-8")
    assert ",'-Dash Clinic," in services and ",'@Desk," in services
    phones = (tmp_path / "package" / "phones.csv").read_text(encoding="utf-8")
    for line in phones.splitlines()[1:]:
        number = line.split(",")[3]
        assert not number.startswith(("=", "+", "-", "@")), line
    # Import takes the quote off, then refuses the names as it would any formula-like text.
    result = import_hsds(tmp_path / "package", library.languages, today=TODAY)
    assert any("'name' starts with '-'" in m for m in messages(result.problems)), messages(result.problems)


def test_csv_export_round_trips_phone_numbers_that_start_with_a_plus(library: Library, tmp_path: Path) -> None:
    original = next(r for r in library.directory.values() if r.phones)
    phone = dataclasses.replace(original.phones[0], number="+1 202-555-0123")
    record = dataclasses.replace(original, phones=[phone])
    write_export([record], library.languages, "csv", tmp_path / "package")
    assert "'+1 202-555-0123" in (tmp_path / "package" / "phones.csv").read_text(encoding="utf-8")
    result = import_hsds(tmp_path / "package", library.languages, today=TODAY)
    assert result.problems == []
    assert [p.number for p in result.records[0].phones] == ["+1 202-555-0123"]
