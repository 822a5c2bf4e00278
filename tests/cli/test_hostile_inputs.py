"""Hostile input to every command ends in one sentence and the right exit code, never a traceback,
and never costs a file that was there before.

Most cases run `main([...])` in-process, for speed; a few run the real program, where the
operating system hands over the arguments (non-UTF-8 bytes) or where the input is large.
A full or read-only disk is simulated by making the write fail as the kernel would
(ENOSPC, EROFS): the tests run as root, which no file mode stops.
"""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktopguide.cli.main import SUBCOMMANDS, main
from desktopguide.core import storage
from tests.content_factory import write
from tests.core.test_content_limits import ALIAS_BOMB
from tests.directory_content import write_directory_content
from tests.unreadable import make_unreadable

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_directory_content(tmp_path_factory.mktemp("content") / "resources")


@pytest.fixture
def content(pristine: Path, tmp_path: Path) -> Path:
    """A copy of the content a test may break."""
    return Path(shutil.copytree(pristine, tmp_path / "resources"))


@dataclass
class Outcome:
    code: int
    out: str
    err: str


def run(capsys: pytest.CaptureFixture[str], *args: str) -> Outcome:
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse's own errors
        code = exit_.code if isinstance(exit_.code, int) else 2
    captured = capsys.readouterr()
    return Outcome(code, captured.out, captured.err)


def sentences(err: str) -> list[str]:
    """stderr without argparse's usage lines: what the person is told."""
    return [line for line in err.splitlines() if line.strip() and not line.startswith(("usage:", " "))]


def assert_clean_error(outcome: Outcome, *words: str) -> None:
    """A non-zero exit, one sentence on stderr that says what is wrong, no traceback."""
    assert outcome.code != 0, outcome
    assert "Traceback" not in outcome.out + outcome.err
    told = sentences(outcome.err)
    assert len(told) == 1, outcome.err
    assert told[0].startswith("desktopguide"), told
    for word in words:
        assert word in told[0], (word, told[0])


def assert_no_traceback(outcome: Outcome) -> None:
    assert "Traceback" not in outcome.out + outcome.err, outcome


def listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# -- output paths --------------------------------------------------------------------------------------------

TOO_LONG = "x" * 300

# (command words after the output option's value is filled in, words that the sentence must hold)
OUTPUT_CASES = [
    pytest.param(["directory", "export", "-o", ""], "empty", id="export-to-empty-name"),
    pytest.param(["card", "agents-at-door", "--lang", "en", "-o", ""], "no file name", id="card-to-empty-name"),
    pytest.param(
        ["directory", "export", "--format", "json", "-o", "{tmp}"], "is a folder", id="export-json-to-a-folder"
    ),
    pytest.param(["card", "agents-at-door", "--lang", "en", "-o", "{tmp}"], "is a folder", id="card-to-a-folder"),
    pytest.param(
        ["directory", "export", "-o", "/proc/desktopguide.json"], "system folder", id="export-json-under-proc"
    ),
    pytest.param(["directory", "export", "-o", "/sys/desktopguide.zip"], "system folder", id="export-zip-under-sys"),
    pytest.param(
        ["directory", "export", "-o", "/proc/desktopguide-export"],
        "/proc/desktopguide-export",
        id="export-csv-folder-under-proc",
    ),
    pytest.param(
        ["card", "agents-at-door", "--lang", "en", "-o", "/proc/card.pdf"], "system folder", id="card-under-proc"
    ),
    pytest.param(
        ["card", "agents-at-door", "--lang", "en", "-o", "/sys/card.pdf"], "system folder", id="card-under-sys"
    ),
    pytest.param(
        ["card", "agents-at-door", "--lang", "en", "-o", "/dev/null"], "not a regular file", id="card-over-a-device"
    ),
    pytest.param(
        ["directory", "export", "-o", "{tmp}/" + TOO_LONG + ".json"], "too long", id="export-json-name-too-long"
    ),
    pytest.param(
        ["directory", "export", "-o", "{tmp}/" + TOO_LONG + ".zip"], "too long", id="export-zip-name-too-long"
    ),
    pytest.param(
        ["card", "agents-at-door", "--lang", "en", "-o", "{tmp}/" + TOO_LONG + ".pdf"],
        "too long",
        id="card-name-too-long",
    ),
    pytest.param(
        ["directory", "export", "-o", "{tmp}/no/such/" + TOO_LONG + "/x.json"], "", id="export-into-a-too-long-folder"
    ),
    pytest.param(
        ["directory", "export", "-o", "{tmp}/a-file.txt/x.json"],
        "a file stands where a folder",
        id="export-json-under-a-file",
    ),
    pytest.param(
        ["directory", "export", "-o", "{tmp}/a-file.txt"],
        "a file stands where a folder",
        id="export-csv-folder-over-a-file",
    ),
    pytest.param(
        ["card", "agents-at-door", "--lang", "en", "-o", "{tmp}/a-file.txt/x.pdf"],
        "a file stands where a folder",
        id="card-under-a-file",
    ),
    pytest.param(["directory", "import", "{hsds}", "--out", ""], "empty", id="import-to-empty-folder-name"),
    pytest.param(["directory", "import", "{hsds}", "--out", "{tmp}/a-file.txt"], "is a file", id="import-into-a-file"),
    pytest.param(["directory", "import", "", "--out", "{tmp}/records"], "empty", id="import-from-empty-name"),
]


