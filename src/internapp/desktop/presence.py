"""Whether the window is open on a data folder: it holds an exclusive lock on a small file there
for as long as it runs. The background reminder process leaves notifying to the window then (a
click on the window's own notification opens the record in it)."""

import os
from pathlib import Path

FILE_NAME = "window.lock"


class WindowPresence:
    """Held by the window from ``acquire`` until ``release`` (or the process ends: the operating
    system drops the lock of a killed process)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FILE_NAME
        self._handle = None

    def acquire(self) -> bool:
        """True when this process now holds it (False: another window has it)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+b")  # noqa: SIM115 - held until release()
        if not _try_lock(handle):
            handle.close()
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None


def window_open(data_dir: Path) -> bool:
    """True while a window holds the lock on ``data_dir``."""
    path = Path(data_dir) / FILE_NAME
    if not path.exists():
        return False
    with open(path, "a+b") as handle:
        if _try_lock(handle):
            _unlock(handle)
            return False
        return True


if os.name == "nt":  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(handle) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(handle) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
