"""Reading HSDS files into bundles (one service with its organization, phones, areas...).

A CSV data package may be a folder or a .zip (with or without `datapackage.json`), or
a lone `services.csv`; JSON is a list of HSDS service objects, or an HSDS API page with
the list in `contents`. Nothing is ever fetched: a resource given as a web address is
reported, not read.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import Any, Protocol

from desktopguide.core.directory.hsds.items import Bundle, HsdsProblem, Item
from desktopguide.core.directory.hsds.tables import LEGACY_TABLES, TABLES

# The tables import reads, HSDS 3.0 names first; `physical_address` is HSDS 2.0's.
READ_TABLES = {**{name: file for name, (file, _columns) in TABLES.items()}, **LEGACY_TABLES}
# No HSDS file of a legal-aid directory comes near this; a bigger one (or a small .zip that
# expands to gigabytes) is refused before it fills the memory.
MAX_HSDS_FILE_BYTES = 64 * 1024 * 1024
_CHUNK = 1024 * 1024


class UnreadableFileError(Exception):
    """One file of the input cannot be read; the message says why, for a person."""


def _too_big(name: str) -> UnreadableFileError:
    return UnreadableFileError(
        f"{name} is larger than {MAX_HSDS_FILE_BYTES // (1024 * 1024)} MB once unpacked, too large to import"
    )


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def read_capped(stream: _Readable, name: str) -> bytes:
    """All of `stream`, read a chunk at a time, or UnreadableFileError past MAX_HSDS_FILE_BYTES."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_HSDS_FILE_BYTES:
            raise _too_big(name)
        chunks.append(chunk)


def read_file(path: Path) -> bytes:
    with open(path, "rb") as stream:
        return read_capped(stream, path.name)


class _Files:
    """The files of a package, from a folder or a zip archive."""

    def __init__(self, source: Path):
        self.source = source
        self.archive: zipfile.ZipFile | None = None
        self.prefix = ""
        if source.is_file() and source.suffix.lower() == ".zip":
            self.archive = zipfile.ZipFile(source)
            names = self.archive.namelist()
            marker = next((n for n in names if PurePosixPath(n).name in ("datapackage.json", "services.csv")), "")
            self.prefix = str(PurePosixPath(marker).parent) + "/" if "/" in marker else ""

    def read(self, name: str) -> bytes | None:
        if self.archive is not None:
            try:
                info = self.archive.getinfo(self.prefix + name)
            except KeyError:
                return None
            if info.flag_bits & 0x1:
                raise UnreadableFileError(f"{name} in the .zip is encrypted; unpack it with its password first")
            if info.file_size > MAX_HSDS_FILE_BYTES:
                raise _too_big(name)
            try:
                # Streamed with a cap: the sizes an archive declares may be false.
                with self.archive.open(info) as stream:
                    return read_capped(stream, name)
            except NotImplementedError:
                raise UnreadableFileError(
                    f"{name} in the .zip is packed in a way this program cannot unpack; make the .zip again with "
                    "ordinary compression"
                ) from None
            except RuntimeError:  # zipfile's word for "encrypted"
                raise UnreadableFileError(
                    f"{name} in the .zip is encrypted; unpack it with its password first"
                ) from None
            except (zlib.error, EOFError, zipfile.BadZipFile):
                raise UnreadableFileError(f"{name} in the .zip is damaged") from None
        path = self.source / name
        return read_file(path) if path.is_file() else None


def read_bundles(source: Path, problems: list[HsdsProblem]) -> list[Bundle]:
    if not source.exists():
        problems.append(HsdsProblem(str(source), "there is no such file or folder"))
        return []
    try:
        if source.is_file() and source.suffix.lower() == ".json":
            return _json_bundles(source, problems)
        if source.is_file() and source.suffix.lower() == ".csv":
            tables = {"service": _read_csv(source.name, read_file(source), problems)}
            return _table_bundles(tables, problems)
        if source.is_dir() or source.suffix.lower() == ".zip":
            return _table_bundles(_read_package(_Files(source), problems), problems)
    except UnreadableFileError as exc:
        problems.append(HsdsProblem(str(source), str(exc)))
        return []
    except (zipfile.BadZipFile, zlib.error, EOFError):
        problems.append(HsdsProblem(str(source), "the file is not a readable .zip archive"))
        return []
    except OSError as exc:
        problems.append(HsdsProblem(str(source), f"the file cannot be read: {exc.strerror or exc}"))
        return []
    problems.append(
        HsdsProblem(str(source), "give a CSV data package (a folder or a .zip), a services.csv or a .json file")
    )
    return []


# -- CSV --------------------------------------------------------------------------------------


