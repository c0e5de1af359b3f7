"""What is checked before SQLite opens the store, because opening can already change the file.

- A folder, an empty file beside backups, an unreadable header or a file shorter than its header
  says is damaged: it is never opened for writing; DamagedStoreError names what happened and the
  newest backup that passes verification.
- A ``-wal`` nobody has open (left by a crash, or put there by a copy) is replayed only when it
  belongs to this file (guard.py); otherwise it is moved aside, never applied, and a note says so.
  After a crash the file is quick-checked.
- A file that is not ours, or from a newer schema, is refused as before (identity.py), and one
  missing tables its schema version has is damaged.

All of it reads; the only change ever made is moving a foreign ``-wal`` (and its ``-shm``) aside.
"""

import os
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from internapp.core.store import guard
from internapp.core.store.errors import (
    DamagedStoreError,
    ForeignFileError,
    NewerSchemaError,
)
from internapp.core.store.identity import APPLICATION_ID, SQLITE_MAGIC, FileIdentity, read_identity
from internapp.core.store.schema import missing_tables
from internapp.core.store.wal import wal_path, wal_size


class Inspection:
    """What the inspection found (a plain class: the hot commands import no dataclasses)."""

    def __init__(self, identity: FileIdentity | None) -> None:
        self.identity = identity  # None: there is no store yet; one will be created
        self.notes: list[str] = []  # what was done, in words for the user
        self.after_crash = False  # a -wal of ours was left by a process that did not close


def inspect(path: Path, backups_dir: Path, *, schema_version: int) -> Inspection:
    """Checks the store at ``path`` before it is opened; raises a StoreError when it must not be."""

    def damaged(reason: str) -> DamagedStoreError:
        from internapp.core.store.catalog import newest_verified  # the rare path: read it then

        return DamagedStoreError(path, reason, newest_verified(backups_dir))

    if path.is_dir():
        raise damaged("a folder has the data file's name, so the file itself is missing")
    if path.exists() and not path.is_file():
        raise damaged("it is not a regular file")
    size = path.stat().st_size if path.exists() else 0
    if size == 0:
        from internapp.core.store.catalog import catalog

        if path.exists() and catalog(backups_dir):
            raise damaged("it is empty (0 bytes), although backups of it exist")
        return Inspection(None)
    reason = _header_problem(_header(path), size)
    if reason and not _nobody_has_it_open(path):
        reason = _settled_header_problem(path)
    if reason:
        raise damaged(reason)

    inspection = Inspection(None)
    if wal_size(path) > 0 and _nobody_has_it_open(path):
        _judge_wal(path, inspection, damaged)

    try:
        identity = read_identity(path)
    except sqlite3.DatabaseError as error:
        raise _unreadable(error, path, damaged) from None
    if identity is None:
        raise damaged("its header is unreadable")
    if identity.application_id != APPLICATION_ID and (
            identity.application_id != 0 or identity.has_tables):
        raise ForeignFileError(
            path, f"its application id is {identity.application_id:#x}, not {APPLICATION_ID:#x}")
    if identity.schema_version > schema_version:
        raise NewerSchemaError(path, identity.schema_version, schema_version)
    inspection.identity = identity
    if identity.schema_version > 0:
        try:
            reason = _content_problem(path, identity.schema_version, inspection.after_crash)
        except sqlite3.DatabaseError as error:
            raise _unreadable(error, path, damaged) from None
        if reason:
            raise damaged(reason)
    return inspection


def _judge_wal(path: Path, inspection: Inspection, damaged) -> None:
    """A -wal nobody had open: replayed when it is ours (a crash left it), moved aside when not.

    Other programs may open the store while we read the log (the window and a CLI command start
    together): the log is moved aside only when neither file changed while we judged it and still
    nobody has it open, so a log another process has begun to use is never taken from it."""
    before = _files_state(path)
    try:
        foreign = guard.foreign_reason(path)
    except FileNotFoundError:
        return  # checkpointed and removed by a program that closed the store meanwhile
    except sqlite3.DatabaseError as error:
        raise _unreadable(error, path, damaged) from None
    if not foreign:
        inspection.after_crash = True
        return
    if _files_state(path) != before or not _nobody_has_it_open(path):
        return  # in use now: whoever opened it judged it before us
    aside = _move_aside(path, wal_path(path))
    if aside is not None:
        inspection.notes.append(
            f"A write-ahead log beside {path.name} does not belong to it ({foreign}); it was "
            f"moved aside to {aside} and not applied.")


