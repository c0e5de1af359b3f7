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
    # never the developer's own desktop: a test that wants a bus starts one (session_bus)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
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


class NotificationServer:
    """A freedesktop notification server on the test's bus that records what it receives
    (``received``: one dict per Notify call) and can click a notification's action."""

    def __init__(self, address: str) -> None:
        import threading
        from collections import deque

        from jeepney import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.received: list[dict] = []
        self._outgoing: deque = deque()
        self._conn = open_dbus_connection(bus=address)
        reply = self._conn.send_and_get_reply(
            message_bus.RequestName("org.freedesktop.Notifications"), timeout=5)
        assert reply.body == (1,), f"could not own org.freedesktop.Notifications: {reply.body}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        from jeepney import HeaderFields, MessageType, new_method_return

        while not self._stop.is_set():
            while self._outgoing:
                self._conn.send(self._outgoing.popleft())
            try:
                message = self._conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            if message.header.message_type != MessageType.method_call:
                continue
            member = message.header.fields[HeaderFields.member]
            if member == "GetCapabilities":
                self._conn.send(new_method_return(message, "as", (["actions", "body"],)))
            elif member == "GetServerInformation":
                self._conn.send(new_method_return(message, "ssss",
                                                  ("test-server", "internapp", "1", "1.2")))
            elif member == "Notify":
                app, _replaces, icon, summary, body, actions, hints, timeout = message.body
                number = len(self.received) + 1
                self.received.append({
                    "id": number, "app": app, "icon": icon, "summary": summary, "body": body,
                    "actions": dict(zip(actions[::2], actions[1::2], strict=True)),
                    "hints": {k: v[1] for k, v in hints.items()}, "timeout": timeout})
                self._conn.send(new_method_return(message, "u", (number,)))
            elif member == "CloseNotification":
                self._conn.send(new_method_return(message))

    def click(self, notification_id: int, action: str = "default") -> None:
        from jeepney import DBusAddress, new_signal

        emitter = DBusAddress("/org/freedesktop/Notifications",
                              interface="org.freedesktop.Notifications")
        self._outgoing.append(new_signal(emitter, "ActionInvoked", "us",
                                         (notification_id, action)))

    def wait_for(self, count: int, timeout: float = 10.0) -> list[dict]:
        import time

        deadline = time.monotonic() + timeout
        while len(self.received) < count:
            assert time.monotonic() < deadline, f"{len(self.received)} of {count} notifications"
            time.sleep(0.02)
        return self.received

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._conn.close()


@pytest.fixture
def notification_server(session_bus):
    server = NotificationServer(session_bus)
    yield server
    server.close()


# --- a real CalDAV server ------------------------------------------------------------------------


class RadicaleServer:
    """Radicale (PyPI) on a private local port, with one user in an htpasswd file. Tests make
    their own calendar (``new_calendar``) and read it back with the caldav client library."""

    user, password = "ana", "Radicale-pw-7f3a9c"
    PORT = 5515  # this branch's private port; another free one when it is taken

    # Radicale's own test suite turns its fsync off (a privileged, internal option); so do we,
    # unless a benchmark asks for the server as shipped.
    LAUNCH = ("import sys\n"
              "from radicale import config, log, server\n"
              "log.setup()\n"
              "configuration = config.load([(sys.argv[1], False)])\n"
              "if sys.argv[2] == 'off':\n"
              "    configuration.update({'storage': {'_filesystem_fsync': 'False'}}, 'tests',\n"
              "                         privileged=True)\n"
              "log.set_level(configuration.get('logging', 'level'), False)\n"
              "server.serve(configuration)\n")

    def __init__(self, folder: Path, server_options: str = "", *, fsync: bool = False) -> None:
        import socket

        self.folder = folder
        self.fsync = fsync
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "users").write_text(f"{self.user}:{self.password}\n")
        port = self.PORT
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                free = socket.socket()
                free.bind(("127.0.0.1", 0))
                port = free.getsockname()[1]
                free.close()
        self.port = port
        (folder / "config").write_text(
            "[server]\n"
            f"hosts = 127.0.0.1:{port}\n" + server_options +
            "[auth]\n"
            "type = htpasswd\n"
            f"htpasswd_filename = {folder / 'users'}\n"
            "htpasswd_encryption = plain\n"
            "delay = 0\n"
            "[rights]\n"
            "type = owner_only\n"
            "[storage]\n"
            f"filesystem_folder = {folder / 'collections'}\n"
            "[logging]\n"
            "level = warning\n"
            "mask_passwords = True\n")
        self.start()

    def start(self) -> None:
        import socket
        import subprocess
        import sys
        import time

        folder, port = self.folder, self.port
        self._log = open(folder / "radicale.log", "ab")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, "-c", self.LAUNCH, str(folder / "config"),
             "on" if self.fsync else "off"], stdout=subprocess.DEVNULL, stderr=self._log)
        deadline = time.monotonic() + 30
        while True:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert self.process.poll() is None, (folder / "radicale.log").read_text()
            assert time.monotonic() < deadline, "Radicale did not start"
            time.sleep(0.05)
        self.url = f"http://127.0.0.1:{port}/"

    def client(self, password: str | None = None):
        import caldav

        return caldav.DAVClient(self.url, username=self.user, password=password or self.password)

    def new_calendar(self, name: str) -> str:
        """A new, empty calendar collection of the user's; its URL."""
        import uuid

        calendar_id = f"{name}-{uuid.uuid4().hex[:8]}"
        with self.client() as client:
            client.principal().make_calendar(name=name, cal_id=calendar_id)
        return f"{self.url}{self.user}/{calendar_id}/"

    def events(self, calendar_url: str) -> dict[str, "object"]:
        """UID -> icalendar VEVENT of every event in the calendar, read with the caldav library."""
        import caldav

        found = {}
        with self.client() as client:
            calendar = caldav.Calendar(client=client, url=calendar_url)
            for item in calendar.events():
                for event in item.icalendar_instance.walk("VEVENT"):
                    found[str(event["UID"])] = event
        return found

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)
        self._log.close()


@pytest.fixture(scope="session")
def radicale(tmp_path_factory):
    server = RadicaleServer(tmp_path_factory.mktemp("radicale"))
    yield server
    server.stop()


@pytest.fixture
def radicale_factory(tmp_path):
    """new(name, server_options="") -> a Radicale server of the test's own (stopped afterwards),
    for tests that stop, restart or limit it."""
    servers: list[RadicaleServer] = []

    def new(name: str, server_options: str = "") -> RadicaleServer:
        servers.append(RadicaleServer(tmp_path / name, server_options))
        return servers[-1]

    yield new
    for server in servers:
        if server.process.poll() is None:
            server.stop()


@pytest.fixture
def pdf_text():
    """``pdf_text(path, page=None, layout=False)``: the text of a PDF (or of one page) as poppler's
    pdftotext extracts it, NFKC-normalised (Arabic comes out in presentation forms). Skips where
    poppler-utils is missing (scripts/test installs it)."""
    import shutil
    import subprocess
    import unicodedata

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")

    def extract(path, page: int | None = None, layout: bool = False) -> str:
        command = ["pdftotext", "-enc", "UTF-8"]
        if layout:
            command.append("-layout")
        if page is not None:
            command += ["-f", str(page), "-l", str(page)]
        done = subprocess.run([*command, str(path), "-"], capture_output=True, check=True)
        return unicodedata.normalize("NFKC", done.stdout.decode("utf-8"))

    return extract
