"""The wheel carries the top-level resources/ folder as internapp/resources (setup.py maps it),
with every file kind pyproject.toml lists — built here from the checkout and read back."""

import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _check_wheel():
    """packaging/check_wheel.py, loaded as its script is run (its folder first on the path: it
    imports project_version beside it)."""
    folder = str(REPO / "packaging")
    spec = importlib.util.spec_from_file_location("check_wheel", Path(folder) / "check_wheel.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, folder)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(folder)
    return module


def _source_copy(target: Path) -> Path:
    """What a build reads, copied (setuptools writes build/ and *.egg-info beside the sources)."""
    skip = shutil.ignore_patterns("__pycache__", "*.egg-info")
    for name in ("src", "resources"):
        shutil.copytree(REPO / name, target / name, ignore=skip)
    for name in ("pyproject.toml", "setup.py", "README.md", "LICENSE"):
        shutil.copy2(REPO / name, target / name)
    return target


def test_the_built_wheel_carries_every_resource_and_nothing_stale(tmp_path):
    source = _source_copy(tmp_path / "source")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(tmp_path / "dist"), str(source)],
        check=True, capture_output=True, cwd=tmp_path,
    )
    wheel = next((tmp_path / "dist").glob("internapp-*.whl"))
    assert _check_wheel().problems(wheel) == []
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    shipped = {name.removeprefix("internapp/resources/") for name in names
               if name.startswith("internapp/resources/") and not name.endswith(".py")}
    on_disk = {str(p.relative_to(REPO / "resources")) for p in (REPO / "resources").rglob("*")
               if p.is_file() and "__pycache__" not in p.parts and p.suffix not in {".py", ".ts"}}
    assert shipped == on_disk
    assert not any(name.startswith("resources/") for name in names), "resources/ at the wheel's top"
