"""The totals that triggers keep from ``time_entry`` (migrations 0002 and 0004): seconds and
entries per engagement (``time_total``), per local day (``time_day_total``) and per tag
(``time_tag_total``).

A bulk write — an import, a sync pulling thousands of entries — would pay for those per-row
triggers as much as for the write itself. So, inside the writing transaction (a failure restores
everything, the triggers included), ``suspend`` drops them, and ``resume`` sums the totals once and
creates the triggers again from their own stored SQL. Other triggers on ``time_entry`` (sync's
change capture) are left alone: they must see every row.
"""

import sqlite3
import uuid
from collections.abc import Iterable

from internapp.core.services import local_days

# (the full-text index's triggers, tr_time_search_*, are not the totals': a bulk import drops
# and replays the index's insert trigger through time_search.pause/resume)
KEPT_BY = ("type = 'trigger' AND tbl_name = 'time_entry' AND name GLOB 'tr_time_*' "
           "AND name NOT GLOB 'tr_time_search_*'")
ALL_ENGAGEMENTS = ("INSERT INTO time_total (engagement_id, seconds, entries) "
                   "SELECT engagement_id, SUM(seconds), COUNT(seconds) FROM time_entry "
                   "WHERE seconds IS NOT NULL GROUP BY engagement_id")
SOME_ENGAGEMENTS = (
    "INSERT INTO time_total (engagement_id, seconds, entries) "
    "SELECT engagement_id, SUM(seconds), COUNT(seconds) FROM time_entry "
    "WHERE engagement_id IN ({marks}) AND seconds IS NOT NULL GROUP BY engagement_id "
    "ON CONFLICT (engagement_id) DO UPDATE SET seconds = excluded.seconds, "
    "entries = excluded.entries")


def suspend(conn: sqlite3.Connection) -> list[str]:
    """Drops the triggers that keep the totals, in the caller's transaction; returns their SQL
    for ``resume``."""
    if not conn.in_transaction:
        conn.execute("BEGIN")  # the DDL must be part of the transaction
    found = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE {KEPT_BY}").fetchall()
    for name, _ in found:
        conn.execute(f'DROP TRIGGER "{name}"')
    return [sql for _, sql in found]


def resume(conn: sqlite3.Connection, triggers: list[str],
           engagement_ids: Iterable[uuid.UUID] | None = None,
           tag_lists: dict[str, list] | None = None) -> None:
    """Sums the totals again — per engagement for ``engagement_ids`` only (the ones written to),
    or for all when None; per tag by adding ``tag_lists`` (``local_days.add_tags``: what the
    entries written meanwhile add), or from every entry when None — and creates ``triggers``
    again."""
    if not triggers:  # nothing was suspended (a store from before the totals)
        return
    if engagement_ids is None:
        conn.execute("DELETE FROM time_total")
        conn.execute(ALL_ENGAGEMENTS)
    else:
        hexes = [engagement_id.hex for engagement_id in engagement_ids]
        if hexes:
            conn.execute(SOME_ENGAGEMENTS.format(marks=",".join("?" * len(hexes))), hexes)
    if tag_lists is None:
        local_days.rebuild_tags(conn)
    else:
        local_days.add_tags(conn, tag_lists)
    local_days.rebuild(conn)
    for sql in triggers:
        conn.execute(sql)
