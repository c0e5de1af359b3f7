"""Every test gets its own data dir and an in-memory keyring; Qt renders offscreen."""

import os
from pathlib import Path

# Offscreen on a 1920x1080 virtual screen (the plugin's default screen is 800x800). Without any
# QT_QPA_PLATFORM and no display, Qt aborts and pytest's capture hides why.
os.environ.setdefault(
    "QT_QPA_PLATFORM", f"offscreen:configfile={Path(__file__).with_name('offscreen.json')}")

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from internapp.paths import DATA_DIR_ENV, Paths, resolve_paths


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in a dict: the one thing a test machine cannot have is an OS keyring."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.values.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(isolated) -> MemoryKeyring:
    return isolated


@pytest.fixture
def paths(tmp_path) -> Paths:
    return resolve_paths(tmp_path / "data").ensure()


@pytest.fixture
def store(paths):
    from internapp.core.store import open_store

    opened = open_store(paths.database, backups_dir=paths.backups_dir,
                        documents_dir=paths.documents_dir)
    yield opened
    opened.close()


@pytest.fixture
def context(paths):
    from internapp.context import open_context

    opened = open_context(paths)
    yield opened
    opened.close()


@pytest.fixture
def demo_store(store):
    from internapp.core import demo

    demo.fill(store, seed=7)
    return store


# --- a private D-Bus session bus (notifications, the Secret Service) ----------------------------


@pytest.fixture
def session_bus(tmp_path, monkeypatch) -> str:
    """A D-Bus session bus of the test's own (dbus-daemon, stopped afterwards); its address is
    exported as DBUS_SESSION_BUS_ADDRESS for the test."""
    import shutil
    import subprocess

    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed (Debian package dbus; scripts/test installs it)")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1",
         f"--address=unix:path={tmp_path / 'bus'}"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        address = daemon.stdout.readline().strip()
        assert address.startswith("unix:"), f"dbus-daemon printed {address!r}"
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        daemon.stdout.close()


@pytest.fixture
def secret_service(session_bus, tmp_path):
    """GNOME Keyring's Secret Service on the test's private bus, with an unlocked login keyring
    kept under ``tmp_path/keyring-home`` (returned)."""
    import shutil
    import subprocess
    import time

    if shutil.which("gnome-keyring-daemon") is None:
        pytest.skip("gnome-keyring-daemon is not installed (Debian package gnome-keyring; "
                    "scripts/test installs it)")
    home = tmp_path / "keyring-home"
    runtime = home / "run"
    runtime.mkdir(parents=True, mode=0o700)
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_RUNTIME_DIR": str(runtime),
           "DBUS_SESSION_BUS_ADDRESS": session_bus}
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    daemon.stdin.write(b"keyring-test-password")
    daemon.stdin.close()
    try:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        bus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                          interface="org.freedesktop.DBus")
        with open_dbus_connection(bus=session_bus) as connection:
            deadline = time.monotonic() + 20
            while True:
                reply = connection.send_and_get_reply(
                    new_method_call(bus, "NameHasOwner", "s", ("org.freedesktop.secrets",)))
                if reply.body[0]:
                    break
                assert time.monotonic() < deadline, "gnome-keyring-daemon did not start"
                time.sleep(0.05)
        yield home
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
