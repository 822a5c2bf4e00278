"""Where the bundled content and catalogs are: inside the installed package, or the checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_CHECKOUT_ROOT = Path(__file__).resolve().parents[2]


def _bundled(name: str) -> Path:
    installed = resources.files("desktopguide") / name
    if installed.is_dir():
        return Path(str(installed))
    # An editable install or a plain checkout: the folders sit at the top of the repo.
    return _CHECKOUT_ROOT / name


def content_dir() -> Path:
    """The bundled `resources/` folder."""
    return _bundled("resources")


def translations_dir() -> Path:
    """The bundled `translations/` folder (gettext catalogs)."""
    return _bundled("translations")
