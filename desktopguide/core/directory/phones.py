"""Phone numbers parsed, checked and formatted with `phonenumbers`."""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers

DEFAULT_REGION = "US"


@dataclass(frozen=True)
class CheckedPhone:
    e164: str
    display: str


def check_phone(number: str, region: str = DEFAULT_REGION) -> CheckedPhone | None:
    """The number in E.164 and national display form, or None if it is not a real number."""
    try:
        parsed = phonenumbers.parse(number, None if number.strip().startswith("+") else region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    national = phonenumbers.region_code_for_number(parsed) == region
    style = phonenumbers.PhoneNumberFormat.NATIONAL if national else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return CheckedPhone(
        phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164),
        phonenumbers.format_number(parsed, style),
    )
