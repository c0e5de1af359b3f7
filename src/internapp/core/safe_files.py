"""Writing files so that nothing is ever half-written, and keeping the user's data private.

- ``atomic_output(path)`` writes to a temporary name in the same folder, flushes it to disk and
  renames it over ``path`` only when the writer finished; on any failure the temporary file is
  removed and ``path`` is as it was. A full disk becomes a DiskFullError naming the folder and
  the space needed. ``write_atomic(path, data)`` is the same for bytes in one call.
- ``check_target(path, suffixes)`` refuses, before any work is done, a path whose folder is
  missing or not writable, that is a folder, or that has the wrong extension (a ValidationError
  on "file"); ``atomic_output`` runs it first.
- ``FolderWriter`` writes a file and the folder of files beside it (an HTML portfolio and its
  ``_files``) under temporary names and puts both in place together, through ``atomic_output``.
- On POSIX the data folder is 0700 and the store, its -wal and -shm, backups and documents 0600
  (SQLite gives the -wal and -shm the mode of the database file).
"""

import contextlib
import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
POSIX = os.name == "posix"


def make_private(path: Path) -> None:
    """0600 for a file, 0700 for a folder (POSIX; elsewhere the user's profile is private)."""
    if not POSIX or not path.exists():
        return
    with contextlib.suppress(OSError):  # not ours to change (a read-only medium): leave it
        path.chmod(PRIVATE_DIR if path.is_dir() else PRIVATE_FILE)


def private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    make_private(path)
    return path


def fsync_dir(folder: Path) -> None:
    if not POSIX:
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def check_target(path: Path | str, suffixes: tuple[str, ...] = ()) -> Path:
    """``path`` if a file can be written there: its folder exists and is writable, it is not a
    folder, and it ends in one of ``suffixes`` (when given); else a ValidationError on "file"."""
    from internapp.core.services.errors import ValidationError

    path = Path(path)
    if suffixes and path.suffix.casefold() not in suffixes:
        raise ValidationError("file", f"{path.name!r} must end in {' or '.join(suffixes)} "
                                      f"(got {path.suffix or 'no extension'})")
    if path.is_dir():
        raise ValidationError("file", f"{path} is a folder; give a file name")
    folder = path.parent
    if not folder.is_dir():
        raise ValidationError("file", f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ValidationError("file", f"the folder {folder} is not writable")
    return path


@contextmanager
def atomic_output(path: Path | str, mode: str = "w", *, encoding: str | None = "utf-8",
                  newline: str | None = None, private: bool = False) -> Iterator[IO]:
    """A file object to write ``path`` through; ``path`` appears only complete."""
    path = check_target(path)
    folder = path.parent
    import tempfile  # writing a file: not on the hot paths' imports

    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    temp = Path(temp_name)
    binary = "b" in mode
    try:
        with os.fdopen(fd, mode, encoding=None if binary else encoding,
                       newline=None if binary else newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if not private and POSIX:
            temp.chmod(0o666 & ~_umask())
        os.replace(temp, path)
        fsync_dir(folder)
    except BaseException as error:
        written = temp.stat().st_size if temp.exists() else 0
        temp.unlink(missing_ok=True)
        if _is_full(error):
            # it got this far before the disk filled: the whole file needs more than that
            raise _disk_full(folder, written + 64 * 1024) from None
        raise


def write_atomic(path: Path | str, data: bytes) -> Path:
    """Writes ``data`` to ``path`` through ``atomic_output``; returns the path."""
    with atomic_output(path, "wb") as handle:
        handle.write(data)
    return Path(path)


class FolderWriter:
    """A file and the folder of files beside it, written under temporary names and put in place
    together by ``commit`` (or removed by ``discard``); a failure leaves neither half-written and
    an earlier export (file and folder) as it was::

        with FolderWriter(Path("portfolio.html"), "portfolio_files") as out:
            (out.folder / "radar.svg").write_bytes(svg)
            out.commit(html_bytes)
    """

    def __init__(self, path: Path | str, folder_name: str) -> None:
        from internapp.core.services.errors import ValidationError

        self.path = check_target(path)
        import tempfile

        self.final_folder = self.path.parent / folder_name
        if self.final_folder.exists() and not self.final_folder.is_dir():
            raise ValidationError("file", f"{self.final_folder} exists and is not a folder")
        self.folder = Path(tempfile.mkdtemp(prefix=f".{folder_name}.", suffix=".part",
                                            dir=self.path.parent))
        self._done = False

    def __enter__(self) -> "FolderWriter":
        return self

    def __exit__(self, kind, error, traceback) -> None:
        full = _is_full(error)  # copying the folder's files filled the disk
        needed = _size_of(self.folder) + 64 * 1024 if full and not self._done else 0
        if not self._done:
            self.discard()
        if full:
            raise _disk_full(self.path.parent, needed or 64 * 1024) from None

    def commit(self, data: bytes) -> Path:
        """Writes the file and swaps the folder in (through ``atomic_output``: the file is renamed
        into place last); an earlier export's folder is replaced."""
        import shutil
        import tempfile

        old: Path | None = None
        moved = False
        try:
            with atomic_output(self.path, "wb") as handle:
                handle.write(data)
                if self.final_folder.exists():
                    old = Path(tempfile.mkdtemp(prefix=f".{self.final_folder.name}.",
                                                suffix=".old", dir=self.path.parent))
                    old.rmdir()
                    self.final_folder.rename(old)
                self.folder.rename(self.final_folder)
                moved = True
        except BaseException:
            if moved:
                self.final_folder.rename(self.folder)  # discarded on the way out
            if old is not None:
                old.rename(self.final_folder)  # the earlier export stays as it was
            raise
        self._done = True
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return self.path

    def discard(self) -> None:
        import shutil

        shutil.rmtree(self.folder, ignore_errors=True)
        self._done = True


def _is_full(error: BaseException | None) -> bool:
    return isinstance(error, OSError) and error.errno in (errno.ENOSPC,
                                                          getattr(errno, "EDQUOT", -1))


def _disk_full(folder: Path, needed: int):
    from internapp.core.store.faults import disk_full

    return disk_full(folder, needed)


def _size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) if folder.exists() else 0


def _umask() -> int:
    if sys.platform == "win32":  # pragma: no cover
        return 0
    current = os.umask(0)
    os.umask(current)
    return current
