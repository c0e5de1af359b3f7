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


def test_the_first_paint_with_todays_data_imports_no_orm(tmp_path):
    """The window opens on Today, with its data, on the store's plain path: a store that needs no
    migration is opened and painted without SQLAlchemy, SQLModel or Alembic."""
    data = str(tmp_path / "d")
    fill = ("from internapp.context import open_context\nfrom internapp.core import demo\n"
            f"from internapp.paths import resolve_paths\nctx = open_context(resolve_paths({data!r}))\n"
            "demo.fill(ctx.store)\nctx.close()\n")
    subprocess.run([sys.executable, "-c", fill], check=True, timeout=120)
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from internapp.context import open_context\n"
        "from internapp.paths import resolve_paths\n"
        "from internapp.ui.launch import build_window, qt_application\n"
        f"ctx = open_context(resolve_paths({data!r}))\n"
        "app = qt_application()\n"
        "w = build_window(ctx)\n"
        "today = w.screen('today')\n"
        "painted = []\n"
        "class Spy(QObject):\n"
        "    def eventFilter(self, watched, event):\n"
        "        if event.type() == QEvent.Type.Paint:\n"
        "            painted.append(True)\n"
        "        return False\n"
        "spy = Spy()\n"
        "today.installEventFilter(spy)\n"
        "w.show()\n"
        "while not painted:\n"
        "    app.processEvents()\n"
        "assert w.current_screen_key() == 'today' and today.pages.currentWidget() is today.content\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'sqlmodel', 'alembic'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
