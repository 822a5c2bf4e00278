"""Where the bundled content and catalogs are: inside the installed package, or the checkout."""

from __future__ import annotations

from pathlib import Path

# The package is always a folder on disk (Qt cannot load from a zip), so plain paths do:
# importlib.resources would cost the app's start a few milliseconds for nothing.
_PACKAGE = Path(__file__).resolve().parents[1]
_CHECKOUT_ROOT = _PACKAGE.parent


def _bundled(name: str) -> Path:
    installed = _PACKAGE / name
    if installed.is_dir():
        return installed
    # An editable install or a plain checkout: the folders sit at the top of the repo.
    return _CHECKOUT_ROOT / name


def content_dir() -> Path:
    """The bundled `resources/` folder."""
    return _bundled("resources")


def translations_dir() -> Path:
    """The bundled `translations/` folder (gettext catalogs)."""
    return _bundled("translations")
