"""The app's version: the installed package metadata, else pyproject.toml of a source checkout."""

from functools import cache
from pathlib import Path

UNKNOWN_VERSION = "0+unknown"


@cache
def app_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("internapp")
    except metadata.PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    if pyproject.is_file():
        import tomllib

        return tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"]
    return UNKNOWN_VERSION
