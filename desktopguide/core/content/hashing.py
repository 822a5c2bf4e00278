"""Content hashes: which English text a translation was made from, and the whole library's."""

from __future__ import annotations

import hashlib
import json
from typing import Any

HASH_LENGTH = 12


def text_hash(value: Any) -> str:
    """A short, stable hash of any JSON-able value."""
    canonical = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:HASH_LENGTH]
