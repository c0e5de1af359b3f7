"""Every test gets its own data dir and an in-memory keyring; Qt renders offscreen."""

import os
from pathlib import Path

# Offscreen on a 1920x1080 virtual screen (the plugin's default screen is 800x800). Without any
# QT_QPA_PLATFORM and no display, Qt aborts and pytest's capture hides why.
os.environ.setdefault(
    "QT_QPA_PLATFORM", f"offscreen:configfile={Path(__file__).with_name('offscreen.json')}")

import sys

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from internapp.paths import DATA_DIR_ENV, Paths, resolve_paths

sys.path.insert(0, str(Path(__file__).parent))  # helpers shared by the tests (not test modules)
import gc_threads
from postgres_server import PostgresServer, find_bindir


@pytest.hookimpl(trylast=True)
def pytest_configure(config):
    """A crash (a segfault in Qt) prints the crashing thread alone, whole: with every thread, the
    frames that say where were lost in the middle of a long dump."""
    import faulthandler

    from _pytest.faulthandler import fault_handler_stderr_fd_key

    descriptor = config.stash.get(fault_handler_stderr_fd_key, None)
    if descriptor is not None:
        faulthandler.enable(file=descriptor, all_threads=False)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failure is printed the moment it happens, not only in the summary: a process that then
    crashes never reaches the summary."""
    outcome = yield
    report = outcome.get_result()
    reporter = item.config.pluginmanager.get_plugin("terminalreporter")
    if report.failed and reporter is not None:
        lines = report.longreprtext.splitlines()
        if len(lines) > 45:
            lines = [*lines[:15], "[…]", *lines[-25:]]
        reporter.write_line("")
        reporter.write_line(f"--- FAILED {report.nodeid} ({report.when}) ---")
        for line in lines:
            reporter.write_line(line)
        reporter.write_line("---")


gc_threads.record()  # which threads collect: the UI tests allow none but the main one


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
def clock():
    """The system's clock, for widgets a test builds without the window (they take the
    context's); a test that fixes the time builds its own ``Clock(at=…, zone=…)``."""
    from internapp.core.clock import Clock

    return Clock()


@pytest.fixture
def context(paths):
    from internapp.context import open_context

    opened = open_context(paths)
    yield opened
    worker = sys.modules.get("internapp.ui.worker")  # loaded only where a window ran
    if worker is not None:
        worker.wait_for_running_tasks()  # a window's background work ends before its store closes
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
    (``received``: one dict per Notify call) and can click a notification's action. It runs in a
    process of its own (tests/notification_service.py): a thread of the test's process that
    polls would allocate while a window is open, and a collection there frees the window's
    garbage off the UI thread (tests/ui/conftest.py fails a test where one ran)."""

    def __init__(self, address: str) -> None:
        import subprocess

        self._received: list[dict] = []
        self._pending = b""
        self._process = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("notification_service.py")), address],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        first = self._process.stdout.readline().decode().strip()
        assert first == "ready", f"the notification service said {first!r}"
        os.set_blocking(self._process.stdout.fileno(), False)

    @property
    def received(self) -> list[dict]:
        """Every notification received so far (read without waiting)."""
        import json

        while chunk := self._process.stdout.read():
            self._pending += chunk
        *lines, self._pending = self._pending.split(b"\n")
        self._received += [json.loads(line) for line in lines if line]
        return self._received

    def click(self, notification_id: int, action: str = "default") -> None:
        import json

        self._process.stdin.write(json.dumps({"click": [notification_id, action]}).encode() + b"\n")
        self._process.stdin.flush()

    def wait_for(self, count: int, timeout: float = 10.0) -> list[dict]:
        """For tests without a window: waits (sleeping) until ``count`` notifications came."""
        import time

        deadline = time.monotonic() + timeout
        while len(self.received) < count:
            assert time.monotonic() < deadline, f"{len(self.received)} of {count} notifications"
            time.sleep(0.02)
        return self.received

    def close(self) -> None:
        self._process.stdin.close()  # it stops when its input ends
        try:
            self._process.wait(timeout=10)
        finally:
            self._process.stdout.close()


@pytest.fixture
def notification_server(session_bus):
    server = NotificationServer(session_bus)
    yield server
    server.close()


# --- a real CalDAV server ------------------------------------------------------------------------


class RadicaleServer:
    """Radicale (PyPI) on a private local port, with one user in an htpasswd file. Tests make
    their own calendar (``new_calendar``) and read it back with the caldav client library.
    ``server_options`` and ``storage_options`` are lines added to its [server] and [storage]
    sections (RECOMMENDED: the storage setting README's calendar section advises)."""

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

    # Radicale checks a new event's UID against every event already in the calendar; with this,
    # it knows an unchanged file by its size and time instead of reading and hashing it.
    RECOMMENDED = "use_mtime_and_size_for_item_cache = True\n"

    def __init__(self, folder: Path, server_options: str = "", *, fsync: bool = False,
                 storage_options: str = "") -> None:
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
            f"filesystem_folder = {folder / 'collections'}\n" + storage_options +
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


@pytest.fixture(scope="session")
def postgres():
    """A real PostgreSQL server for the session (started on first use, stopped at the end)."""
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL's server binaries (initdb, pg_ctl) are not installed; "
                    "scripts/test installs Debian's postgresql package")
    server = PostgresServer(bindir).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_tls():
    """A second real PostgreSQL server that accepts TLS only (its CA in ``ca_file``)."""
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL's server binaries (initdb, pg_ctl) are not installed; "
                    "scripts/test installs Debian's postgresql package")
    server = PostgresServer(bindir, tls=True).start()
    yield server
    server.stop()


