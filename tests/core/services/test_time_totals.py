"""Totals summed once for a bulk write equal what the per-row triggers keep; every trigger is
back afterwards, and triggers that are not the totals' (sync's capture) are never suspended."""

import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from internapp.core.services import engagements, local_days, time_totals
from internapp.core.store.codec import encode

ZONE = ZoneInfo("Europe/Berlin")
START = datetime(2025, 3, 29, 20, tzinfo=UTC)  # across the change to summer time


def _rows(engagement_id: uuid.UUID, n: int, tags: str) -> list[tuple]:
    rows = []
    for i in range(n):
        begin = START + timedelta(minutes=50 * i)
        rows.append((uuid.uuid4().hex, encode(begin), encode(begin), engagement_id.hex,
                     encode(begin), encode(begin + timedelta(minutes=40)), 2400, "Europe/Berlin",
                     f"entry {i}", tags))
    return rows


INSERT = ("INSERT INTO time_entry (id, created_at, updated_at, engagement_id, started_at, "
          "ended_at, seconds, tz, note, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _totals(store) -> dict[str, list[tuple]]:
    with store.reading() as conn:
        return {table: conn.execute(f"SELECT * FROM {table} WHERE entries > 0 ORDER BY 1"
                                    ).fetchall()
                for table in ("time_total", "time_day_total", "time_tag_total")}


def _triggers(store) -> list[str]:
    with store.reading() as conn:
        return [sql for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")]


@pytest.mark.parametrize("some", [False, True])
def test_summed_once_equals_kept_row_by_row(store, some):
    local_days.ensure(store, ZONE)
    one = engagements.create(store, title="One")
    two = engagements.create(store, title="Two")
    rows = _rows(one.id, 300, '["a", "b"]') + _rows(two.id, 120, "[]")
    with store.writing([]) as conn:  # kept by the per-row triggers
        conn.executemany(INSERT, rows)
    kept, triggers_before = _totals(store), _triggers(store)
    assert len(kept["time_day_total"]) > 10 and len(kept["time_tag_total"]) == 3
    with store.writing([]) as conn:  # written again with the totals suspended
        triggers = time_totals.suspend(conn)
        assert triggers and not conn.execute(
            f"SELECT 1 FROM sqlite_master WHERE {time_totals.KEPT_BY}").fetchone()
        conn.execute("DELETE FROM time_entry")
        conn.executemany(INSERT, rows)
        time_totals.resume(conn, triggers, [one.id, two.id] if some else None)
    assert _totals(store) == kept
    assert _triggers(store) == triggers_before


def test_a_failure_restores_the_triggers_and_the_totals(store):
    one = engagements.create(store, title="One")
    before, triggers_before = _totals(store), _triggers(store)
    with pytest.raises(RuntimeError), store.writing([]) as conn:
        triggers = time_totals.suspend(conn)
        conn.executemany(INSERT, _rows(one.id, 10, "[]"))
        raise RuntimeError("the disk filled up")
    assert triggers
    assert (_totals(store), _triggers(store)) == (before, triggers_before)


def test_other_triggers_on_time_entry_are_left_alone(store):
    with store.writing([]) as conn:
        conn.execute("CREATE TRIGGER sync_ins_time_entry AFTER INSERT ON \"time_entry\" "
                     "BEGIN SELECT 1; END")
        time_totals.resume(conn, time_totals.suspend(conn))
        names = {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert "sync_ins_time_entry" in names


def test_entries_written_while_the_totals_are_suspended_are_still_found_by_search(store):
    """A sync pull suspends the totals around thousands of pulled entries: the full-text index
    still learns of every one of them (its triggers are not the totals' to suspend)."""
    from internapp.core.services import time_search

    one = engagements.create(store, title="Pulled work")
    with store.writing([]) as conn:
        triggers = time_totals.suspend(conn)
        conn.executemany(INSERT, _rows(one.id, 5, '["synced"]'))
        time_totals.resume(conn, triggers, [one.id])
    with store.reading() as conn:
        found = conn.execute(f"SELECT count(*) FROM {time_search.TABLE} WHERE "
                             f"{time_search.TABLE} MATCH ?",
                             (time_search.match_expression("pulled entry"),)).fetchone()[0]
    assert found == 5
