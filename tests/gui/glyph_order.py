"""Where a character lands on screen, measured from the pixels.

Change one digit of a number for another digit (same bidirectional class, same width in
the fonts used), render again, and see which pixel columns changed: that is where the
digit was drawn. Glyph positions that Qt reports can disagree with what it paints in
mixed-direction text, so these tests look at the painted pixels themselves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QImage


def _other_digit(digit: str) -> str:
    return "8" if digit != "8" else "9"


def changed_columns(before: QImage, after: QImage) -> list[int]:
    assert before.size() == after.size()
    return sorted(
        {x for y in range(before.height()) for x in range(before.width()) if before.pixel(x, y) != after.pixel(x, y)}
    )


def digit_x(render: Callable[[str], QImage], text: str, index: int) -> float:
    """The mean x of the pixels of the digit at `text[index]`, as `render(text)` paints it."""
    assert text[index].isdigit(), text[index]
    changed = text[:index] + _other_digit(text[index]) + text[index + 1 :]
    columns = changed_columns(render(text), render(changed))
    assert columns, f"changing {text[index]!r} at {index} changed no pixel"
    return sum(columns) / len(columns)


def reads_left_to_right(render: Callable[[str], QImage], text: str, number: str) -> bool:
    """Whether the first and last digits of `number` (inside `text`) are painted in reading
    order, left to right, as a phone number must be whatever the language around it."""
    start = text.index(number)
    digits = [start + i for i, ch in enumerate(number) if ch.isdigit()]
    return digit_x(render, text, digits[0]) < digit_x(render, text, digits[-1])


def char_x(render: Callable[[str], QImage], text: str, index: int, replacement: str) -> float:
    """The mean x of the pixels of `text[index]`, found by painting `replacement` (a
    character of the same bidirectional class) in its place."""
    changed = text[:index] + replacement + text[index + 1 :]
    columns = changed_columns(render(text), render(changed))
    assert columns, f"changing {text[index]!r} at {index} changed no pixel"
    return sum(columns) / len(columns)
