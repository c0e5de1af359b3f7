"""Writing files so that nothing is ever half-written, and keeping the user's data private.

- ``atomic_output(path)`` writes to a temporary name in the same folder, flushes it to disk and
  renames it over ``path`` only when the writer finished; on any failure the temporary file is
  removed and ``path`` is as it was. A full disk becomes a DiskFullError naming the folder and
  the space needed.
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


@contextmanager
def atomic_output(path: Path, mode: str = "w", *, encoding: str | None = "utf-8",
                  newline: str | None = None, private: bool = False) -> Iterator[IO]:
    """A file object to write ``path`` through; ``path`` appears only complete."""
    from internapp.core.services.errors import ValidationError

    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise ValidationError("file", f"the folder {folder} does not exist")
    if path.is_dir():
        raise ValidationError("file", f"{path} is a folder; give a file name")
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
        if isinstance(error, OSError) and error.errno in (errno.ENOSPC,
                                                           getattr(errno, "EDQUOT", -1)):
            from internapp.core.store.faults import disk_full

            # it got this far before the disk filled: the whole file needs more than that
            raise disk_full(folder, written + 64 * 1024) from None
        raise


def _umask() -> int:
    if sys.platform == "win32":  # pragma: no cover
        return 0
    current = os.umask(0)
    os.umask(current)
    return current
