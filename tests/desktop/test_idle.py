"""Idle time from a real X server's screen-saver extension (Xvfb), reset by moving the pointer."""

import os
import shutil
import subprocess
import time

import pytest

from internapp.desktop import idle


def test_x11_idle_time_grows_and_input_resets_it(x_display):
    if shutil.which("xdotool") is None:
        pytest.skip("xdotool is not installed (scripts/test installs it)")
    clock = idle.X11Idle(x_display)
    assert clock.available
    deadline = time.monotonic() + 10
    while clock.seconds() < 1.0:
        assert time.monotonic() < deadline, "the idle time did not grow"
        time.sleep(0.05)
    subprocess.run(["xdotool", "mousemove", "100", "100"], check=True,
                   env={**os.environ, "DISPLAY": x_display})
    assert clock.seconds() < 1.0
    clock.close()
    assert clock.seconds() is None


def test_without_a_display_the_platform_cannot_say(monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    assert not idle.X11Idle().available
    assert not idle.X11Idle(":987").available  # no such server
    assert idle.IdleClock().seconds() is None
