"""One sync at a time per store: the window and the CLI may both sync the same file. An OS file
lock beside the store, released by the OS when the process ends (even by kill -9)."""

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from internapp.core.sync.errors import SyncBusy


@contextmanager
def sync_lock(database: Path) -> Iterator[None]:
    path = database.with_name(database.name + ".sync-lock")
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if not _try_lock(handle):
            raise SyncBusy("another sync of this data file is running (in the window or a "
                           "command); try again when it has finished")
        try:
            yield
        finally:
            _unlock(handle)
    finally:
        os.close(handle)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: int) -> bool:
        try:
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: int) -> None:
        os.lseek(handle, 0, os.SEEK_SET)
        msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(handle: int) -> bool:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)
