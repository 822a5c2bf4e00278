"""The staff PIN: form, scrypt hash with a salt, constant-time check, back-off."""

from __future__ import annotations

import pytest

from desktopguide.core.kiosk.pin import PinError, PinGuard, check_pin_form, check_pin_record, hash_pin, verify_pin


@pytest.mark.parametrize("pin", ["", "123", "12a456", "１２３４５６", "١٢٣٤٥٦", "1234567890123", " 123456"])
def test_pins_that_are_not_4_to_12_ascii_digits_are_refused(pin: str) -> None:
    with pytest.raises(PinError):
        check_pin_form(pin)


def test_the_hash_is_salted_scrypt_and_never_the_pin() -> None:
    first, second = hash_pin("482913"), hash_pin("482913")
    assert first["kdf"] == "scrypt" and first["n"] >= 2**14
    assert first["salt"] != second["salt"] and first["hash"] != second["hash"]
    assert "482913" not in repr(first)
    assert verify_pin("482913", first) and verify_pin("482913", second)
    assert not verify_pin("482914", first) and not verify_pin("", first) and not verify_pin("٤٨٢٩١٣", first)


@pytest.mark.parametrize(
    "damage",
    [{"kdf": "md5"}, {"n": 2**30}, {"n": 1000}, {"salt": "not base64!"}, {"hash": ""}, {"r": 0}],
)
def test_a_damaged_or_greedy_record_is_refused(damage: dict) -> None:
    with pytest.raises(PinError):
        check_pin_record({**hash_pin("482913"), **damage})


def test_guessing_is_slowed_down_after_three_wrong_pins_and_a_right_one_clears_it() -> None:
    now = [0.0]
    guard = PinGuard(clock=lambda: now[0])
    record = hash_pin("482913")
    assert [guard.attempt("000000", record).wait_seconds for _ in range(2)] == [0, 0]
    assert guard.attempt("000000", record).wait_seconds == 5
    refused = guard.attempt("482913", record)  # not even checked while waiting
    assert not refused.unlocked and refused.wait_seconds == 5
    now[0] += 5
    assert guard.attempt("000000", record).wait_seconds == 10  # the wait doubles
    now[0] += 10
    assert guard.attempt("482913", record).unlocked
    assert guard.failures == 0 and guard.seconds_to_wait() == 0


def test_the_wait_stops_growing_at_a_minute() -> None:
    now = [0.0]
    guard = PinGuard(clock=lambda: now[0])
    record = hash_pin("4829")
    waits = []
    for _try in range(10):
        waits.append(guard.attempt("0000", record).wait_seconds)
        now[0] += 100
    assert max(waits) == 60
