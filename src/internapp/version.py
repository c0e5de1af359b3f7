"""The app's version, from the package itself (pyproject.toml takes it from there too)."""

from internapp import __version__

UNKNOWN_VERSION = "0+unknown"


def app_version() -> str:
    return __version__ or UNKNOWN_VERSION
