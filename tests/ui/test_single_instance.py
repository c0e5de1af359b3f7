"""A second window on the same data folder brings the first to the front instead; the CLI still
works beside the window."""

import os
import subprocess
import sys

from internapp.desktop.presence import window_open
from internapp.ui.single_instance import SingleInstance, open_request, server_name


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


def test_the_window_holds_the_one_presence_lock_the_background_process_reads(tmp_path):
    """One mechanism: the claim is the presence lock (desktop/presence.py) the background
    reminder process defers to; a second window is kept out by the same lock."""
    data = tmp_path / "data"
    first = SingleInstance(data)
    assert first.claim()
    try:
        assert window_open(data)
        assert not SingleInstance(data).claim()
    finally:
        first.release()
    assert not window_open(data)


def test_a_second_start_with_open_hands_the_record_to_the_first(qtbot, tmp_path):
    first = SingleInstance(tmp_path / "data")
    assert first.claim()
    try:
        with qtbot.waitSignal(first.open_requested, timeout=5_000) as asked:
            assert not SingleInstance(tmp_path / "data").claim(
                open_request("applications", "1b2c3d4e-0000-4000-8000-000000000000"))
        assert asked.args == ["applications", "1b2c3d4e-0000-4000-8000-000000000000"]
        with qtbot.waitSignal(first.open_requested, timeout=5_000) as asked:
            assert not SingleInstance(tmp_path / "data").claim(open_request("today", None))
        assert asked.args == ["today", None]
    finally:
        first.release()


def test_internapp_open_in_another_process_opens_the_record_in_the_running_window(
        qtbot, window, context):
    """What a click on the background process's notification runs: `internapp --open
    SCREEN:ID` in a new process, forwarded to the window that is open (open_from_notification),
    which comes forward on the record; the second process exits at once."""
    from internapp.core.services import applications
    from internapp.ui.launch import forward_to

    app = applications.create(context.store, organization="Kestrel", role="Data intern")
    instance = SingleInstance(context.paths.data_dir)
    assert instance.claim()
    stop = forward_to(window, instance)
    try:
        window.show_screen("today")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        second = subprocess.Popen(
            [sys.executable, "-m", "internapp", "--open", f"applications:{app.id}",
             "--data-dir", str(context.paths.data_dir)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
        _, err = second.communicate()
        assert second.returncode == 0, err
        assert "open already" in err
        qtbot.waitUntil(lambda: window.current_screen_key() == "applications", timeout=10_000)
        detail = window.screen("applications").detail
        qtbot.waitUntil(lambda: detail.application_id == app.id, timeout=10_000)
    finally:
        stop()
        instance.release()


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
