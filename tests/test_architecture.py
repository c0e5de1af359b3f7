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


DATA_LIBRARIES = ("sqlite3", "sqlalchemy", "sqlmodel", "alembic")
# what only core/store and core/services may touch: connections, sessions, the engine
DATA_ACCESS = ("reading", "writing", "read", "write", "engine", "connection", "driver_connection",
               "execute", "executemany", "cursor")


def test_ui_and_cli_never_touch_a_connection():
    """One way to the data: ui/ and cli/ call services; SQL, connections and sessions live in
    core/store and core/services."""
    offenders = []
    for folder in ("ui", "cli"):
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            tree = ast.parse(path.read_text("utf-8"))
            where = path.relative_to(PACKAGE)
            offenders += [f"{where} imports {name}" for name in _imported_modules(path)
                          if name.split(".")[0] in DATA_LIBRARIES]
            offenders += [f"{where}:{node.lineno} uses .{node.attr}" for node in ast.walk(tree)
                          if isinstance(node, ast.Attribute) and node.attr in DATA_ACCESS
                          and _on_a_store_or_connection(node.value)]
    assert offenders == []


def test_ui_asks_the_contexts_clock_not_the_clock_module():
    """The time and the user's zone come from the Clock in the AppContext, handed down (tests
    fix it): ui/ may name the Clock type, never call core.clock's functions or the system's."""
    offenders = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        where = path.relative_to(PACKAGE)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "internapp.core.clock":
                offenders += [f"{where}:{node.lineno} imports clock.{alias.name}"
                              for alias in node.names if alias.name != "Clock"]
            elif isinstance(node, ast.ImportFrom) and node.module == "internapp.core":
                offenders += [f"{where}:{node.lineno} imports core.clock"
                              for alias in node.names if alias.name == "clock"]
            elif isinstance(node, ast.Import):
                offenders += [f"{where}:{node.lineno} imports {alias.name}"
                              for alias in node.names if alias.name == "internapp.core.clock"]
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and node.func.attr in ("now", "today", "utcnow", "currentDateTime",
                                         "currentDate", "currentTime")
                  and isinstance(node.func.value, ast.Name)
                  and node.func.value.id in ("datetime", "date", "QDateTime", "QDate", "QTime")):
                offenders.append(f"{where}:{node.lineno} reads the system clock "
                                 f"({node.func.value.id}.{node.func.attr}())")
    assert offenders == []


QT_FIELDS = ("QComboBox", "QSpinBox", "QDoubleSpinBox", "QTimeEdit", "QDateEdit", "QDateTimeEdit")


def test_ui_builds_the_apps_own_combo_and_spin_boxes():
    """Forms build ui/widgets/fields.py's boxes: the wheel changes one only with keyboard focus
    (else it scrolls the page), a combo box's width follows its items."""
    offenders = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        if path == PACKAGE / "ui" / "widgets" / "fields.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name in QT_FIELDS:
                    offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno} builds {name}")
    assert offenders == []


def test_service_signatures_name_their_fields():
    """No ``**values`` checked against a schema at run time: a service names its fields (an
    update's left-out field is UNSET), so a wrong name fails at the call and in mypy."""
    offenders = [
        f"{path.relative_to(PACKAGE)}:{node.lineno} {node.name}(**{node.args.kwarg.arg})"
        for path in sorted((PACKAGE / "core" / "services").rglob("*.py"))
        if path.name != "unset.py"  # given(**fields) / supplied(**fields) gather named fields
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.args.kwarg
    ]
    assert offenders == []


def test_timer_status_reads_without_the_clock_or_the_validators(tmp_path):
    """The shell-prompt command: the context's clock is made only when asked, the validators
    only when a value is checked (on a store that exists, no timer running: a running one is
    shown in the user's zone)."""
    data = str(tmp_path / "data")
    setup = subprocess.run([sys.executable, "-m", "internapp", "log", "add", "Dashboard",
                            "--start", "2026-03-01T09:00", "--duration", "2h", "--data-dir", data],
                           capture_output=True, text=True)
    assert setup.returncode == 0, setup.stderr
    code = (
        "import runpy, sys\n"
        "sys.argv = ['internapp', 'timer', 'status', '--data-dir', sys.argv[1]]\n"
        "try:\n    runpy.run_module('internapp', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print('LOADED', sorted(set(sys.modules) & {'zoneinfo', 'internapp.core.clock', "
        "'internapp.core.services.fields', 'uuid', 'json'}), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code, data], capture_output=True, text=True)
    assert "no timer running" in result.stdout and "LOADED []" in result.stderr, result


def _on_a_store_or_connection(value: ast.expr) -> bool:
    """``store.reading``, ``self._store.write``, ``context.store.engine``, ``conn.execute``..."""
    name = value.attr if isinstance(value, ast.Attribute) else getattr(value, "id", "")
    return name.lstrip("_") in ("store", "conn", "connection", "session", "engine")


HOT_COMMANDS = [
    ["timer", "status"],
    ["timer", "start", "Dashboard", "--at", "10m ago"],
    ["timer", "stop"],
    ["log", "add", "Dashboard", "--start", "2026-03-02T09:00", "--duration", "1h"],
    ["report"],
    ["report", "--by", "week", "--from", "2026-03-02", "--to", "2026-03-08"],
    ["today"],
    ["today", "--json"],
    ["--version"],
]


def test_hot_commands_import_no_orm(tmp_path):
    """The hot commands run on the store's plain path: SQLAlchemy, SQLModel and Alembic stay
    unloaded in their processes (the store exists and needs no migration)."""
    data = str(tmp_path / "data")
    setup = subprocess.run([sys.executable, "-m", "internapp", "log", "add", "Dashboard",
                            "--start", "2026-03-01T09:00", "--duration", "2h", "--data-dir", data],
                           capture_output=True, text=True)
    assert setup.returncode == 0, setup.stderr
    code = (
        "import runpy, sys\n"
        "sys.argv = ['internapp', *sys.argv[1:]]\n"
        "try:\n    runpy.run_module('internapp', run_name='__main__')\n"
        "except SystemExit as end:\n    code = end.code\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & "
        "{'sqlalchemy', 'sqlmodel', 'alembic', 'PySide6', 'matplotlib'})\n"
        "print('LOADED', code, heavy, file=sys.stderr)\n"
    )
    for command in HOT_COMMANDS:
        extra = [] if command == ["--version"] else ["--data-dir", data]
        result = subprocess.run([sys.executable, "-c", code, *command, *extra],
                                capture_output=True, text=True)
        assert "LOADED 0 []" in result.stderr, (command, result.stderr)
