"""internapp writes only to its own platformdirs folders (data, config, cache, logs)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
XDG = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


def _clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in XDG and k not in ("INTERNAPP_DATA_DIR", "MPLCONFIGDIR")}
    return env | {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def test_commands_write_nothing_outside_the_app_folders():
    program = shutil.which("internapp", path=str(Path(sys.executable).parent))
    assert program, "the internapp command is not installed beside this Python"
    result = subprocess.run([sys.executable, str(REPO / "packaging" / "check_writes.py"), program],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "home/.local/share/internapp/internapp.sqlite3" in result.stdout
    assert "no file written anywhere else" in result.stdout


def test_matplotlib_keeps_its_font_cache_in_the_app_cache_dir(tmp_path):
    code = (
        "from internapp.context import open_context\n"
        "from internapp.paths import resolve_paths\n"
        "context = open_context(resolve_paths())\n"
        "import matplotlib.font_manager\n"
        "matplotlib.font_manager.findfont('DejaVu Sans')\n"
        "context.close()\n"
    )
    subprocess.run([sys.executable, "-c", code], env=_clean_env(tmp_path), check=True,
                   capture_output=True, timeout=300)
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert any(p.startswith(".cache/internapp/matplotlib/fontlist") for p in written), written
    outside = [p for p in written if not p.startswith((".cache/internapp/", ".local/share/internapp/",
                                                        ".config/internapp/"))]
    assert outside == []


def test_a_value_the_user_set_wins(tmp_path):
    from internapp.paths import resolve_paths

    environ = {"MPLCONFIGDIR": "/somewhere/else"}
    resolve_paths(tmp_path).confine_library_caches(environ)
    assert environ == {"MPLCONFIGDIR": "/somewhere/else"}
    environ = {}
    resolve_paths(tmp_path).confine_library_caches(environ)
    assert environ == {"MPLCONFIGDIR": str(tmp_path.resolve() / "cache" / "matplotlib")}
