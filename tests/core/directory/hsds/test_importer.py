"""HSDS import: an office's spreadsheet keeps its good rows, and each bad cell is named by row and column."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktopguide.core.content.model import Library
from desktopguide.core.directory.hsds.export import write_export
from desktopguide.core.directory.hsds.importer import import_hsds
from tests.content_factory import write
from tests.core.directory.hsds.hsds_cases import (
    OFFICE_ADDRESSES,
    OFFICE_DEFAULTS,
    OFFICE_ORGANIZATIONS,
    OFFICE_SERVICES,
    messages,
    write_office_package,
)
from tests.directory_content import TODAY


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
