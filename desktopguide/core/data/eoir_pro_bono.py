"""EOIR's List of Pro Bono Legal Service Providers, court by court, as a third party parsed it (JSON).

The parse is rough: names that are not names ("Toll Free: (800) ...", "Mailing address:",
"Brooklyn Office:"), addresses carrying phones, office hours or a second office, language
cells cut mid-sentence. Each field is cleaned by the rules below; a row whose organization
cannot be named is dropped and counted in the header's `dropped`.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

from desktopguide.core.data.cleaning import (
    ListFormatError,
    Progress,
    clean_phone,
    clean_state,
    clean_text,
    no_progress,
    slug,
    split_city_state_zip,
)
from desktopguide.core.data.eoir_recognized import checked_zip
from desktopguide.core.data.importer import ImportContext, ImportedList, unique_ids
from desktopguide.core.data.json_lists import date_in_name, read_objects

KIND = "eoir-pro-bono"
WHAT = "EOIR's list of pro bono legal service providers (JSON)"
REQUIRED = ("organizationName", "immigrationCourt", "cityStateZip")
URL = "https://www.justice.gov/eoir/list-pro-bono-legal-service-providers"

NOT_A_NAME = re.compile(
    r"(?i)^(?:toll[- ]free|information hotline|mailing address|physical address|for help|to refer|inc\.|project, inc|"
    r"and |or |granted |immigration (?:services|clinic)$)"
)
PHONE_IN_TEXT = re.compile(r"(?:\b1[\s.-]*)?\(?\b\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}\b")
UNIT = re.compile(r"(?i)^(?:suite|ste\.?|unit|room|rm\.?|floor|fl\.?|#|\d+(?:st|nd|rd|th) floor|building|bldg)")
STREET_START = re.compile(r"^\d+[A-Za-z-]*\s+[A-Za-z0-9]")
HOURS = re.compile(r"(?i)\d\s*(?:AM|PM)\b")
PO_BOX = re.compile(r"(?i)^p\.?\s?o\.?\s+box\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
WEBSITE = re.compile(r"(?i)^(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?$")
NOT_DETAINED = re.compile(
    r"(?i)non-?detained(?:\s+\w+){0,2}\s+only|\b(?:not|no)\s+(?:represent\s+)?detained|does not serve detained"
)
LANGUAGE_ALIASES = {
    "creole": "Haitian Creole",
    "farsi": "Persian",
    "asl": "American Sign Language",
    "mandarin": "Mandarin Chinese",
}


@functools.cache
def language_names() -> dict[str, str]:
    """English language names (casefolded -> as written), from Babel's CLDR data."""
    from babel import Locale

    names = {name.casefold(): name for name in Locale("en").languages.values()}
    names.update({"mandarin chinese": "Mandarin Chinese", "mandarin": "Mandarin Chinese", "cantonese": "Cantonese"})
    return names


def clean_name(value: object, known: frozenset[str] = frozenset()) -> str | None:
    """The organization's name, or None when the cell holds something else. A heading such as
    "American Gateways – Waco Extension Office:" is kept (without its colon) when it begins with
    the name of an organization the list names elsewhere."""
    text = clean_text(value)
    if not text:
        return None
    text = re.sub(r"\*?\s*\(cont\.\)$", "", text).rstrip("*").strip()
    if text.endswith(":") and any(text.startswith(name + " ") for name in known):
        text = text.rstrip(":").strip()
    if (
        NOT_A_NAME.match(text)
        or text[:1].islower()
        or "@" in text
        or PHONE_IN_TEXT.search(text)
        or text.endswith(":")
        or len(text) < 4
    ):
        return None
    return text.rstrip(",").strip()