@pytest.mark.parametrize(("words", "expected"), OUTPUT_CASES)
def test_a_bad_output_path_is_one_sentence_and_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    content: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    words: list[str],
    expected: str,
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / "a-file.txt").write_text("keep me", encoding="utf-8")
    hsds = tmp_path / "export.json"
    assert main(["directory", "export", "-o", str(hsds), "--content", str(content)]) == 0
    capsys.readouterr()
    monkeypatch.chdir(work)  # an empty name must not mean "here"
    args = [w.replace("{tmp}", str(work)).replace("{hsds}", str(hsds)) for w in words]
    outcome = run(capsys, *args, "--content", str(content))
    assert_clean_error(outcome, expected)
    assert listing(work) == {"a-file.txt": b"keep me"}
    assert sorted(p.name for p in work.iterdir()) == ["a-file.txt"]


# -- a full or read-only disk -----------------------------------------------------------------------------------


def fail_with(number: int) -> Callable[..., None]:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(number, os.strerror(number))

    return fail


def disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    # The data reaches the disk at fsync: that is where a full disk says so.
    monkeypatch.setattr(storage.os, "fsync", fail_with(errno.ENOSPC))


def read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage.tempfile, "mkstemp", fail_with(errno.EROFS))


# Each test that writes to a broken disk: how it breaks, and the words the one-sentence error uses.
BROKEN_DISKS = pytest.mark.parametrize(
    ("break_disk", "reason"),
    [
        pytest.param(disk_full, "the disk is full", id="disk-full"),
        pytest.param(read_only, "not writable", id="read-only"),
    ],
)


@BROKEN_DISKS
def test_import_replace_on_a_broken_disk_keeps_every_existing_record(
    capsys: pytest.CaptureFixture[str],
    content: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    break_disk: Callable[[pytest.MonkeyPatch], None],
    reason: str,
) -> None:
    hsds = tmp_path / "export.json"
    records = tmp_path / "records"
    assert main(["directory", "export", "-o", str(hsds), "--content", str(content)]) == 0
    assert main(["directory", "import", str(hsds), "--out", str(records), "--content", str(content)]) == 0
    before = listing(records)
    assert len(before) == 6 and all(before.values())
    capsys.readouterr()
    break_disk(monkeypatch)
    outcome = run(
        capsys, "directory", "import", str(hsds), "--out", str(records), "--replace", "--content", str(content)
    )
    assert_clean_error(outcome, reason, "the old file is kept" if break_disk is disk_full else "")
    assert listing(records) == before
    assert sorted(p.name for p in records.iterdir()) == sorted(before)  # no temporary files left


@pytest.mark.parametrize("name", ["directory.json", "directory.zip", "package"])
@BROKEN_DISKS
def test_export_on_a_broken_disk_keeps_the_previous_export_whole(
    capsys: pytest.CaptureFixture[str],
    content: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    break_disk: Callable[[pytest.MonkeyPatch], None],
    reason: str,
    name: str,
) -> None:
    target = tmp_path / "out" / name
    target.parent.mkdir()
    assert main(["directory", "export", "-o", str(target), "--content", str(content)]) == 0
    folder = target if target.is_dir() else target.parent
    before = listing(folder)
    capsys.readouterr()
    break_disk(monkeypatch)
    outcome = run(capsys, "directory", "export", "-o", str(target), "--content", str(content))
    assert_clean_error(outcome, reason)
    assert listing(folder) == before
    assert all(before.values())  # no 0-byte file among them


