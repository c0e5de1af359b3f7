"""The password in a real system keyring: gnome-keyring's Secret Service, started by the test in a
private D-Bus session (its own HOME and runtime folder), unlocked, and stopped afterwards."""

import os
import shutil
import subprocess
import time

import keyring
import pytest

from internapp.core import secrets
from internapp.core.services import contacts
from internapp.core.sync import service
from internapp.core.sync.run import sync_now


@pytest.fixture
def secret_service(tmp_path, monkeypatch):
    missing = [p for p in ("dbus-daemon", "gnome-keyring-daemon") if shutil.which(p) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed; scripts/test installs dbus-daemon and "
                    "gnome-keyring")
    home, run = tmp_path / "home", tmp_path / "run"
    home.mkdir()
    run.mkdir(mode=0o700)
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(run),
           "XDG_DATA_HOME": str(home / ".local" / "share")}
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1",
                            f"--address=unix:path={run / 'bus'}"], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, env=env, text=True)
    daemon = None
    try:
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        daemon = subprocess.Popen(["gnome-keyring-daemon", "--foreground", "--unlock",
                                   "--components=secrets"], stdin=subprocess.PIPE,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        daemon.stdin.write(b"login-keyring-password")
        daemon.stdin.close()
        for name in ("HOME", "XDG_RUNTIME_DIR", "XDG_DATA_HOME", "DBUS_SESSION_BUS_ADDRESS"):
            monkeypatch.setenv(name, env[name])
        from keyring.backends import SecretService

        backend = SecretService.Keyring()
        deadline = time.monotonic() + 20
        while True:  # until the daemon has taken its name on the bus
            try:
                backend.get_password("internapp", "probe")
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        keyring.set_keyring(backend)
        yield backend
    finally:
        for process in (daemon, bus):
            if process is not None:
                process.terminate()
                process.wait(timeout=10)
        if bus.stdout:
            bus.stdout.close()


def test_sync_keeps_its_password_in_the_secret_service(secret_service, device_a, device_b,
                                                      student):
    assert secrets.status().usable
    assert type(secret_service).__module__ == "keyring.backends.SecretService"
    result = service.setup(device_a, student.url, student.password)
    assert result.password_stored
    assert secret_service.get_password("internapp", result.settings.account) == \
        student.password
    contacts.create(device_a, display_name="Through the Secret Service")
    assert sync_now(device_a).pushed > 0  # read back from the keyring
    service.setup(device_b, student.url, student.password)
    sync_now(device_b)
    assert [c.display_name for c in contacts.list_rows(device_b)] == [
        "Through the Secret Service"]
    for store in (device_a, device_b):
        folder = store.path.parent
        assert [p for p in folder.rglob("*")
                if p.is_file() and student.password.encode() in p.read_bytes()] == []
    service.forget(device_a)
    assert secret_service.get_password("internapp", result.settings.account) is None
