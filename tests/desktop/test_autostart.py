import shlex
import shutil
import subprocess
import sys

import pytest

from internapp.desktop import autostart


@pytest.fixture
def config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config home"))
    return tmp_path / "config home"


def test_off_by_default_on_writes_a_valid_xdg_autostart_entry_off_removes_it(config_home,
                                                                             tmp_path):
    assert not autostart.is_enabled()
    data_dir = tmp_path / "my data"
    path = autostart.enable(data_dir)
    assert path == config_home / "autostart" / "io.github.internapp.InternApp.Reminders.desktop"
    assert autostart.is_enabled()
    text = path.read_text()
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert shlex.split(exec_line[5:]) == [sys.executable, "-m", "internapp", "remind", "--watch",
                                          "--data-dir", str(data_dir)]
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True,
                                text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    assert list(path.parent.iterdir()) == [path]  # written under a temporary name, renamed
    autostart.disable()
    autostart.disable()  # twice is fine
    assert not autostart.is_enabled() and not path.exists()


def test_the_cli_switches_it(config_home, capsys):
    from internapp.cli import run

    assert run(["remind", "--autostart", "status"]) == 0
    assert "start at login: no" in capsys.readouterr().out
    assert run(["remind", "--autostart", "on"]) == 0
    assert autostart.is_enabled()
    assert "--data-dir" in autostart.location().read_text()  # the test's INTERNAPP_DATA_DIR
    assert run(["remind", "--autostart", "off"]) == 0
    assert not autostart.is_enabled()
