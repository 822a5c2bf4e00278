"""Where the bundled content and catalogs are: inside the installed package, or the checkout."""

from __future__ import annotations

from pathlib import Path

# The package is always a folder on disk (Qt cannot load from a zip), so plain paths do:
# importlib.resources would cost the app's start a few milliseconds for nothing.
_PACKAGE = Path(__file__).resolve().parents[2]
_CHECKOUT_ROOT = _PACKAGE.parent


def _bundled(name: str) -> Path:
    installed = _PACKAGE / name
    if installed.is_dir():
        return installed
    # An editable install or a plain checkout: the folders sit at the top of the repo.
    return _CHECKOUT_ROOT / name


def bundled_content_dir() -> Path:
    """The `resources/` folder that comes with the app: the floor under any installed pack."""
    return _bundled("resources")


def content_dir() -> Path:
    """The content in use: the newest installed content pack that verifies, else the bundled
    `resources/` folder (see core.packs.active). A `--content DIR` option bypasses this."""
    from desktopguide.core.packs.active import active_content_dir

    return active_content_dir(bundled_content_dir())


def translations_dir() -> Path:
    """The bundled `translations/` folder (gettext catalogs)."""
    return _bundled("translations")
