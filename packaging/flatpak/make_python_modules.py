"""Writes python3-modules.json beside this file: the Python libraries internapp needs inside the
Flatpak, as pinned wheel sources (URL + sha256) for x86_64 and aarch64, so flatpak-builder builds
offline as Flathub requires.

pip resolves the dependencies in pyproject.toml for the runtime's Python (org.kde.Platform 6.8
has CPython 3.12) and each architecture; PySide6 is left out because io.qt.PySide.BaseApp brings
it. setuptools and wheel are added to build internapp itself (removed from the app after).

    python3 packaging/flatpak/make_python_modules.py          # needs pip >= 23 and pypi.org

Run it again whenever a dependency in pyproject.toml changes, and commit the result.
"""

import argparse
import json
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ARCHES = {
    "x86_64": ["manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64"],
    "aarch64": ["manylinux_2_28_aarch64", "manylinux_2_17_aarch64", "manylinux2014_aarch64"],
}
BUILD_TOOLS = ["setuptools>=77", "wheel"]
PROVIDED_BY_BASE_APP = re.compile(r"^(pyside6|shiboken6)", re.IGNORECASE)


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return [r for r in project["dependencies"] if not PROVIDED_BY_BASE_APP.match(r)]


def resolve(requirements: list[str], platforms: list[str], python_version: str,
            index_url: str) -> list[dict]:
    """pip's installation report: the exact wheels pip would install on that platform."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        command = [sys.executable, "-m", "pip", "install", "--quiet", "--dry-run",
                   "--ignore-installed", "--only-binary=:all:", "--implementation", "cp",
                   "--python-version", python_version, "--index-url", index_url,
                   "--report", str(report)]
        for platform in platforms:
            command += ["--platform", platform]
        subprocess.run(command + requirements, check=True)
        return json.loads(report.read_text("utf-8"))["install"]


def sources(requirements: list[str], python_version: str, index_url: str) -> list[dict]:
    by_url: dict[str, dict] = {}
    for arch, platforms in ARCHES.items():
        for item in resolve(requirements, platforms, python_version, index_url):
            info = item["download_info"]
            source = by_url.setdefault(info["url"], {
                "type": "file",
                "url": info["url"],
                "sha256": info["archive_info"]["hashes"]["sha256"],
                "only-arches": [],
            })
            source["only-arches"].append(arch)
    for source in by_url.values():
        if len(source["only-arches"]) == len(ARCHES):
            del source["only-arches"]  # a pure-Python wheel serves every architecture
    return sorted(by_url.values(), key=lambda s: s["url"].rsplit("/", 1)[-1].lower())


def module(name: str, requirements: list[str], python_version: str, index_url: str,
           cleanup: list[str] | None = None) -> dict:
    names = " ".join(f'"{r}"' for r in requirements)
    result = {
        "name": name,
        "buildsystem": "simple",
        "build-commands": [
            "pip3 install --verbose --exec-prefix=${FLATPAK_DEST} --prefix=${FLATPAK_DEST} "
            f'--no-index --find-links="file://${{PWD}}" --no-build-isolation {names}'
        ],
        "sources": sources(requirements, python_version, index_url),
    }
    if cleanup:
        result["cleanup"] = cleanup
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python-version", default="3.12", help="the runtime's Python (3.12)")
    parser.add_argument("--index-url", default="https://pypi.org/simple")
    parser.add_argument("--output", type=Path, default=HERE / "python3-modules.json")
    args = parser.parse_args()
    modules = {
        "name": "python3-modules",
        "buildsystem": "simple",
        "build-commands": [],
        "modules": [
            module("python3-build-tools", BUILD_TOOLS, args.python_version, args.index_url,
                   cleanup=["*"]),
            module("python3-internapp-dependencies", requirements(), args.python_version,
                   args.index_url),
        ],
    }
    args.output.write_text(json.dumps(modules, indent=4) + "\n", "utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
