"""The real entry point, as a user runs it."""

import os
import subprocess
import sys
from importlib import metadata

import pytest


def _run(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "internapp", *args], capture_output=True,
                          text=True, timeout=120, **kwargs)


def test_version_matches_the_package_metadata():
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"internapp {metadata.version('internapp')}"


def test_console_script_is_installed():
    scripts = [ep for ep in metadata.entry_points(group="console_scripts") if ep.name == "internapp"]
    assert [ep.value for ep in scripts] == ["internapp.app:main"]


def test_smoke_headless_as_a_process(tmp_path):
    result = _run("smoke", "--data-dir", str(tmp_path / "d"),
                  env={"PATH": "", "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("unbuffered", ["1", None])
def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path, unbuffered):
    """As a user runs it, stdout into a pipe is buffered: the write that fails comes at the
    flush, which at the interpreter's exit ended the command with 120 and "Exception ignored"
    (a CI-like run without PYTHONUNBUFFERED showed it; the tests' environment had it set)."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = unbuffered
    process = subprocess.Popen(
        [sys.executable, "-m", "internapp", "check", "--json", "--data-dir", str(tmp_path / "d")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    process.stdout.close()  # like `| head` exiting before the command writes
    _, err = process.communicate(timeout=120)
    assert b"Traceback" not in err and b"Exception ignored" not in err, err
    assert process.returncode == 0