@pytest.mark.parametrize("existing", [True, False])
def test_card_on_a_full_disk_fails_and_leaves_no_empty_pdf(
    capsys: pytest.CaptureFixture[str],
    content: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    existing: bool,
) -> None:
    from desktopguide.cards import render

    target = tmp_path / "cards" / "card.pdf"
    target.parent.mkdir()
    if existing:
        target.write_bytes(b"%PDF-1.4 yesterday's card")
    real_writer = render.QPdfWriter
    # QPdfWriter reports no write error: writing to /dev/full is what a full disk looks like to it.
    monkeypatch.setattr(render, "QPdfWriter", lambda _name: real_writer("/dev/full"))
    outcome = run(capsys, "card", "agents-at-door", "--lang", "en", "-o", str(target), "--content", str(content))
    assert_clean_error(outcome, "card.pdf", "disk may be full")
    assert listing(target.parent) == ({"card.pdf": b"%PDF-1.4 yesterday's card"} if existing else {})


# -- arguments ------------------------------------------------------------------------------------------------

ARGUMENT_CASES = [
    pytest.param(["directory", "--zip", "22314", "--within-km", "nan"], "--within-km", id="within-km-nan"),
    pytest.param(["directory", "--zip", "22314", "--within-km", "inf"], "--within-km", id="within-km-inf"),
    pytest.param(["directory", "--zip", "22314", "--within-km", "-1"], "--within-km", id="within-km-negative"),
    pytest.param(["directory", "--within-km", "5"], "--within-km", id="within-km-without-zip"),
    pytest.param(["directory", "--zip", "22314", "--within-km", "many"], "within-km", id="within-km-not-a-number"),
    pytest.param(["directory", "--limit", "0"], "--limit", id="directory-limit-zero"),
    pytest.param(["directory", "--zip", "abcde"], "ZIP", id="zip-letters"),
    pytest.param(["directory", "--zip", "2" * 100_000], "ZIP", id="zip-100k-digits"),
    pytest.param(["directory", "--county", "Atlantis County, VA"], "Atlantis", id="county-unknown"),
    pytest.param(["directory", "--county", ""], "", id="county-empty"),
    pytest.param(["directory", "--language", "tlh"], "tlh", id="language-unknown"),
    pytest.param(["directory", "--service", "magic"], "magic", id="service-unknown"),
    pytest.param(["directory", "--service", ","], "service", id="service-only-commas"),
    pytest.param(["directory", "--lang", "xx"], "xx", id="directory-lang-unknown"),
    pytest.param(["place", "99999"], "99999", id="place-zip-unknown"),
    pytest.param(["place", ""], "", id="place-empty"),
    pytest.param(["place", "x" * 100_000], "", id="place-100k-characters"),
    pytest.param(["place", "22314", "--limit", "-3"], "", id="place-limit-negative"),
    pytest.param(["search", "door", "--limit", "nan"], "--limit", id="search-limit-nan"),
    pytest.param(["search", "door", "--limit", "9" * 5000], "--limit", id="search-limit-5000-digits"),
    pytest.param(["search", "door", "--kind", "weapon"], "weapon", id="search-kind-unknown"),
    pytest.param(["search", "door", "--lang", "xx"], "xx", id="search-lang-unknown"),
    pytest.param(
        ["card", "no-such-guide", "--lang", "en", "-o", "{tmp}/c.pdf"], "no-such-guide", id="card-guide-unknown"
    ),
    pytest.param(["card", "agents-at-door", "--lang", "xx", "-o", "{tmp}/c.pdf"], "xx", id="card-lang-unknown"),
    pytest.param(
        ["card", "agents-at-door", "--lang", "en", "--paper", "papyrus", "-o", "{tmp}/c.pdf"],
        "papyrus",
        id="card-paper-unknown",
    ),
    pytest.param(
        ["card", "agents-at-door", "--lang", "en", "--copies", "many", "-o", "{tmp}/c.pdf"],
        "--copies",
        id="card-copies-word",
    ),
    pytest.param(
        ["card", "agents-at-door", "--lang", "en", "--copies", "-5", "-o", "{tmp}/c.pdf"], "", id="card-copies-negative"
    ),
    pytest.param(
        ["card", "agents-at-door", "--lang", "en", "--copies", "9" * 5000, "-o", "{tmp}/c.pdf"],
        "",
        id="card-copies-5000-digits",
    ),
    pytest.param(
        ["card", "agents-at-door", "--lang", "en", "--zip", "abc", "-o", "{tmp}/c.pdf"], "", id="card-zip-letters"
    ),
    pytest.param(["card", "--batch", "all", "--langs", "xx", "-o", "{tmp}/c.pdf"], "xx", id="card-batch-lang-unknown"),
    pytest.param(["check", "--content", "/no/such/folder"], "does not exist", id="content-missing"),
    pytest.param(["search", "door", "--content", "/proc/self"], "", id="content-under-proc"),
    pytest.param(["check", "--content", "/dev/null"], "", id="content-a-device"),
    pytest.param(["frobnicate"], "frobnicate", id="unknown-command"),
    pytest.param(["--lang", "es", "frobnicate"], "frobnicate", id="unknown-command-after-an-option"),
    pytest.param(["place", "\udcff\udcfe"], "not valid text", id="place-not-utf8"),
    pytest.param(["directory", "--county", "\udcffArlington"], "not valid text", id="county-not-utf8"),
    pytest.param(["search", "\udcc3"], "not valid text", id="search-not-utf8"),
    pytest.param(
        ["card", "agents-at-door", "--lang", "en", "-o", "\udcff.pdf"], "not valid text", id="card-output-not-utf8"
    ),
]


