import subprocess
import sys

import pytest


@pytest.mark.parametrize("with_demo", [False, True], ids=["empty", "demo"])
def test_building_the_window_does_not_import_matplotlib(tmp_path, with_demo):
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from internapp.context import open_context\n"
        "from internapp.paths import resolve_paths\n"
        "from internapp.ui.launch import build_window\n"
        f"ctx = open_context(resolve_paths({str(tmp_path / 'd')!r}))\n"
        + ("from internapp.core import demo\ndemo.fill(ctx.store)\n" if with_demo else "")
        + "w = build_window(ctx)\n"
        "w.show()\n"
        "from PySide6.QtWidgets import QApplication\n"
        "QApplication.processEvents()\n"
        "assert w.current_screen_key() == 'today'\n"
        "print('matplotlib' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "False"