def _read_package(files: _Files, problems: list[HsdsProblem]) -> dict[str, list[Item]]:
    paths = dict(READ_TABLES)
    descriptor = files.read("datapackage.json")
    if descriptor is not None:
        resources: Any = []
        try:
            package = json.loads(descriptor.decode("utf-8-sig"))
            resources = package.get("resources", []) if isinstance(package, dict) else []
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            problems.append(HsdsProblem("datapackage.json", f"not valid JSON: {exc}"))
        except (RecursionError, ValueError) as exc:
            problems.append(HsdsProblem("datapackage.json", _json_limit_message(exc)))
        if not isinstance(resources, list):
            problems.append(HsdsProblem("datapackage.json", "'resources' must be a list of the package's tables"))
            resources = []
        for resource in resources:
            if not isinstance(resource, dict) or resource.get("name") not in paths:
                continue
            path = resource.get("path")
            if not isinstance(path, str) or "://" in path or path.startswith("/") or ".." in PurePosixPath(path).parts:
                problems.append(
                    HsdsProblem(
                        "datapackage.json",
                        f"the resource '{resource['name']}' must be a file in the package, not '{path}'",
                    )
                )
                continue
            paths[resource["name"]] = path
    tables: dict[str, list[Item]] = {}
    for name, path in paths.items():
        data = files.read(path)
        if data is not None:
            tables[name] = _read_csv(path, data, problems)
    if "service" not in tables:
        problems.append(HsdsProblem(paths["service"], "the package has no services table"))
    return tables


def _read_csv(file_name: str, data: bytes, problems: list[HsdsProblem]) -> list[Item]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(HsdsProblem(file_name, "the file is not UTF-8 text: save it as 'CSV UTF-8'", row=line))
        return []
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader, [])]
        items = []
        for number, cells in enumerate(reader, start=2):  # as a spreadsheet counts: the header is row 1
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header):
                problems.append(
                    HsdsProblem(
                        file_name,
                        f"the row has {len(cells)} cells but the header has {len(header)} columns",
                        row=number,
                    )
                )
                continue
            items.append(Item(dict(zip(header, cells, strict=True)), file_name, row=number))
    except csv.Error as exc:
        problems.append(HsdsProblem(file_name, f"the CSV cannot be read: {exc}", row=reader.line_num))
        return []
    return items


def _index(items: list[Item], problems: list[HsdsProblem]) -> dict[str, Item]:
    found: dict[str, Item] = {}
    for item in items:
        key = item.text("id")
        if not key:
            problems.append(item.problem("id", "the row has no id"))
        elif key in found:
            problems.append(item.problem("id", f"the id '{key}' is used twice (first in row {found[key].row})"))
        else:
            found[key] = item
    return found


def _table_bundles(tables: dict[str, list[Item]], problems: list[HsdsProblem]) -> list[Bundle]:
    organizations = _index(tables.get("organization", []), problems)
    bundles: dict[str, Bundle] = {}
    by_org: dict[str, list[Bundle]] = {}
    for item in _index(tables.get("service", []), problems).values():
        org_id = item.text("organization_id")
        if org_id and org_id not in organizations:
            problems.append(item.problem("organization_id", f"there is no organization with the id '{org_id}'"))
            continue
        bundle = Bundle(item, organizations.get(org_id))
        bundles[item.text("id")] = bundle
        if org_id:
            by_org.setdefault(org_id, []).append(bundle)
    for group in by_org.values():
        for bundle in group:
            bundle.organization_services = len(group)

    def targets(item: Item, columns: tuple[str, ...] = ("service_id", "organization_id")) -> list[Bundle] | None:
        for column in columns:
            key = item.text(column)
            if not key:
                continue
            found = (
                [bundles[key]]
                if column == "service_id" and key in bundles
                else by_org.get(key, [])
                if column == "organization_id"
                else []
            )
            if not found:
                problems.append(item.problem(column, f"there is no {column.removesuffix('_id')} with the id '{key}'"))
                return None
            return found
        problems.append(item.problem(columns[0], "the row belongs to no service: give its service_id"))
        return None

    phones: dict[str, list[Item]] = {}
    for item in _index(tables.get("phone", []), problems).values():
        languages: list[Item] = []  # shared: a phone of an organization serves each of its services
        phones[item.text("id")] = languages
        for bundle in targets(item) or []:
            bundle.phones.append((item, languages))
    for item in tables.get("language", []):
        phone_id = item.text("phone_id")
        if phone_id:
            if phone_id in phones:
                phones[phone_id].append(item)
            else:
                problems.append(item.problem("phone_id", f"there is no phone with the id '{phone_id}'"))
            continue
        for bundle in targets(item, ("service_id",)) or []:
            bundle.languages.append(item)
    for table, attribute in (("service_area", "areas"), ("schedule", "schedules")):
        for item in tables.get(table, []):
            for bundle in targets(item, ("service_id",)) or []:
                getattr(bundle, attribute).append(item)

    locations = _index(tables.get("location", []), problems)
    addresses: dict[str, list[Item]] = {}
    for item in tables.get("address", []) + tables.get("physical_address", []):
        location_id = item.text("location_id")
        if location_id not in locations:
            problems.append(item.problem("location_id", f"there is no location with the id '{location_id}'"))
            continue
        addresses.setdefault(location_id, []).append(item)
    linked: set[str] = set()
    for item in tables.get("service_at_location", []):
        service_id, location_id = item.text("service_id"), item.text("location_id")
        if service_id not in bundles:
            problems.append(item.problem("service_id", f"there is no service with the id '{service_id}'"))
        elif location_id not in locations:
            problems.append(item.problem("location_id", f"there is no location with the id '{location_id}'"))
        else:
            bundles[service_id].addresses.extend(addresses.get(location_id, []))
            linked.add(service_id)
    # A location no service names belongs to every service of its organization.
    for location_id, location in locations.items():
        for bundle in by_org.get(location.text("organization_id"), []):
            if bundle.service.text("id") not in linked:
                bundle.addresses.extend(addresses.get(location_id, []))
    return list(bundles.values())


