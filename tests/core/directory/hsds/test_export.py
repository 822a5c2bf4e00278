"""HSDS export: the CSV package and JSON carry every record, and import reads them back the same."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from desktopguide.core.directory.hsds.export import write_export
from desktopguide.core.directory.hsds.importer import import_hsds
from desktopguide.core.directory.yaml_files import write_record
from tests.core.directory.hsds.hsds_cases import by_id, messages
from tests.directory_content import TODAY, directory_problems


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
