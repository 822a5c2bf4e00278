"""The kiosk's staff PIN: checked for form, hashed with scrypt, verified in constant time,
and guarded by a back-off so that guessing at the screen is slow.

    record = hash_pin("482913")          # a dict to store beside the other kiosk settings
    verify_pin("482913", record)         # True
"""

from __future__ import annotations

import base64
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

MIN_PIN_DIGITS = 4
MAX_PIN_DIGITS = 12
RECOMMENDED_PIN_DIGITS = 6

# scrypt with n=2**14, r=8 (16 MiB, about 50 ms): slow enough that a stolen settings file
# does not give the PIN away at once, fast enough for a tap on a kiosk.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
HASH_BYTES = 32
SALT_BYTES = 16
# Parameters read from a file are bounded, so a damaged file cannot ask for gigabytes.
MAX_SCRYPT_N = 2**17
MAX_SCRYPT_R = 32
MAX_SCRYPT_P = 4

# Back-off: a few free tries, then a wait that doubles up to a minute.
FREE_TRIES = 3
FIRST_WAIT_SECONDS = 5.0
LONGEST_WAIT_SECONDS = 60.0


class PinError(ValueError):
    """A PIN of the wrong form, or a stored hash that cannot be read; the message is one sentence."""


def check_pin_form(pin: str) -> str:
    """The PIN if it is 4 to 12 digits 0-9; raises PinError otherwise."""
    if not pin or not all("0" <= ch <= "9" for ch in pin):
        raise PinError(f"the PIN must be digits 0-9 only, {RECOMMENDED_PIN_DIGITS} digits recommended.")
    if not MIN_PIN_DIGITS <= len(pin) <= MAX_PIN_DIGITS:
        raise PinError(
            f"the PIN must have {MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} digits ({RECOMMENDED_PIN_DIGITS} recommended), "
            f"not {len(pin)}."
        )
    return pin


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    import hashlib  # here: the app reads its kiosk settings at every start, and OpenSSL takes a while to load

    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=129 * n * r * p + 2**20
    )


def hash_pin(pin: str) -> dict[str, object]:
    """A record of the PIN's scrypt hash with its random salt and parameters (JSON-ready)."""
    check_pin_form(pin)
    salt = os.urandom(SALT_BYTES)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, HASH_BYTES)
    return {
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": base64.b64encode(salt).decode("ascii"),
        "hash": base64.b64encode(digest).decode("ascii"),
    }


def check_pin_record(record: object) -> dict[str, Any]:
    """The record if it names scrypt with sane parameters (so `int` takes its n, r and p);
    raises PinError otherwise."""
    if not isinstance(record, dict) or record.get("kdf") != "scrypt":
        raise PinError("the stored PIN is not an scrypt hash.")
    try:
        n, r, p = int(record["n"]), int(record["r"]), int(record["p"])
        salt = base64.b64decode(str(record["salt"]), validate=True)
        digest = base64.b64decode(str(record["hash"]), validate=True)
    except (KeyError, TypeError, ValueError) as error:
        raise PinError("the stored PIN hash is damaged.") from error
    if not (1 < n <= MAX_SCRYPT_N and n & (n - 1) == 0 and 1 <= r <= MAX_SCRYPT_R and 1 <= p <= MAX_SCRYPT_P):
        raise PinError("the stored PIN hash has parameters out of range.")
    if len(salt) < 8 or len(digest) < 16:
        raise PinError("the stored PIN hash is damaged.")
    return record


def verify_pin(pin: str, record: dict[str, object]) -> bool:
    """Whether `pin` matches the stored record; the comparison takes the same time either way."""
    checked = check_pin_record(record)
    salt = base64.b64decode(str(checked["salt"]))
    expected = base64.b64decode(str(checked["hash"]))
    # A PIN of the wrong form is still hashed, so a wrong answer does not come back sooner.
    candidate = pin if pin.isascii() else ""
    digest = _scrypt(candidate, salt, int(checked["n"]), int(checked["r"]), int(checked["p"]), len(expected))
    import hmac  # with hashlib, see _scrypt

    return hmac.compare_digest(digest, expected)


@dataclass
class PinAnswer:
    unlocked: bool
    wait_seconds: float = 0.0  # > 0: too many wrong tries; nothing was checked


class PinGuard:
    """Checks PINs against one record, refusing to check at all while a back-off runs."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.failures = 0
        self._blocked_until = 0.0

    def seconds_to_wait(self) -> float:
        return max(0.0, self._blocked_until - self._clock())

    def attempt(self, pin: str, record: dict[str, object]) -> PinAnswer:
        wait = self.seconds_to_wait()
        if wait > 0:
            return PinAnswer(False, wait)
        if verify_pin(pin, record):
            self.failures = 0
            self._blocked_until = 0.0
            return PinAnswer(True)
        self.failures += 1
        if self.failures >= FREE_TRIES:
            wait = min(LONGEST_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (self.failures - FREE_TRIES))
            self._blocked_until = self._clock() + wait
            return PinAnswer(False, wait)
        return PinAnswer(False)
