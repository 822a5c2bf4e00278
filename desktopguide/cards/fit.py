"""Always one page: the largest body type size, in half-point steps (quarter points on wallet
cards, where a step changes more), at which a card fits."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
STEP_PT = 0.5


def sizes(min_pt: float, max_pt: float, step: float = STEP_PT) -> list[float]:
    """The candidate body sizes, smallest first."""
    count = int(round((max_pt - min_pt) / step))
    return [min_pt + i * step for i in range(count + 1)]


def fit_size(
    build: Callable[[float], T], fits: Callable[[T], bool], min_pt: float, max_pt: float, step: float = STEP_PT
) -> T | None:
    """The layout `build` makes at the largest size that `fits`, or None if not even `min_pt` fits.

    Height grows with the type size, so a binary search over the steps finds it in a few layouts.
    """
    candidates = sizes(min_pt, max_pt, step)
    largest = build(candidates[-1])
    if fits(largest):  # most cards fit at full size: one layout
        return largest
    best: T | None = None
    low, high = 0, len(candidates) - 2
    while low <= high:
        middle = (low + high) // 2
        layout = build(candidates[middle])
        if fits(layout):
            best = layout
            low = middle + 1
        else:
            high = middle - 1
    return best
