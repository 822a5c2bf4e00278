"""Quality gates on translated guides, each problem by FILE:LINE (filled in below)."""

from __future__ import annotations

from collections.abc import Collection

from desktopguide.core.model import Library
from desktopguide.core.problems import Problem


def translation_problems(library: Library, only: Collection[tuple[str, str]] | None = None) -> list[Problem]:
    """Problems of every translated guide file (or of the (guide id, language) pairs in `only`)."""
    return []
