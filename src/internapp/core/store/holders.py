"""Which programs have a store file open, read from the operating system's lock table.

SQLite holds POSIX advisory locks on the database and its ``-shm`` for as long as a connection is
open (and a write lock while it writes), so the lock table says whether a ``-wal`` beside the file
is still in use, and who keeps a busy store busy. Linux lists every lock in ``/proc/locks``;
elsewhere ``fcntl(F_GETLK)`` asks about the ``-shm`` alone (it cannot see this process's own locks).
On Windows nothing is known (None).
"""

import os
import sys
from dataclasses import dataclass
from pathlib import Path

PROC_LOCKS = Path("/proc/locks")
SHM_DMS_BYTE = 128  # every connection keeps a read lock here while it is open (unix VFS)
WAL_WRITE_BYTE = 120  # the writer's lock


@dataclass(frozen=True)
class Holder:
    pid: int
    program: str  # "the internapp window", "internapp log add", "sqlite3", …
    writing: bool

    def __str__(self) -> str:
        return f"{self.program} (process {self.pid})"


def store_files(database: Path) -> list[Path]:
    return [database, database.with_name(database.name + "-wal"),
            database.with_name(database.name + "-shm")]


def lock_holders(database: Path, *, include_self: bool = True) -> list[Holder] | None:
    """The processes holding locks on the store (itself, its -wal or its -shm); None when this
    system cannot tell."""
    if PROC_LOCKS.exists():
        return _from_proc_locks(database, include_self)
    if sys.platform == "win32":
        return None
    return _from_fcntl(database)


def describe(holders: list[Holder]) -> str:
    """"the internapp window (process 41)" or "sqlite3 (process 7) and …"."""
    writers = [h for h in holders if h.writing] or holders
    names = list(dict.fromkeys(str(h) for h in writers))
    return " and ".join(names)


def _from_proc_locks(database: Path, include_self: bool) -> list[Holder]:
    inodes: dict[tuple[int, int, int], Path] = {}
    for path in store_files(database):
        try:
            st = path.stat()
        except OSError:
            continue
        inodes[(os.major(st.st_dev), os.minor(st.st_dev), st.st_ino)] = path
    if not inodes:
        return []
    try:
        table = PROC_LOCKS.read_text()
    except OSError:
        return []
    found: dict[int, bool] = {}
    for line in table.splitlines():
        fields = line.split()
        if "->" in fields:  # a waiter, listed under the lock it waits for
            fields.remove("->")
        if len(fields) < 8 or fields[1] not in ("POSIX", "OFDLCK", "FLOCK"):
            continue
        try:
            pid = int(fields[4])
            major, minor, inode = fields[5].split(":")
            key = (int(major, 16), int(minor, 16), int(inode))
        except ValueError:
            continue
        if key not in inodes or pid <= 0 or (pid == os.getpid() and not include_self):
            continue
        path = inodes[key]
        writing = fields[3] == "WRITE" and (
            (path.name.endswith("-shm") and fields[6] == str(WAL_WRITE_BYTE))
            or not path.name.endswith("-shm"))
        found[pid] = found.get(pid, False) or writing
    return [Holder(pid, program_of(pid), writing) for pid, writing in sorted(found.items())]


def _from_fcntl(database: Path) -> list[Holder] | None:  # pragma: no cover - not Linux
    import fcntl
    import struct

    shm = database.with_name(database.name + "-shm")
    if not shm.exists():
        return []
    fmt = "hhqqi4x" if sys.platform.startswith("linux") else "qqihh"
    try:
        fd = os.open(shm, os.O_RDONLY)
    except OSError:
        return None
    try:
        if fmt == "qqihh":  # BSD/macOS: l_start, l_len, l_pid, l_type, l_whence
            request = struct.pack(fmt, SHM_DMS_BYTE, 1, 0, fcntl.F_WRLCK, 0)
            _, _, pid, kind, _ = struct.unpack(fmt, fcntl.fcntl(fd, fcntl.F_GETLK, request))
        else:
            request = struct.pack(fmt, fcntl.F_WRLCK, 0, SHM_DMS_BYTE, 1, 0)
            kind, _, _, _, pid = struct.unpack(fmt, fcntl.fcntl(fd, fcntl.F_GETLK, request))
    except OSError:
        return None
    finally:
        os.close(fd)
    if kind == fcntl.F_UNLCK:
        return []
    return [Holder(pid, program_of(pid), writing=False)]


def program_of(pid: int) -> str:
    """A name a person recognises for the process ``pid``."""
    if pid == os.getpid():
        return "this internapp"
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "another program"
    args = [a.decode("utf-8", "replace") for a in raw.split(b"\0") if a]
    if not args:
        return "another program"
    for index, arg in enumerate(args):
        name = Path(arg).name
        if name == "internapp" or (name == "-m" and args[index + 1:index + 2] == ["internapp"]) \
                or name in ("internapp.exe", "InternApp"):
            rest = [a for a in args[index + (2 if name == "-m" else 1):] if not a.startswith("-")]
            return f"internapp {' '.join(rest[:2])}" if rest else "the internapp window"
    if "internapp" in " ".join(args[:3]):
        return "internapp"
    return Path(args[0]).name