def _files_state(path: Path) -> tuple:
    """What changes when anyone writes to or checkpoints the store: the files' sizes, times and
    identities (None for a file that is not there)."""
    def state(file: Path) -> tuple[int, int, int] | None:
        try:
            st = file.stat()
        except FileNotFoundError:
            return None
        return st.st_ino, st.st_size, st.st_mtime_ns

    return state(path), state(wal_path(path))


def _unreadable(error: sqlite3.DatabaseError, path: Path, damaged) -> Exception:
    """Damage when SQLite says the file is corrupt; otherwise what the disk did (full, read-only,
    failing) — a file is not called damaged because the disk it is on misbehaves."""
    from internapp.core.store.faults import CORRUPT, NOTADB, translate

    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(error).lower()
    if code in (CORRUPT, NOTADB) or "malformed" in text or "not a database" in text:
        return damaged(f"SQLite cannot read it ({error})")
    return translate(error, path) or damaged(f"SQLite cannot read it ({error})")


def _header(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(100)


def _settled_header_problem(path: Path) -> str | None:
    """Another program has the store open: its checkpoint may have written page 1, with the new
    page count, before the file grew to it (seen once in 100 processes writing at once: "shorter
    than its header says"). Read again until the two agree, for up to a second; still at odds
    while others have it open, SQLite judges the pages as it reads them (faults.translate)."""
    for _ in range(20):
        time.sleep(0.05)
        try:
            reason = _header_problem(_header(path), path.stat().st_size)
        except FileNotFoundError:
            return None
        if reason is None:
            return None
    return reason if _nobody_has_it_open(path) else None


def _header_problem(header: bytes, size: int) -> str | None:
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return "its header is unreadable: it does not begin as a SQLite database does"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"its header is unreadable (a page size of {page_size} bytes is impossible)"
    if size % page_size:
        return (f"it was cut off: {size:,} bytes is not a whole number of its "
                f"{page_size:,}-byte pages")
    pages = int.from_bytes(header[28:32], "big")
    header_count_valid = header[24:28] == header[92:96] and pages > 0
    if header_count_valid and size < pages * page_size:
        return (f"it is shorter than its header says ({size // page_size:,} of {pages:,} pages): "
                "it was cut off, by an interrupted copy or a disk that filled up")
    return None


def _content_problem(path: Path, version: int, after_crash: bool) -> str | None:
    """Tables missing against the schema; after a crash, SQLite's quick check too."""
    mode = "mode=ro" if wal_size(path) > 0 else "immutable=1"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
    try:
        tables = {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = missing_tables(tables, version)
        if missing:
            noun = "table is" if len(missing) == 1 else "tables are"
            return f"the {noun} missing: {', '.join(missing)}"
        if after_crash:
            result = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
            if result != ["ok"]:
                return "SQLite's quick check fails: " + "; ".join(result)
    finally:
        conn.close()
    return None


def _nobody_has_it_open(path: Path) -> bool:
    from internapp.core.store import holders

    found = holders.lock_holders(path)
    return found is not None and not found


def _move_aside(path: Path, wal: Path) -> Path | None:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = wal.with_name(f"{wal.name}.not-replayed-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = wal.with_name(f"{wal.name}.not-replayed-{stamp}-{n}")
    try:
        os.replace(wal, aside)
    except FileNotFoundError:
        return None  # gone meanwhile: nothing left to replay
    wal.with_name(path.name + "-shm").unlink(missing_ok=True)  # the index of that log
    return aside
