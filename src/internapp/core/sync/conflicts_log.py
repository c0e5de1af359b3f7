"""Writing conflict records into ``sync_conflict`` (local-only), deduplicated, so a resumed sync
that meets the same lost value again does not list it twice."""

import json
import sqlite3
from typing import Any

from internapp.core.clock import utcnow


def record(connection: sqlite3.Connection, kind: str, tbl: str, row_id: str, *, col: str = "",
           kept: Any = None, lost: Any = None, lost_hlc: int = 0,
           other_row_id: str | None = None, detail: str = "") -> None:
    connection.execute(
        "INSERT OR IGNORE INTO sync_conflict (kind, tbl, row_id, col, kept, lost, lost_hlc, "
        "other_row_id, detail, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (kind, tbl, row_id, col, _json(kept), _json(lost), lost_hlc, other_row_id, detail,
         utcnow().isoformat(timespec="seconds")))


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)


def log_change(connection: sqlite3.Connection, tbl: str, row_id: str, op: str,
               cols: str | None = None) -> None:
    """Appends a change the triggers cannot see (a restore, a row never stored here) to the log,
    with a fresh clock."""
    from internapp.core.sync import clock

    connection.execute(f"UPDATE sync_clock SET hlc = MAX(hlc + 1, {clock.SQL_NOW}) WHERE id = 1")
    connection.execute(
        "INSERT INTO sync_change (tbl, row_id, op, cols, hlc) VALUES (?, ?, ?, ?, "
        "(SELECT hlc FROM sync_clock WHERE id = 1))", (tbl, row_id, op, cols))
