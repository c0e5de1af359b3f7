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
