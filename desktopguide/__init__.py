"""desktopguide: an offline, multilingual know-your-rights guide."""

from importlib import metadata

try:
    __version__ = metadata.version("desktopguide")
except metadata.PackageNotFoundError:  # running from a checkout that is not installed
    __version__ = "0.0.0+checkout"