@pytest.mark.parametrize(("words", "expected"), ARGUMENT_CASES)
def test_a_bad_argument_is_one_sentence_and_a_non_zero_exit(
    capsys: pytest.CaptureFixture[str],
    pristine: Path,
    tmp_path: Path,
    words: list[str],
    expected: str,
) -> None:
    args = [w.replace("{tmp}", str(tmp_path)) for w in words]
    if args[0] in SUBCOMMANDS and "--content" not in args:
        args += ["--content", str(pristine)]
    outcome = run(capsys, *args)
    assert_clean_error(outcome, expected)
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_command_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    outcome = run(capsys, "frobnicate")
    assert_clean_error(outcome, "frobnicate")
    for command in ("check", "search", "card", "place", "directory"):
        assert command in sentences(outcome.err)[0]
    assert "(choose from )" not in outcome.err


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "door AND",
        "NEAR(",
        "*",
        "^",
        "title:door",
        "-",
        "OR OR",
        "(",
        ")))",
        "a" * 100_000,
        "\x00",
        "door\u202e",
        "🙂" * 1000,
    ],
)
def test_search_queries_that_are_fts5_syntax_or_huge_never_break(
    capsys: pytest.CaptureFixture[str],
    pristine: Path,
    query: str,
) -> None:
    outcome = run(capsys, "search", query, "--content", str(pristine))
    assert_no_traceback(outcome)
    assert outcome.code in (0, 2)
    if outcome.code:
        assert len(sentences(outcome.err)) == 1


@pytest.mark.parametrize(
    ("settings", "args", "expected"),
    [
        pytest.param(
            None,
            ["--config", "/proc/kiosk.json", "--idle-seconds", "60"],
            "system folder",
            id="kiosk-settings-under-proc",
        ),
        pytest.param(None, ["--config", "{tmp}", "--idle-seconds", "60"], "{tmp}", id="kiosk-settings-a-folder"),
        pytest.param(None, ["--config", "", "--show"], "", id="kiosk-settings-empty-name"),
        pytest.param(b"[" * 100_000, ["--show"], "not valid settings JSON", id="kiosk-settings-nested"),
        pytest.param(
            b'{"idle_seconds": ' + b"9" * 5000 + b"}",
            ["--show"],
            "not valid settings JSON",
            id="kiosk-settings-5000-digits",
        ),
        pytest.param(b"\xff\xfe{}", ["--show"], "not UTF-8", id="kiosk-settings-not-utf8"),
        pytest.param(None, ["--idle-seconds", "9" * 5000], "idle-seconds", id="kiosk-idle-5000-digits"),
        pytest.param(None, ["--print-limit", "-1"], "print limit", id="kiosk-print-limit-negative"),
    ],
)
def test_kiosk_settings_that_are_hostile_are_one_sentence(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    settings: bytes | None,
    args: list[str],
    expected: str,
) -> None:
    path = tmp_path / "kiosk.json"
    if settings is not None:
        path.write_bytes(settings)
    if "--config" not in args:
        args = ["--config", str(path), *args]
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    outcome = run(capsys, "kiosk", "config", *args)
    assert_clean_error(outcome, expected.replace("{tmp}", str(tmp_path)))
    assert path.read_bytes() == settings if settings is not None else not path.exists()


