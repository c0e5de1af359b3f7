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
