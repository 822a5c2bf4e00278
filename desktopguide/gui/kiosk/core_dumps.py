"""No core file from a kiosk process."""

from __future__ import annotations


def disable_core_dumps() -> bool:
    """A kiosk never leaves a core file: one would hold what visitors typed and read. False where
    the platform has no such limit (Windows)."""
    try:
        import resource
    except ImportError:
        return False
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    return True