# -- JSON -------------------------------------------------------------------------------------


def _json_bundles(source: Path, problems: list[HsdsProblem]) -> list[Bundle]:
    name = source.name
    try:
        data = json.loads(read_file(source).decode("utf-8-sig"))
    except UnicodeDecodeError:
        problems.append(HsdsProblem(name, "the file is not UTF-8 text"))
        return []
    except json.JSONDecodeError as exc:
        problems.append(HsdsProblem(name, f"not valid JSON: {exc.msg}", row=exc.lineno))
        return []
    except (RecursionError, ValueError) as exc:
        problems.append(HsdsProblem(name, _json_limit_message(exc)))
        return []
    services = data.get("contents") if isinstance(data, dict) else data
    if not isinstance(services, list):
        problems.append(HsdsProblem(name, "expected a list of HSDS services (or an object with them in 'contents')"))
        return []
    bundles: list[Bundle] = []
    seen: set[str] = set()
    org_counts: dict[str, int] = {}
    for index, value in enumerate(services):
        path = f"[{index}]"
        if not isinstance(value, dict):
            problems.append(HsdsProblem(name, "each service must be an object", path=path))
            continue
        service = Item(value, name, path=path)
        key = service.text("id")
        if key and key in seen:
            problems.append(service.problem("id", f"the id '{key}' is used twice"))
            continue
        seen.add(key)
        org = value.get("organization")
        bundle = Bundle(service, Item(org, name, path=f"{path}.organization") if isinstance(org, dict) else None)
        for j, phone in enumerate(_objects(value, "phones", name, path, problems)):
            phone_path = f"{path}.phones[{j}]"
            langs = [
                Item(lang, name, path=f"{phone_path}.languages[{k}]")
                for k, lang in enumerate(_objects(phone, "languages", name, phone_path, problems))
            ]
            bundle.phones.append((Item(phone, name, path=phone_path), langs))
        for attribute, key_ in (("languages", "languages"), ("areas", "service_areas"), ("schedules", "schedules")):
            getattr(bundle, attribute).extend(
                Item(obj, name, path=f"{path}.{key_}[{j}]")
                for j, obj in enumerate(_objects(value, key_, name, path, problems))
            )
        for j, link in enumerate(_objects(value, "service_at_locations", name, path, problems)):
            location = link.get("location")
            if isinstance(location, dict):
                link_path = f"{path}.service_at_locations[{j}].location"
                bundle.addresses.extend(
                    Item(obj, name, path=f"{link_path}.addresses[{k}]")
                    for k, obj in enumerate(_objects(location, "addresses", name, link_path, problems))
                )
        if bundle.organization is not None and bundle.organization.text("id"):
            org_counts[bundle.organization.text("id")] = org_counts.get(bundle.organization.text("id"), 0) + 1
        bundles.append(bundle)
    for bundle in bundles:
        if bundle.organization is not None and bundle.organization.text("id"):
            bundle.organization_services = org_counts[bundle.organization.text("id")]
    return bundles


def _json_limit_message(exc: Exception) -> str:
    # json raises RecursionError for deep nesting and ValueError for a number of thousands of digits.
    if isinstance(exc, RecursionError):
        return "the JSON is nested too deeply to be a directory"
    return "the JSON holds a number too long to read"


def _objects(
    parent: dict[str, Any], key: str, name: str, path: str, problems: list[HsdsProblem]
) -> list[dict[str, Any]]:
    value = parent.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        problems.append(HsdsProblem(name, f"'{key}' must be a list", path=path, column=key))
        return []
    found = []
    for index, item in enumerate(value):
        if isinstance(item, dict):
            found.append(item)
        else:
            problems.append(HsdsProblem(name, f"item {index + 1} of '{key}' must be an object", path=path, column=key))
    return found
