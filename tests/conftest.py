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
        with database.open("r+b") as handle:
            for number in (pages // 3, pages // 2, pages * 2 // 3):
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
