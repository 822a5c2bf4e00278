"""Reading HSDS files: HSDS 2.0 tables, a lone services.csv, unreadable files and remote resources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktopguide.core.content.model import Library
from desktopguide.core.directory.hsds.importer import import_hsds
from tests.content_factory import write
from tests.core.directory.hsds.hsds_cases import OFFICE_DEFAULTS, messages, write_office_package
from tests.directory_content import TODAY


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
