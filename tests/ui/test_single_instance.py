"""A second window on the same data folder brings the first to the front instead; the CLI still
works beside the window."""

import os
import subprocess
import sys

from internapp.ui.single_instance import SingleInstance, server_name


def test_the_second_start_on_a_folder_steps_aside_and_wakes_the_first(qtbot, tmp_path):
    first = SingleInstance(tmp_path / "data")
    assert first.claim()
    try:
        with qtbot.waitSignal(first.activate_requested, timeout=5_000):
            assert not SingleInstance(tmp_path / "data").claim()
        other = SingleInstance(tmp_path / "other")  # another folder: a window of its own
        assert other.claim()
        other.release()
    finally:
        first.release()
    third = SingleInstance(tmp_path / "data")  # the first window closed: free again
    assert third.claim()
    third.release()


def test_a_socket_left_by_a_crashed_window_is_taken_over(tmp_path):
    import os
    import tempfile

    stale = os.path.join(tempfile.gettempdir(), server_name(tmp_path / "data"))
    with open(stale, "w"):
        pass  # what a killed window leaves behind on Linux
    instance = SingleInstance(tmp_path / "data")
    try:
        assert instance.claim()
    finally:
        instance.release()


def test_the_cli_reads_and_writes_beside_an_open_window(window, context):
    """The window keeps the store open; a command in another process still works beside it."""
    from internapp.core.services import contacts

    env = {**os.environ, "INTERNAPP_DATA_DIR": str(context.paths.data_dir)}
    for args in (["contacts", "add", "--name", "From the terminal"], ["today"],
                 ["log", "add", "Terminal work", "--start", "2026-01-05T09:00", "--duration", "1h"]):
        result = subprocess.run([sys.executable, "-m", "internapp", *args], env=env,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
    assert "From the terminal" in [r.display_name for r in contacts.list_rows(context.store)]
