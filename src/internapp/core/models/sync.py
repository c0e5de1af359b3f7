"""Local-only bookkeeping of sync (core/sync): the change log, the device's clock, the sync
state and the conflicts found. None of these tables is sent to the server."""

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel


class SyncChange(SQLModel, table=True):
    """One captured change of a synced row, written by the capture triggers (core/sync/capture.py).

    ``seq`` is the per-device sequence (AUTOINCREMENT: never reused, even after acknowledged
    changes are dropped); ``hlc`` the hybrid logical clock of the change; ``cols`` the changed
    columns as ``|a|b|`` (null for an insert: every column); ``op`` is I, U or D.
    """

    __tablename__ = "sync_change"
    __table_args__ = (Index("ix_sync_change_row", "tbl", "row_id"), {"sqlite_autoincrement": True})

    seq: int | None = Field(default=None, primary_key=True)
    tbl: str
    row_id: str
    op: str
    cols: str | None = None
    hlc: int


class SyncClock(SQLModel, table=True):
    """The device's one row: its id, its hybrid logical clock, and ``applying`` (1 while pulled
    changes are written, so the triggers do not log them again)."""

    __tablename__ = "sync_clock"

    id: int = Field(default=1, primary_key=True)
    device_id: str
    hlc: int = 0
    applying: int = 0


class SyncState(SQLModel, table=True):
    """Key/value state: the server URL (never a password), cursors, the last result."""

    __tablename__ = "sync_state"

    key: str = Field(primary_key=True)
    value: str


class SyncConflict(SQLModel, table=True):
    """A value that lost a merge (or a situation the student must settle, such as two time
    entries overlapping), kept until the student picks or dismisses it."""

    __tablename__ = "sync_conflict"
    __table_args__ = (UniqueConstraint("kind", "tbl", "row_id", "col", "lost_hlc"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str  # "field", "deleted", "overlap", "renamed", "merged", "removed"
    tbl: str
    row_id: str
    col: str = ""
    kept: str | None = None  # JSON of the value in the store
    lost: str | None = None  # JSON of the other value
    lost_hlc: int = 0
    other_row_id: str | None = None  # the other entry of an overlap
    detail: str = ""
    found_at: str  # ISO UTC
    resolved_at: str | None = None
