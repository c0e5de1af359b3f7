"""Whole-file advisory locks between processes (flock on POSIX, msvcrt on Windows), held on an
open file; the operating system drops them when the process ends, killed or not. Standard
library only (the background reminder process uses them)."""

import sys
from typing import IO

if sys.platform == "win32":  # pragma: no cover - Windows
    import msvcrt

    def lock(handle: IO, *, wait: bool = True) -> bool:
        """Takes the exclusive lock; without ``wait``, False when another process holds it."""
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
        except OSError:
            if wait:
                raise
            return False
        return True

    def unlock(handle: IO) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def lock(handle: IO, *, wait: bool = True) -> bool:
        """Takes the exclusive lock; without ``wait``, False when another process holds it."""
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            return False
        return True

    def unlock(handle: IO) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