# -- HSDS files ------------------------------------------------------------------------------------------------


def zip_with(name: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    return buffer.getvalue()


def flagged_zip(flag_bit: int = 0, method: int | None = None) -> bytes:
    """A .zip whose one member claims to be encrypted, or packed with an unknown method."""
    data = bytearray(zip_with("services.csv", b"id,name\ns1,A clinic\n"))
    local, central = data.find(b"PK\x03\x04"), data.find(b"PK\x01\x02")
    data[local + 6] |= flag_bit
    data[central + 8] |= flag_bit
    if method is not None:
        data[local + 8] = data[central + 10] = method
    return bytes(data)


def package(descriptor: str) -> dict[str, bytes]:
    return {"datapackage.json": descriptor.encode(), "services.csv": b"id,name\n"}


HSDS_CASES = [
    pytest.param("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply", id="json-nested-100000-levels"),
    pytest.param("number.json", b'[{"id": ' + b"9" * 5000 + b"}]", "number too long", id="json-5000-digit-integer"),
    pytest.param("resources.json", b'{"resources": 5}', "expected a list", id="json-resources-5"),
    pytest.param("scalar.json", b"5", "expected a list", id="json-a-number"),
    pytest.param("null.json", b"null", "expected a list", id="json-null"),
    pytest.param("empty.json", b"", "not valid JSON", id="json-empty"),
    pytest.param("bom.json", b"\xef\xbb\xbf\xff", "not UTF-8", id="json-not-utf8"),
    pytest.param("pkg", package('{"resources": 5}'), "'resources' must be a list", id="datapackage-resources-5"),
    pytest.param(
        "pkg", package('{"resources": "services"}'), "'resources' must be a list", id="datapackage-resources-text"
    ),
    pytest.param(
        "pkg", package('{"resources": [5, null]}'), "no directory records", id="datapackage-resources-not-objects"
    ),
    pytest.param("pkg", package("[" * 100_000), "", id="datapackage-nested-100000-levels"),
    pytest.param("pkg", package('{"n": ' + "9" * 5000 + "}"), "number too long", id="datapackage-5000-digit-integer"),
    pytest.param(
        "pkg",
        package('{"resources": [{"name": "service", "path": "/etc/passwd"}]}'),
        "must be a file in the package",
        id="datapackage-absolute-path",
    ),
    pytest.param(
        "pkg",
        package('{"resources": [{"name": "service", "path": "../../x.csv"}]}'),
        "must be a file in the package",
        id="datapackage-parent-path",
    ),
    pytest.param("enc.zip", flagged_zip(flag_bit=1), "encrypted", id="zip-encrypted"),
    pytest.param("method.zip", flagged_zip(method=99), "cannot unpack", id="zip-unknown-compression"),
    pytest.param("bad.zip", b"PK\x03\x04" + b"\x00" * 100, "not a readable .zip", id="zip-truncated"),
    pytest.param("empty.zip", zip_with("readme.txt", b"hello"), "no services table", id="zip-without-services"),
    pytest.param("empty.csv", b"", "no directory records", id="csv-empty"),
    pytest.param("header.csv", b"id,name,description\r\n", "no directory records", id="csv-header-only"),
    pytest.param("nul.csv", b"id,name\ns1,A\x00B\n", "", id="csv-nul-byte"),
    pytest.param("latin.csv", "id,name\ns1,Caf\u00e9\n".encode("latin-1"), "not UTF-8", id="csv-latin-1"),
    pytest.param("wide.csv", b"id,name\ns1,A,B,C,D\n", "cells", id="csv-more-cells-than-columns"),
    pytest.param("huge-field.csv", b'id,name\ns1,"' + b"x" * 200_000 + b'"\n', "", id="csv-field-over-csv-limit"),
    pytest.param("notes.txt", b"hello", "give a CSV data package", id="not-an-hsds-file"),
    pytest.param("missing.json", None, "no such file", id="file-missing"),
]


@pytest.mark.parametrize(("name", "data", "expected"), HSDS_CASES)
def test_a_hostile_hsds_file_is_reported_by_name_and_the_import_fails(
    capsys: pytest.CaptureFixture[str],
    pristine: Path,
    tmp_path: Path,
    name: str,
    data: bytes | dict[str, bytes] | None,
    expected: str,
) -> None:
    source = tmp_path / name
    if isinstance(data, dict):
        for file_name, file_data in data.items():
            (source / file_name).parent.mkdir(parents=True, exist_ok=True)
            (source / file_name).write_bytes(file_data)
    elif data is not None:
        source.write_bytes(data)
    records = tmp_path / "records"
    outcome = run(capsys, "directory", "import", str(source), "--out", str(records), "--content", str(pristine))
    assert_no_traceback(outcome)
    assert outcome.code == 1
    assert len(sentences(outcome.err)) == 1 and "0 records written" in outcome.err
    assert expected in outcome.out, outcome.out
    assert not records.exists() or list(records.iterdir()) == []


@pytest.mark.parametrize("special", ["/dev/zero", "/proc/self/mem", "fifo.csv", "/dev/null"])
def test_a_special_file_as_hsds_input_is_never_read(
    capsys: pytest.CaptureFixture[str],
    pristine: Path,
    tmp_path: Path,
    special: str,
) -> None:
    source = Path(special) if special.startswith("/") else tmp_path / special
    if not special.startswith("/"):
        os.mkfifo(source)  # opening it would wait for a writer for ever
    outcome = run(
        capsys, "directory", "import", str(source), "--out", str(tmp_path / "records"), "--content", str(pristine)
    )
    assert_no_traceback(outcome)
    assert outcome.code == 1 and "give a CSV data package" in outcome.out


def test_a_zip_member_that_expands_past_the_limit_is_refused_while_reading(
    capsys: pytest.CaptureFixture[str],
    pristine: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktopguide.core.directory.hsds import reader

    monkeypatch.setattr(reader, "MAX_HSDS_FILE_BYTES", 1024 * 1024)
    source = tmp_path / "bomb.zip"
    source.write_bytes(zip_with("services.csv", b"id,name\n" + b"0" * (3 * 1024 * 1024)))
    assert source.stat().st_size < 20_000
    # Its header tells the truth here; a header that lies is caught by the cap on what is read.
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo("services.csv")
    outcome = run(
        capsys, "directory", "import", str(source), "--out", str(tmp_path / "records"), "--content", str(pristine)
    )
    assert info.file_size > reader.MAX_HSDS_FILE_BYTES
    assert outcome.code == 1 and "too large to import" in outcome.out
    assert_no_traceback(outcome)


def test_a_zip_member_whose_header_understates_its_size_is_still_capped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktopguide.core.directory.hsds import reader

    monkeypatch.setattr(reader, "MAX_HSDS_FILE_BYTES", 1024 * 1024)
    stream = io.BytesIO(b"0" * (3 * 1024 * 1024))
    with pytest.raises(reader.UnreadableFileError, match="too large to import"):
        reader.read_capped(stream, "services.csv")
    assert stream.tell() <= 1024 * 1024 + reader._CHUNK  # it stopped reading at the limit


# -- hostile content -----------------------------------------------------------------------------------------------

CONTENT_COMMANDS = [
    pytest.param(["check"], id="check"),
    pytest.param(["search", "help"], id="search"),
    pytest.param(["place", "22314"], id="place"),
    pytest.param(["directory", "--zip", "22314"], id="directory"),
]


@pytest.mark.parametrize("words", CONTENT_COMMANDS)
def test_an_unreadable_content_file_is_named_and_every_command_still_answers(
    capsys: pytest.CaptureFixture[str],
    content: Path,
    monkeypatch: pytest.MonkeyPatch,
    words: list[str],
) -> None:
    make_unreadable(content / "directory/near-help.yaml", monkeypatch)
    outcome = run(capsys, *words, "--content", str(content))
    assert_no_traceback(outcome)
    if words[0] == "check":
        assert outcome.code == 1
        assert "near-help.yaml:1: error: the file cannot be read: Permission denied" in outcome.out
    else:
        assert outcome.code == 0 and outcome.out.strip()


@pytest.mark.parametrize("words", CONTENT_COMMANDS)
def test_an_alias_bomb_in_the_glossary_is_named_and_every_command_still_answers(
    capsys: pytest.CaptureFixture[str],
    content: Path,
    words: list[str],
) -> None:
    write(content / "glossary/bomb.yaml", ALIAS_BOMB)
    outcome = run(capsys, *words, "--content", str(content))
    assert_no_traceback(outcome)
    if words[0] == "check":
        assert outcome.code == 1 and "bomb.yaml:2: error: YAML aliases" in outcome.out
    else:
        assert outcome.code == 0 and outcome.out.strip()


def test_an_oversized_guide_is_named_and_the_rest_is_checked(capsys: pytest.CaptureFixture[str], content: Path) -> None:
    guide = content / "guides/stopped/en.md"
    with guide.open("a", encoding="utf-8") as stream:
        stream.write("A long line of words. " * 150_000)  # 3.3 MB
    outcome = run(capsys, "check", "--content", str(content))
    assert_no_traceback(outcome)
    assert outcome.code == 1 and "en.md:1: error: the file is larger than 2 MB" in outcome.out


def test_a_guide_with_ten_thousand_headings_is_checked_and_searched(
    capsys: pytest.CaptureFixture[str], content: Path
) -> None:
    guide = content / "guides/stopped/en.md"
    with guide.open("a", encoding="utf-8") as stream:
        stream.write("".join(f"\n## Part {n}\n\nText.\n" for n in range(10_050)))
    for words in (["check"], ["search", "part"]):
        outcome = run(capsys, *words, "--content", str(content))
        assert_no_traceback(outcome)
        assert outcome.code == 0


# -- the safety net ----------------------------------------------------------------------------------------------


def test_an_unexpected_error_is_one_sentence_and_exit_2(
    capsys: pytest.CaptureFixture[str], pristine: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktopguide.cli import check_command

    def broken(_args: object) -> int:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(check_command, "run", broken)
    outcome = run(capsys, "check", "--content", str(pristine))
    assert outcome.code == 2
    assert_clean_error(outcome, "unexpected problem", "ZeroDivisionError")


# -- the real program ---------------------------------------------------------------------------------------------


def program(*args: str | bytes, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "desktopguide", *args],
        capture_output=True,
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "args",
    [
        pytest.param([b"place", b"\xff\xfe22314"], id="place-bytes"),
        pytest.param([b"directory", b"--county", b"Arlington\xc0 County, VA"], id="county-bytes"),
        pytest.param([b"frobnicate"], id="unknown-command"),
    ],
)
def test_the_program_answers_hostile_arguments_with_one_sentence(pristine: Path, args: list[bytes]) -> None:
    done = program(*args, b"--content", os.fsencode(pristine))
    assert done.returncode == 2
    err = done.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in done.stdout + done.stderr
    assert len(sentences(err)) == 1 and sentences(err)[0].startswith("desktopguide")


def test_the_program_refuses_an_empty_export_name_and_writes_nothing_here(pristine: Path, tmp_path: Path) -> None:
    done = program("directory", "export", "-o", "", "--content", str(pristine), cwd=tmp_path)
    assert done.returncode == 2 and b"Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_program_refuses_a_zip_that_expands_to_hundreds_of_megabytes(pristine: Path, tmp_path: Path) -> None:
    source = tmp_path / "bomb.zip"
    with (
        zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("services.csv", "w", force_zip64=True) as member,
    ):
        member.write(b"id,name\n")
        zeros = b"0" * (1024 * 1024)
        for _ in range(200):
            member.write(zeros)
    assert source.stat().st_size < 1024 * 1024
    done = program(
        "directory", "import", str(source), "--out", str(tmp_path / "records"), "--json", "--content", str(pristine)
    )
    assert done.returncode == 1 and b"Traceback" not in done.stderr
    report = json.loads(done.stdout)
    assert report["written"] == [] and "too large to import" in report["problems"][0]["message"]
