"""EOIR's Recognized Organizations and Accredited Representatives Roster (PDF, by state and city).

Read through poppler's `pdftotext -layout`: it keeps the roster's columns and reads the
241 pages in about 0.4 s; pdfplumber's layout text took 94 s for the same pages on the
project's machine, over the 60 s budget (the import's own time: `desktopguide bench places`).
Section 1 gives one block per office:

    Catholic Social Services Archdiocese of Mobile        04/06/00     03/01/25*      Active
                                                                       (Pending Renewal)
    Dothan Extension Office
    557 West Main Street
    Dothan, AL 36302
    (334) 793-3601

Section 2 lists the accredited representatives of each organization; only how many an
organization has, and whether any is fully accredited (not "DHS only"), are kept: no names.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktopguide.core.data.cleaning import (
    ListFormatError,
    Progress,
    clean_phone,
    clean_text,
    no_progress,
    parse_date,
    slug,
)
from desktopguide.core.data.importer import ImportContext, ImportedList
from desktopguide.core.places.geo import STATE_CODES, STATE_NAMES

KIND = "eoir-roster"
TITLE = "Recognized Organizations and Accredited Representatives Roster"
URL = "https://www.justice.gov/eoir/recognition-and-accreditation-roster-reports"
WHAT = "EOIR's roster of recognized organizations and accredited representatives"
UPDATED = re.compile(r"Report Last Updated on:\s*(\d\d/\d\d/\d\d(?:\d\d)?)")
DATE = r"\d\d/\d\d/\d\d"
ORGANIZATION_LINE = re.compile(
    rf"^(?P<name>\S.*?)\s{{2,}}(?P<recognized>{DATE})\s+(?P<expires>{DATE})(?P<star>\*?)\s+(?P<status>[A-Za-z]+)\s*$"
)
REPRESENTATIVES_HEADING = re.compile(r"(?m)^Recognized\s+Accredited Representative\b")
# A phone line, even one the PDF garbled ("(831) -76-3-34"): it ends an office's block.
PHONEISH_LINE = re.compile(r"^[\d\s().+/-]{7,}$")
ROSTER_CITY_LINE = re.compile(r"^(?P<city>.+?),?\s+(?P<state>[A-Z]{2})\.?,?\s+(?P<zip>\d{4,9})(?:-\d{4})?$")
PHONE_LINE = re.compile(r"^\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}\b")
ADDRESS_PREFIX = re.compile(r"(?i)^(?:mailing|physical|street)\s+address:\s*")
STATE_HEADINGS = {name.upper(): code for code, name in STATE_NAMES.items()}
CENTERED = 20  # city and state headings are centred; the blocks start at the margin
PDFTOTEXT_SECONDS = 120


def pdf_text(path: Path) -> str:
    """The PDF's text with its layout (pages separated by form feeds)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        raise ListFormatError("reading the roster needs poppler's pdftotext: install poppler-utils and try again.")
    try:
        done = subprocess.run(
            [tool, "-layout", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            timeout=PDFTOTEXT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ListFormatError(f"{path.name} could not be read as a PDF ({type(error).__name__}).") from None
    text = done.stdout.decode("utf-8", "replace")
    if done.returncode != 0 or not text.strip():
        raise ListFormatError(f"{path.name} is not a PDF that can be read (it may be damaged or cut short).")
    return text


@dataclass
class Office:
    organization: str
    label: str
    state: str | None
    recognized: str | None
    expires: str | None
    pending_renewal: bool
    status: str
    lines: list[str] = field(default_factory=list)


def organization_key(name: str) -> str:
    """One key for a name however it wrapped: "Program-Harrisonburg" and "Program- Harrisonburg" meet."""
    return re.sub(r"\s*-\s*", "-", " ".join(name.replace("\u2013", "-").split())).casefold()


def read(path: Path, context: ImportContext, progress: Progress = no_progress) -> ImportedList:
    text = pdf_text(path)
    progress(0.3)
    pages = text.split("\f")
    if TITLE.casefold() not in " ".join(pages[0].split()).casefold():
        raise ListFormatError(f"{path.name} is not {WHAT}: its first page does not have the roster's title.")
    updated = UPDATED.search(pages[0])
    list_date = parse_date(updated.group(1)) if updated else None
    if list_date is None:
        raise ListFormatError(f"{path.name} is not {WHAT}: its first page does not say when it was last updated.")
    heading = REPRESENTATIVES_HEADING.search(text)
    if heading is None:
        raise ListFormatError(
            f"{path.name} has no section of accredited representatives: the file may be cut short; nothing was written."
        )
    offices, skipped = _offices(text[: heading.start()].split("\f"))
    progress(0.7)
    known_names = {organization_key(office.organization) for office in offices}
    representatives, unmatched_lines = _representatives(text[heading.start() :].split("\f"), known_names)
    progress(0.9)
    records, dropped, merged = _records(offices, representatives, context)
    known = {organization_key(o.organization) for o in offices}
    unmatched = sorted(name for name in representatives if name not in known)
    header = context.header(
        KIND,
        "Recognized Organizations and Accredited Representatives Roster by State and City",
        "U.S. Department of Justice, Executive Office for Immigration Review",
        URL,
        list_date,
        path,
        dropped + skipped,
        'the roster\'s "Report Last Updated on" date',
    )
    counted = sum(r["count"] for r in representatives.values())
    notes = [f"{len(records)} offices of {len(known)} organizations; {counted} representatives counted"]
    if merged:
        notes.append(f"{merged} second blocks of the same office (a mailing address or P.O. box) merged into the first")
    if unmatched:
        notes.append(
            f"{len(unmatched)} organizations of the representatives' section have no office in section 1: "
            + "; ".join(unmatched[:5])
        )
    if unmatched_lines:
        notes.append(f"{unmatched_lines} lines of the representatives' section could not be read")
    progress(1.0)
    return ImportedList(header, records, notes)


def _offices(pages: list[str]) -> tuple[list[Office], int]:
    """Every office block of section 1, in order; and how many lines could not be placed."""
    lines: list[str] = []
    started = False
    for page in pages:
        for line in page.splitlines():
            if not started:
                started = "Asterisk" in line and "pending renewal" in line
                continue
            lines.append(line.rstrip())
    offices: list[Office] = []
    state: str | None = None
    current: Office | None = None  # the organization line most recently read
    block: Office | None = None
    name_so_far = ""  # an organization's name written again (over one or two lines) before another address
    skipped = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        previous = lines[index - 1].strip() if index else ""
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if not stripped or stripped in ("(Pending Renewal)",) or _is_column_heading(stripped):
            continue
        if stripped.upper() == stripped and stripped in STATE_HEADINGS and len(line) - len(line.lstrip()) >= CENTERED:
            state, current, block = STATE_HEADINGS[stripped], None, None
            continue
        if len(line) - len(line.lstrip()) >= CENTERED:
            continue  # a city heading
        match = ORGANIZATION_LINE.match(line)
        if match:
            current = Office(
                clean_text(match.group("name")) or "",
                "",
                state,
                parse_date(match.group("recognized")),
                parse_date(match.group("expires")),
                bool(match.group("star")),
                match.group("status"),
            )
            block, name_so_far = None, ""
            continue
        if current is None:
            skipped += 1
            continue
        if (
            block is None
            and not name_so_far
            and (ORGANIZATION_LINE.match(lines[index - 1]) or previous == "(Pending Renewal)")
            and not following
        ):
            current.organization = f"{current.organization} {stripped}"  # the name wraps onto a second line
            continue
        complete = block is not None and any(_is_city_line(x) for x in block.lines)
        wanted = organization_key(current.organization)
        candidate = organization_key(f"{name_so_far} {stripped}".strip())
        if (block is None or complete or name_so_far) and wanted.startswith(candidate):
            name_so_far = "" if candidate == wanted else f"{name_so_far} {stripped}".strip()
            block = None
            continue
        name_so_far = ""
        ends_block = PHONEISH_LINE.match(stripped) or _is_city_line(stripped)
        if block is None or (complete and not ends_block) or (complete and block_has_phone(block)):
            block = Office(
                current.organization,
                stripped,
                state,
                current.recognized,
                current.expires,
                current.pending_renewal,
                current.status,
            )
            offices.append(block)
            continue
        block.lines.append(stripped)
    return offices, skipped


def block_has_phone(block: Office) -> bool:
    return any(PHONEISH_LINE.match(line) for line in block.lines)


def _is_city_line(line: str) -> bool:
    match = ROSTER_CITY_LINE.match(line)
    return bool(match) and match.group("state") in STATE_CODES  # type: ignore[union-attr]


def roster_zip(digits: str, state: str, context: ImportContext) -> str | None:
    """The roster's ZIP: "1702" (MA) and "191075812" are 01702 and 19107. A ZIP that had to be
    repaired is kept only when HUD's crosswalk knows it in that state."""
    if len(digits) == 5:
        return digits
    repaired = {4: "0" + digits, 9: digits[:5], 8: "0" + digits[:4]}.get(len(digits))
    if repaired is None:
        return None
    known = context.zip_counties.counties(repaired)
    if not known or context.counties.names.get(known[0][0], ("", ""))[1] != state:
        return None
    return repaired


def _is_column_heading(stripped: str) -> bool:
    return stripped.startswith(("Recognized  ", "Organization  ")) or stripped in ("Recognized", "Organization")


def _records(
    offices: list[Office],
    representatives: dict[str, dict[str, Any]],
    context: ImportContext,
) -> tuple[list[dict[str, Any]], int, int]:
    records: dict[str, dict[str, Any]] = {}
    dropped = merged = 0
    for office in offices:
        street_lines: list[str] = []
        city = state = zip_code = None
        phone = None
        city_lines = [i for i, line in enumerate(office.lines) if _is_city_line(line)]
        last_city = city_lines[-1] if city_lines else None
        for position, line in enumerate(office.lines):
            if last_city is None or position < last_city:
                street_lines.append(line)
            elif position == last_city:
                found = ROSTER_CITY_LINE.match(line)
                assert found is not None
                city, state = found.group("city").strip(" ,"), found.group("state")
                zip_code = roster_zip(found.group("zip"), state, context)
            elif phone is None and PHONE_LINE.match(line):
                phone = clean_phone(PHONE_LINE.match(line).group(0))  # type: ignore[union-attr]
        physical = [line for line in street_lines if not re.match(r"(?i)^mailing address:", line)]
        street_lines = [ADDRESS_PREFIX.sub("", line) for line in (physical or street_lines)]
        if zip_code is None or not office.organization:
            dropped += 1
            continue
        mailing = bool(office.lines and re.match(r"(?i)^mailing address:|^p\.?\s?o\.? box", office.lines[0]))
        principal = "principal" in office.label.casefold()
        kind = "principal" if principal else slug(office.label, 40)
        key = f"{(state or '').lower()}-{zip_code}-{slug(office.organization, 50)}-{kind}"
        reps = representatives.get(organization_key(office.organization), {"count": 0, "full": False})
        record = {
            "id": key,
            "organization": office.organization,
            "office_type": "principal" if principal else "extension",
            "office_name": office.label,
            "street": ", ".join(street_lines) or None,
            "city": city,
            "state": state,
            "zip": zip_code,
            "county_fips": context.county_of_zip(zip_code),
            "phone": phone,
            "recognized": office.recognized,
            "expires": office.expires,
            "pending_renewal": office.pending_renewal,
            "status": office.status,
            "representatives": reps["count"],
            "fully_accredited": reps["full"],
            "mailing_address_only": mailing,
        }
        earlier = records.get(key)
        if earlier is None:
            records[key] = record
            continue
        merged += 1
        if (earlier["mailing_address_only"] and not mailing) or (not earlier["phone"] and phone and not mailing):
            record["phone"] = record["phone"] or earlier["phone"]
            records[key] = record
        elif not earlier["phone"]:
            earlier["phone"] = phone
    return list(records.values()), dropped, merged


def _representatives(pages: list[str], known_names: set[str] = frozenset()) -> tuple[dict[str, dict[str, Any]], int]:  # type: ignore[assignment]
    """organization key -> {"count": representatives, "full": whether any is fully accredited}."""
    prefixes = {name[:end] for name in known_names for end in range(1, len(name) + 1)}
    found: dict[str, dict[str, Any]] = defaultdict(lambda: {"count": 0, "full": False})
    organization = ""
    rep_text: list[str] = []
    unread = 0

    def close_rep() -> None:
        if rep_text and organization:
            entry = found[organization_key(organization)]
            entry["count"] += 1
            if "(dhs" not in " ".join(rep_text).casefold():
                entry["full"] = True
        rep_text.clear()

    for page in pages:
        column = None
        for line in page.splitlines():
            if line.startswith("Recognized") and "Accredited Representative" in line:
                column = line.index("Accredited Representative")
                continue
            if column is None or not line.strip() or line.strip().startswith("Organization "):
                continue
            left, right = _split_columns(line, column, prefixes)
            has_date = re.search(DATE, right) is not None
            if has_date:
                close_rep()
                if left:
                    organization = left
                rep_text.append(right)
            elif right or left:
                if left and organization:
                    organization = f"{organization} {left}"  # an organization's name wrapped onto two lines
                if right:
                    rep_text.append(right)
            else:
                unread += 1
        # a representative's name never runs over a page
    close_rep()
    return {key: dict(value) for key, value in found.items()}, unread


def _split_columns(line: str, column: int, prefixes: set[str] | frozenset[str] = frozenset()) -> tuple[str, str]:
    """The organization column (left) and the representative columns (right) of a line; the
    boundary is the gap of spaces nearest the heading's position, or, where a long name runs
    into the next column with one space between, the space after the organization's name."""
    if not line[: max(0, column - 2)].strip():
        return "", line.strip()
    if len(line.rstrip()) <= column:
        return line.strip(), ""
    head, tail = line[:column], line[column:]
    if head.endswith("  ") or (head.endswith(" ") and not tail.startswith(" ") and line[column - 2] == " "):
        return head.strip(), tail.strip()
    spaces = [i for i in range(max(1, column - 8), min(len(line), column + 3)) if line[i] == " " and line[i - 1] != " "]
    for position in reversed(spaces):
        if organization_key(line[:position]) in prefixes and line[position + 1 : position + 2] != " ":
            return line[:position].strip(), line[position:].strip()
    if head.endswith(" ") or not tail or tail.startswith(" "):
        return head.strip(), tail.strip()
    # A long organization name or an early name: split at the widest gap of 2+ spaces near the column.
    gaps = [(abs(m.start() - column), m.start(), m.end()) for m in re.finditer(r"\s{2,}", line)]
    if not gaps:
        return head.strip(), tail.strip()
    _distance, start, end = min(gaps)
    return line[:start].strip(), line[end:].strip()
