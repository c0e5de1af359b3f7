"""Whether the window is open on a data folder: it holds an exclusive lock on a small file there
for as long as it runs. The background reminder process leaves notifying to the window then (a
click on the window's own notification opens the record in it)."""

import os
from pathlib import Path
from typing import IO

from internapp.core.file_locks import lock, unlock

FILE_NAME = "window.lock"


class WindowPresence:
    """Held by the window from ``acquire`` until ``release`` (or the process ends: the operating
    system drops the lock of a killed process)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FILE_NAME
        self._handle: IO | None = None

    def acquire(self) -> bool:
        """True when this process now holds it (False: another window has it). OSError when the
        lock file cannot be made (a read-only folder)."""
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle = os.fdopen(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600), "r+b")
        if not lock(handle, wait=False):
            handle.close()
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is not None:
            unlock(self._handle)
            self._handle.close()
            self._handle = None


def window_open(data_dir: Path) -> bool:
    """True while a window holds the lock on ``data_dir``."""
    path = Path(data_dir) / FILE_NAME
    try:
        handle = open(path, "r+b")  # noqa: SIM115 - closed below
    except OSError:  # no window made it (or it cannot be read): no window to defer to
        return False
    with handle:
        if lock(handle, wait=False):
            unlock(handle)
            return False
        return True
