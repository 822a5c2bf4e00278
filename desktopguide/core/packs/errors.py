"""The one exception of the packs package."""

from __future__ import annotations


class PackError(Exception):
    """A pack refused, or a pack action that cannot be done: one sentence for a person.

    Whatever raised it changed nothing: the content in use stays as it was.
    """