@pytest.fixture
def radicale_factory(tmp_path):
    """new(name, server_options="", recommended=False) -> a Radicale server of the test's own
    (stopped afterwards), for tests that stop, restart or limit it; ``recommended``: with the
    storage setting README advises (RadicaleServer.RECOMMENDED)."""
    servers: list[RadicaleServer] = []

    def new(name: str, server_options: str = "", *, recommended: bool = False
            ) -> RadicaleServer:
        servers.append(RadicaleServer(
            tmp_path / name, server_options,
            storage_options=RadicaleServer.RECOMMENDED if recommended else ""))
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


@pytest.fixture
def career_store(store):
    """Finished engagements with hours, skills and outcomes, for the career exports (issue 14):

    - "Survey dashboard" (Acme Analytics, paid): 10 h, Mathematics 1.0 and Programming 0.6, a
      deliverable with a link, a result with a figure, a STAR story, supervisor Zoë Ångström who
      agreed to be a reference;
    - "Interview synthesis" (an organization with a Hebrew name, delivered): 6 h, Active Listening
      and Writing, a result; supervisor Omar Haddad did not agree to be a reference;
    - "Empty engagement" (paid): no hours, no skills, no outcomes;
    - "Ongoing work" (active): 3 h, not finished.
    The student's profile has an accented and an Arabic name. Returns (store, ids by title).
    """
    from datetime import date, timedelta

    from internapp.core.services import (
        contacts,
        engagements,
        outcomes,
        profile,
        skills,
        time_entries,
    )

    ids = {}

    def engagement(title, organization, status, start, end, hours, skill_weights):
        created = engagements.create(store, title=title, organization=organization,
                                     status="active", start_on=start, platform="Riipen")
        day = date.fromisoformat(start)
        for n in range(int(hours * 2)):  # half-hour sessions, one a weekday morning
            when = day + timedelta(days=n + 2 * (n // 5))
            time_entries.add(store, created.id, start=f"{when.isoformat()}T09:00",
                             duration="30m", note=f"Session {n % 3}", tags=["work"])
        for name, weight in skill_weights:
            skills.set_engagement_skill(store, created.id, name, weight)
        if status != "active":
            engagements.update(store, created.id, status=status, ended_on=end)
        ids[title] = created.id
        return created.id

    survey = engagement("Survey dashboard", "Acme Analytics", "paid", "2026-03-02", "2026-04-10",
                        10, [("Mathematics", 1.0), ("Programming", 0.6)])
    outcomes.add_deliverable(store, survey, "Dashboard in Power BI",
                             url="https://example.org/acme/dashboard")
    outcomes.add_result(store, survey, "Cut the weekly report from 3 hours to 20 minutes",
                        "−89 %")
    outcomes.add_story(store, survey, title="Automating the weekly report",
                       situation="The team rebuilt a report by hand every Monday.",
                       task="Make it update itself.", action="Wrote the queries in Programming "
                       "terms the team could maintain.", result="The report now takes minutes.",
                       skills=["Mathematics"])
    zoe = contacts.create(store, display_name="Zoë Ångström", title="Analytics lead",
                          emails=["zoe@example.org"])
    engagements.set_supervisor(store, survey, zoe.id)
    engagements.update(store, survey, feedback="Precise, reliable work.", reference_ok=True)

    synthesis = engagement("Interview synthesis", "מעבדת שלום", "delivered", "2026-04-13",
                           "2026-05-01", 6, [("Active Listening", 1.0), ("Writing", 0.5)])
    outcomes.add_result(store, synthesis, "Turned 8 interviews into 5 design recommendations")
    omar = contacts.create(store, display_name="Omar Haddad", emails=["omar@example.org"])
    engagements.set_supervisor(store, synthesis, omar.id)
    engagements.update(store, synthesis, feedback="Do not quote me.", reference_ok=False)

    engagement("Empty engagement", None, "paid", "2026-05-04", "2026-05-08", 0, [])
    engagement("Ongoing work", "Acme Analytics", "active", "2026-05-11", None, 3,
               [("Writing", 1.0)])
    profile.update(store, name="Chloé Haddad (كلوي حداد)", email="chloe@example.org",
                   links=["https://www.linkedin.com/in/chloe", "https://github.com/chloe"],
                   city="Porto", country_code="PT", phone="+351 912 345 678")
    return store, ids


# --- stores after a fault: a crash with the -wal left, and damaged files --------------------------

DAMAGED_KINDS = ("truncated", "random-pages", "header", "foreign-wal", "stale-wal", "directory",
                 "missing-table")


def run_and_kill(data_dir: Path, code: str) -> None:
    """Opens the store in ``data_dir`` in another process, runs ``code`` there (``store`` is the
    open Store) and kills that process with SIGKILL: a crash that leaves the -wal behind."""
    import signal
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(f"""
        import os, signal
        from internapp.core.store import open_store
        from internapp.paths import resolve_paths
        paths = resolve_paths({str(data_dir)!r}).ensure()
        store = open_store(paths.database, backups_dir=paths.backups_dir,
                           documents_dir=paths.documents_dir)
        """) + textwrap.dedent(code) + "\nos.kill(os.getpid(), signal.SIGKILL)\n"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert (data_dir / "internapp.sqlite3-wal").stat().st_size > 0


def table_counts(database: Path) -> dict[str, int]:
    """Rows per table, read without changing the file (nor replaying a -wal beside it)."""
    import sqlite3

    conn = sqlite3.connect(f"{database.resolve().as_uri()}?immutable=1", uri=True)
    try:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A data folder holding the demo history and one verified backup of it; copy, don't change."""
    from internapp.core import demo
    from internapp.core.store import open_store

    folder = tmp_path_factory.mktemp("demo-template") / "data"
    paths = resolve_paths(folder).ensure()
    store = open_store(paths.database, backups_dir=paths.backups_dir,
                       documents_dir=paths.documents_dir)
    try:
        demo.fill(store, seed=7)
        store.backup("manual")
    finally:
        store.close()
    return folder


@pytest.fixture
def demo_copy(demo_template, tmp_path) -> Paths:
    """A fresh copy of the demo data folder, at the test's INTERNAPP_DATA_DIR."""
    import shutil

    target = tmp_path / "data"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(demo_template, target)
    return resolve_paths(target)


def make_damaged(kind: str, paths: Paths, tmp_path: Path) -> None:
    """Turns the (demo) store at ``paths`` into one of DAMAGED_KINDS, the way real ones happen."""
    import random
    import shutil

    database = paths.database
    page = 4096
    if kind == "truncated":  # a copy that stopped half-way
        size = database.stat().st_size
        with database.open("r+b") as handle:
            handle.truncate(size // 2 // page * page)
    elif kind == "random-pages":  # a bad disk block or a sync tool's partial write
        rng = random.Random(10)
        pages = database.stat().st_size // page
        schema = _schema_pages(database)  # blocks of rows, not of the schema every opening reads
        with database.open("r+b") as handle:
            for number in (pages // 3, pages // 2, pages * 2 // 3):
                while number + 1 in schema:
                    number += 1
                handle.seek(number * page)
                handle.write(rng.randbytes(page))
    elif kind == "header":
        with database.open("r+b") as handle:
            handle.write(random.Random(11).randbytes(100))
    elif kind == "foreign-wal":  # the -wal of another store, left beside this one
        other = resolve_paths(tmp_path / "other")
        run_and_kill(other.data_dir, "from internapp.core.services import engagements\n"
                                     "engagements.create(store, title='From another store')\n")
        shutil.copy(other.data_dir / "internapp.sqlite3-wal", str(database) + "-wal")
    elif kind == "stale-wal":  # a crash, then a backup copied over the file by hand
        run_and_kill(paths.data_dir, "from internapp.core.services import engagements\n"
                                     "engagements.create(store, title='After the backup')\n")
        backup = sorted(paths.backups_dir.glob("internapp-*.sqlite3"))[-1]
        shutil.copy(backup, database)
    elif kind == "directory":  # a folder with the file's name
        database.unlink()
        database.mkdir()
        (database / "notes.txt").write_text("not a database\n")
    elif kind == "missing-table":
        import sqlite3

        conn = sqlite3.connect(database)
        conn.execute("DROP TABLE interaction")
        conn.commit()
        conn.close()
    else:
        raise ValueError(kind)


def _schema_pages(database: Path) -> set[int]:
    """The page numbers (1-based) of the schema table, read without changing the file."""
    import sqlite3

    conn = sqlite3.connect(f"{database.resolve().as_uri()}?immutable=1", uri=True)
    try:
        return {number for (number,) in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'")}
    finally:
        conn.close()


def file_bytes(path: Path) -> bytes | None:
    """The file's bytes (None for a folder), to show a command left it as it was."""
    return None if path.is_dir() else path.read_bytes()


@pytest.fixture
def faults(demo_copy, tmp_path):
    """The fault helpers above for one test: ``faults.damage(kind)`` damages the demo copy at
    ``faults.paths``; ``crash``, ``counts`` and ``bytes`` as run_and_kill, table_counts and
    file_bytes."""
    from types import SimpleNamespace

    def damage(kind: str) -> Paths:
        make_damaged(kind, demo_copy, tmp_path)
        return demo_copy

    return SimpleNamespace(paths=demo_copy, damage=damage, crash=run_and_kill,
                           counts=table_counts, bytes=file_bytes)


# --- mounts: a small full disk, a read-only file or folder (root only; skipped elsewhere) -----


def _mount(*args: str) -> str | None:
    """Runs mount(8); None when it worked, else why not (for the skip reason)."""
    import shutil
    import subprocess

    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        return "mounting needs root on Linux (the CI machine runs the tests as root)"
    result = subprocess.run(["mount", *args], capture_output=True, text=True)
    return None if result.returncode == 0 else f"mount refused: {result.stderr.strip()}"


def _umount(target: Path) -> None:
    import subprocess

    subprocess.run(["umount", "-l", str(target)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path):
    """``make(size)``: a folder on a tmpfs of ``size`` (e.g. "512k") — a disk that fills up."""
    mounted: list[Path] = []

    def make(size: str) -> Path:
        folder = tmp_path / f"disk{len(mounted)}"
        folder.mkdir()
        why = _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder))
        if why:
            pytest.skip(why)
        mounted.append(folder)
        return folder

    yield make
    for folder in reversed(mounted):
        _umount(folder)


@pytest.fixture
def read_only():
    """``make(path)``: bind-mounts the file or folder at ``path`` over itself read-only, so that
    even root cannot write it (as a CD, a locked USB stick or a read-only share)."""
    mounted: list[Path] = []

    def make(path: Path) -> Path:
        why = _mount("--bind", str(path), str(path))
        if why:
            pytest.skip(why)
        mounted.append(path)
        why = _mount("-o", "remount,ro,bind", str(path))
        if why:
            pytest.skip(why)
        return path

    yield make
    for path in reversed(mounted):
        _umount(path)
