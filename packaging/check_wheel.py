"""Checks a built wheel's file list: what internapp needs at run time is in it, and nothing stale.

    python packaging/check_wheel.py dist/internapp-0.1.0-py3-none-any.whl
"""

import sys
import zipfile
from email.parser import Parser
from pathlib import Path

from project_version import project_version

ROOT = Path(__file__).resolve().parents[1]
DESKTOP_ID = "io.github.internapp.InternApp"


def required(version: str) -> list[str]:
    resources = "internapp/resources"
    return [
        f"{resources}/icons/internapp.svg",
        *(f"{resources}/icons/hicolor/{s}x{s}/apps/{DESKTOP_ID}.png"
          for s in (16, 24, 32, 48, 64, 128, 256, 512)),
        f"{resources}/desktop/{DESKTOP_ID}.desktop",
        f"{resources}/desktop/{DESKTOP_ID}.metainfo.xml",
        f"{resources}/styles/app.qss",
        f"{resources}/translations/internapp_en.qm",
        f"{resources}/translations/internapp_de.qm",
        f"{resources}/icons/controls/dark/chevron-down.svg",
        f"{resources}/icons/actions/warning.svg",
        "internapp/core/store/migrations/env.py",
        "internapp/core/store/migrations/script.py.mako",
        "internapp/core/store/migrations/versions/0001_initial.py",
        f"internapp-{version}.dist-info/METADATA",
        f"internapp-{version}.dist-info/entry_points.txt",
        f"internapp-{version}.dist-info/licenses/LICENSE",
    ]


def problems(wheel: Path) -> list[str]:
    version = project_version()
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        found = [f"missing: {name}" for name in required(version) if name not in names]
        found += [f"should not be shipped: {name}" for name in sorted(names)
                  if "__pycache__" in name or name.endswith(".pyc") or name.startswith("tests/")]
        metadata_name = f"internapp-{version}.dist-info/METADATA"
        if metadata_name in names:
            meta = Parser().parsestr(archive.read(metadata_name).decode("utf-8"))
            if meta["Version"] != version:
                found.append(f"METADATA says version {meta['Version']}, pyproject.toml {version}")
        entry_points = f"internapp-{version}.dist-info/entry_points.txt"
        if entry_points in names and "internapp = internapp.app:main" not in archive.read(
                entry_points).decode("utf-8"):
            found.append("the internapp console script is not declared")
        migrations = [n for n in names if n.startswith("internapp/core/store/migrations/versions/")
                      and n.endswith(".py") and not n.endswith("__init__.py")]
        sources = sorted((ROOT / "src/internapp/core/store/migrations/versions").glob("[0-9]*.py"))
        if len(migrations) != len(sources):
            found.append(f"{len(migrations)} migrations in the wheel, {len(sources)} in the source")
    return found


def main() -> int:
    wheel = Path(sys.argv[1])
    found = problems(wheel)
    for problem in found:
        print(f"{wheel.name}: {problem}")
    if not found:
        with zipfile.ZipFile(wheel) as archive:
            count = len(archive.namelist())
        print(f"{wheel.name}: ok — {count} files, resources, migrations and metadata included")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
