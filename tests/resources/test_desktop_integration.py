"""The desktop integration files shipped in the package agree with the app and with each other.

(desktop-file-validate and appstreamcli validate run in CI: .ci/run → packaging/validate_metadata.sh.)
"""

import configparser
import tomllib
import xml.etree.ElementTree as ET
from importlib import metadata, resources
from pathlib import Path

import pytest

from internapp.ui.launch import DESKTOP_ID
from internapp.version import app_version

REPO = Path(__file__).resolve().parents[2]
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _resource(*parts: str):
    return resources.files("internapp.resources").joinpath(*parts)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(_resource("desktop", f"{DESKTOP_ID}.desktop").read_text("utf-8"))
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.fromstring(_resource("desktop", f"{DESKTOP_ID}.metainfo.xml").read_bytes())


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_desktop_entry_starts_the_installed_command_with_the_app_icon():
    entry = _desktop_entry()
    commands = {ep.name for ep in metadata.entry_points(group="console_scripts")
                if ep.value == "internapp.app:main"}
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] in commands
    assert entry["TryExec"] in commands
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Terminal"] == "false"


def test_metainfo_names_the_desktop_file_binary_and_current_version():
    root = _metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable[@type='desktop-id']") == f"{DESKTOP_ID}.desktop"
    assert root.findtext("provides/binary") == _desktop_entry()["Exec"].split()[0]
    assert root.find("content_rating").get("type").startswith("oars-")
    newest = root.find("releases/release")
    assert newest.get("version") == app_version(), "add a <release> for the new version"
    assert newest.find("description") is not None


def test_metainfo_licences_match_the_project():
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    root = _metainfo()
    assert root.findtext("project_license") == pyproject["project"]["license"]
    assert root.findtext("metadata_license") == "CC0-1.0"


def test_every_screenshot_in_the_metainfo_is_committed():
    images = [image.text.strip() for image in _metainfo().iter("image")]
    assert images
    for url in images:
        assert url.startswith("https://"), url
        relative = url.split("/docs/screenshots/", 1)[1]
        path = REPO / "docs" / "screenshots" / relative
        assert path.is_file(), f"{path} is missing (packaging/update_screenshots.sh makes it)"
        width, height = _png_size(path.read_bytes())
        assert width >= 1000 and height >= 600, f"{relative} is {width}x{height}"


@pytest.mark.parametrize("size", ICON_SIZES)
def test_the_icon_exists_as_a_png_of_each_size(size):
    png = _resource("icons", "hicolor", f"{size}x{size}", "apps", f"{DESKTOP_ID}.png")
    assert _png_size(png.read_bytes()) == (size, size)


def test_platform_icons_exist_for_the_bundles():
    assert (REPO / "packaging/windows/internapp.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (REPO / "packaging/macos/internapp.icns").read_bytes()[:4] == b"icns"


# kept in resources/ as the source of a shipped file, not read at run time
SOURCE_ONLY = {".ts"}  # Qt Linguist sources: the built .qm files ship


def test_every_resource_file_is_of_a_kind_the_wheel_ships():
    """package-data lists resources by extension: a new kind of file must be added there."""
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["internapp.resources"]
    shipped = {p.rsplit("*", 1)[1] for p in patterns if p.startswith("**/*.")}
    folder = REPO / "resources"
    files = [p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts
             and p.suffix != ".py"]
    assert files
    assert sorted({p.suffix for p in files} - shipped - SOURCE_ONLY) == []


def test_the_resources_are_read_from_the_top_level_folder_in_a_checkout():
    """The design card puts resources/ beside src/; the package internapp.resources is that folder."""
    assert not (REPO / "src" / "internapp" / "resources").exists()
    stylesheet = _resource("styles", "app.qss")
    assert Path(str(stylesheet)).resolve() == (REPO / "resources" / "styles" / "app.qss").resolve()
