"""House rules that code can check: core/ stays free of Qt and matplotlib; start-up stays lean."""

import ast
import subprocess
import sys
from pathlib import Path

import internapp

PACKAGE = Path(internapp.__file__).parent
FORBIDDEN = ("PySide6", "matplotlib")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_module_under_core_imports_qt_or_matplotlib():
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / "core").rglob("*.py"))
        for name in _imported_modules(path)
        if name.split(".")[0] in FORBIDDEN
    ]
    assert offenders == []


def test_importing_all_of_core_loads_neither_qt_nor_matplotlib():
    modules = sorted(
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        for path in (PACKAGE / "core").rglob("*.py")
        if "migrations" not in path.parts
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name.removesuffix('.__init__'))\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'matplotlib'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_tests_mirror_the_source_tree():
    tests = Path(__file__).parent
    for folder in sorted(p for p in PACKAGE.rglob("*") if p.is_dir() and "__pycache__" not in p.parts):
        relative = folder.relative_to(PACKAGE)
        if "migrations" in relative.parts:
            continue
        if any(folder.glob("*.py")) and any(p.name != "__init__.py" for p in folder.glob("*.py")):
            assert (tests / relative).is_dir(), f"tests/{relative} is missing"


def test_no_module_is_over_500_lines():
    long = [f"{p.relative_to(PACKAGE)}: {n}" for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text("utf-8").splitlines())) > 500]
    assert long == []


def test_building_the_command_line_loads_no_heavy_library():
    """Every command builds the whole parser, so registering commands must stay cheap."""
    code = (
        "import sys\nfrom internapp.cli import build_parser\nbuild_parser()\n"
        "heavy = {'sqlalchemy', 'sqlmodel', 'alembic', 'PySide6', 'matplotlib', 'vobject',"
        " 'icalendar'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