def clean_street(value: object) -> tuple[str | None, str | None]:
    """(street address, a phone found in it): the first address, with its suite or floor; no
    hours, no second office, no phone."""
    text = clean_text(value)
    if not text:
        return None, None
    phone_match = PHONE_IN_TEXT.search(text)
    phone = clean_phone(phone_match.group(0)) if phone_match else None
    kept: list[str] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        if not kept:
            if (STREET_START.match(part) and not HOURS.search(part)) or PO_BOX.match(part):
                kept.append(part)
            continue
        if UNIT.match(part) or PO_BOX.match(part) or re.fullmatch(r"(?:N|S|E|W|NE|NW|SE|SW)\.?", part):
            kept.append(part)
            continue
        break  # a second address, office hours, a phone, "Mailing Address:" ...
    return (", ".join(kept) or None), phone


def clean_languages(value: object) -> list[str]:
    """The languages a cell names ("English, Spanish, and Mandarin"); words that are not a language are left out."""
    text = clean_text(value)
    if not text:
        return []
    names = language_names()
    found: list[str] = []
    for part in re.split(r"[,;/()]|\band\b|\bwith\b|\s-\s", text):
        words = " ".join(part.replace(".", " ").split()).casefold()
        name = names.get(words) or LANGUAGE_ALIASES.get(words)
        if name is None:
            continue
        if name not in found:
            found.append(name)
    return found


def clean_case_types(value: object) -> str | None:
    """The parse cut sentences at line ends with "; ": join the pieces that continue a sentence."""
    text = clean_text(value)
    if not text:
        return None
    return re.sub(r";\s+(?=[a-z(])", " ", text)


def clean_email(value: object) -> str | None:
    match = EMAIL.search(clean_text(value) or "")
    return match.group(0) if match else None


def clean_website(value: object) -> str | None:
    text = clean_text(value)
    if not text or " " in text or not WEBSITE.match(text):
        return None
    return text if text.lower().startswith("http") else "https://" + text


def read(path: Path, context: ImportContext, progress: Progress = no_progress) -> ImportedList:
    rows = read_objects(path, REQUIRED, WHAT)
    records: list[dict[str, Any]] = []
    dropped = 0
    dropped_names: list[str] = []
    known = frozenset(filter(None, (clean_name(row.get("organizationName")) for row in rows)))
    for row in rows:
        name = clean_name(row.get("organizationName"), known)
        court = clean_text(row.get("immigrationCourt"))
        if not name or not court:
            dropped += 1
            dropped_names.append(str(row.get("organizationName")))
            continue
        street, phone_in_street = clean_street(row.get("streetAddress"))
        city, state, zip_code = split_city_state_zip(row.get("cityStateZip"))
        zip_code = checked_zip(zip_code, state, context)
        phone = clean_phone(row.get("phone")) or phone_in_street
        case_types = clean_case_types(row.get("caseTypeLimits"))
        about = " ".join(filter(None, (case_types, clean_text(row.get("intakePolicy")), name)))
        detained = "detain" in about.casefold() and not NOT_DETAINED.search(about)
        referral = row.get("isReferralService")
        records.append(
            {
                "id": f"{slug(court, 40)}-{slug(name, 50)}",
                "organization": name,
                "court": court,
                "court_state": clean_state(row.get("state")),
                "street": street,
                "city": city,
                "state": state,
                "zip": zip_code,
                "county_fips": context.county_of_zip(zip_code),
                "phone": phone,
                "email": clean_email(row.get("email")),
                "website": clean_website(row.get("website")),
                "languages": clean_languages(row.get("languages")),
                "case_types": case_types,
                "detained": detained,
                "referral_service": referral if isinstance(referral, bool) else False,
            }
        )
    progress(1.0)
    if not records:
        raise ListFormatError(f"{path.name} is not {WHAT}: no row names an organization.")
    date, exact = date_in_name(path, "pro-bono-providers-2026-07.json")
    unique_ids(records)
    header = context.header(
        KIND,
        "List of Pro Bono Legal Service Providers",
        "U.S. Department of Justice, Executive Office for Immigration Review",
        URL,
        date,
        path,
        dropped,
        "from the file name" if exact else "the list says only the month it was updated: the first of that month",
    )
    notes = (
        [f"{dropped} rows dropped (not an organization's name): " + "; ".join(sorted(set(dropped_names))[:8])]
        if dropped
        else []
    )
    return ImportedList(header, records, notes)
