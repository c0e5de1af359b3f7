"""The window's process never collects garbage on a worker thread; a closed window goes at once."""

import os
import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QApplication, QWidget

from internapp.core import demo
from internapp.ui.main_window import MainWindow
from internapp.ui.smoke import run_smoke
from internapp.ui.teardown import dispose


def test_the_smoke_process_never_collects_on_a_worker_thread(tmp_path):
    """A collection on a worker thread destroys the widgets left in cycles there, off Qt's
    thread: a segfault now and then (CI: `internapp smoke` at 200 %, -11). Measured before the
    fix, with this low threshold: 10 collections on a worker thread ('Dummy-1') in one smoke."""
    data = tmp_path / "data"
    for command in (["demo"], ["backup", "now"]):  # Settings lists the backups on a worker
        subprocess.run([sys.executable, "-m", "internapp", *command, "--data-dir", str(data)],
                       check=True, capture_output=True)
    script = textwrap.dedent(f"""
        import gc, sys, threading
        seen = {{"off": [], "on": 0}}
        def started(phase, info):
            if phase != "start":
                return
            if threading.current_thread() is threading.main_thread():
                seen["on"] += 1
            else:
                seen["off"].append(threading.current_thread().name)
        gc.callbacks.append(started)
        gc.set_threshold(30, 2, 2)  # collections often, on whichever thread allocates
        from internapp.app import main
        code = main(["smoke", "--data-dir", {str(data)!r}])
        print(code, len(seen["off"]), seen["on"])
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                            timeout=300)
    assert result.returncode == 0, result.stderr
    code, off_thread, on_thread = result.stdout.split()[-3:]
    assert (code, off_thread) == ("0", "0"), result.stdout
    assert int(on_thread) > 0  # it still collects: on the UI thread


def test_a_disposed_window_is_gone_at_once(qtbot):
    widget = QWidget()
    widget.show()
    destroyed = []
    widget.destroyed.connect(lambda: destroyed.append(True))
    widget.close()
    dispose(widget)
    assert destroyed == [True]


def test_the_smoke_check_leaves_no_window_behind(qtbot, context):
    """Before: a closure connected to the application's colour-scheme signal kept the window
    alive until the interpreter's exit, whose teardown order is left to chance."""
    demo.fill(context.store)
    before = _main_windows()  # other tests' windows may still wait for their deletion
    assert run_smoke(context) == []
    assert _main_windows() == before


def _main_windows() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
