"""Field-by-field reading of the agencies' cells: text, dates, phones, ZIPs, states, links.

Every reader returns None for a value it cannot read; nothing here guesses.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import urllib.parse
from collections.abc import Callable

from desktopguide.core.directory.phones import check_phone
from desktopguide.core.places.geo import STATE_CODES, state_code


class ListFormatError(ValueError):
    """A file that is not the list it was given as (or is broken); the message is one sentence."""


# An import reports its progress as a fraction from 0 to 1.
Progress = Callable[[float], None]


def no_progress(_fraction: float) -> None:
    return None


def clean_text(value: object) -> str | None:
    """The cell's text with stray spaces (and non-breaking spaces) folded; None when empty."""
    if value is None:
        return None
    text = " ".join(str(value).replace("\u00a0", " ").split())
    return text or None


def slug(text: str, limit: int = 60) -> str:
    """A stable, readable id part: lower-case ASCII words joined by '-'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold()
    words = re.findall(r"[a-z0-9]+", plain)
    return "-".join(words)[:limit].strip("-") or "x"


DATE_FORMATS = ("%m/%d/%y", "%m/%d/%Y", "%Y-%m-%d", "%B %d, %Y", "%b %d, %Y")


def parse_date(value: object) -> str | None:
    """An ISO date from a datetime cell or one date written as 04/21/25, 2025-04-21 ...; else None."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = clean_text(value)
    if not text:
        return None
    text = text.rstrip("*").strip()
    for form in DATE_FORMATS:
        try:
            day = dt.datetime.strptime(text, form).date()
        except ValueError:
            continue
        if 1900 <= day.year <= 2100:
            return day.isoformat()
    return None


def clean_phone(value: object) -> str | None:
    """A U.S. phone as "(703) 555-0100", or None when it is not one valid number."""
    text = clean_text(value)
    if not text:
        return None
    # "(703) 555-0100 ext. 12" keeps the number; two numbers in one cell are not one number.
    text = re.split(r"(?i)\b(?:ext|extension|x)\b\.?", text)[0].strip(" ,;")
    if len(re.findall(r"\d", text)) not in (10, 11):
        return None
    checked = check_phone(text)
    if checked is None or not checked.e164.startswith("+1"):
        return None
    # Puerto Rico, Guam ... are +1 too: the same "(787) 555-0100" form for every North American number.
    digits = checked.e164[2:]
    return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"


ZIP_RE = re.compile(r"^(\d{5})(?:-?\d{4})?$")


def clean_zip(value: object) -> str | None:
    if isinstance(value, int):
        value = f"{value:05d}"
    text = clean_text(value)
    if not text:
        return None
    match = ZIP_RE.match(text)
    return match.group(1) if match else None


def clean_state(value: object) -> str | None:
    """A 2-letter USPS code from "VA", "Virginia", "VIRGINIA "; None otherwise."""
    text = clean_text(value)
    if not text:
        return None
    code = state_code(text)
    return code if code in STATE_CODES else None


CITY_STATE_ZIP = re.compile(r"^(?P<city>.+?),?\s+(?P<state>[A-Z]{2})\.?,?\s+(?P<zip>\d{5})(?:-\d{4})?$")


def split_city_state_zip(value: object) -> tuple[str | None, str | None, str | None]:
    """("Birmingham", "AL", "35209") from "Birmingham, AL 35209"; Nones when it does not read."""
    text = clean_text(value)
    if not text:
        return None, None, None
    match = CITY_STATE_ZIP.match(text)
    if not match or match.group("state") not in STATE_CODES:
        return None, None, None
    return match.group("city").strip(" ,"), match.group("state"), match.group("zip")


def unwrap_url(value: object) -> str | None:
    """The real address behind a mail-safety redirect (Outlook safelinks, urldefense, ...)."""
    text = clean_text(value)
    if not text or not re.match(r"(?i)^https?://", text):
        return None
    for _round in range(3):
        parsed = urllib.parse.urlsplit(text)
        host = parsed.netloc.casefold()
        query = urllib.parse.parse_qs(parsed.query)
        if "safelinks.protection.outlook.com" in host and query.get("url"):
            text = query["url"][0]
        elif "urldefense" in host and "/v3/__" in parsed.path + (("?" + parsed.query) if parsed.query else ""):
            whole = text.split("/v3/__", 1)[1]
            text = whole.split("__;", 1)[0]
        elif "urldefense" in host and query.get("u"):
            text = query["u"][0].replace("-", "%").replace("_", "/")
            text = urllib.parse.unquote(text)
        else:
            break
    return text.strip() or None
