"""Distinct records that two devices gave the same unique number (two invoices "INV-7" issued
offline) are never merged into one: both stay, the later-created one is renumbered on every
device, and the Conflicts view lists it. Shown on a numbered table made for the test, declared in
``tables.KEEP_BOTH`` the way a real one is."""

import uuid

import pytest

from internapp.core.changes import Kind
from internapp.core.sync import conflicts, tables

TABLE = "numbered_note"


def _next_number(connection, row) -> dict:
    top = connection.execute(
        f"SELECT max(CAST(substr(number, 3) AS INTEGER)) FROM {TABLE}").fetchone()[0] or 0
    return {"number": f"N-{top + 1}"}


@pytest.fixture
def numbered_table(monkeypatch, device_a, device_b):
    """The table on both devices and in SYNCED (before sync is set up: its triggers come then)."""
    for store in (device_a, device_b):
        with store.writing([]) as conn:
            conn.execute(f"CREATE TABLE {TABLE} (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, "
                         "updated_at TEXT NOT NULL, number TEXT NOT NULL UNIQUE, body TEXT)")
    monkeypatch.setitem(tables.SYNCED, TABLE, Kind.SETTINGS)


@pytest.fixture
def numbered(numbered_table, monkeypatch):
    monkeypatch.setitem(tables.KEEP_BOTH, TABLE, _next_number)


def _add(store, created_at: str, number: str, body: str) -> str:
    row_id = uuid.uuid4().hex
    with store.writing([]) as conn:
        conn.execute(f"INSERT INTO {TABLE} VALUES (?, ?, ?, ?, ?)",
                     (row_id, created_at, created_at, number, body))
    return row_id


def _rows(store) -> list[tuple]:
    with store.reading() as conn:
        return conn.execute(f"SELECT id, number, body FROM {TABLE} ORDER BY number").fetchall()


@pytest.mark.parametrize("later_on", ["laptop", "desktop"])
def test_two_records_numbered_alike_both_stay_and_the_later_is_renumbered(
        numbered, device_a, device_b, synced, later_on):
    synced(device_a)
    synced(device_b)
    first, second = "2026-03-02 09:00:00.000000", "2026-03-02 10:00:00.000000"
    a = _add(device_a, second if later_on == "laptop" else first, "N-7", "issued on the laptop")
    b = _add(device_b, first if later_on == "laptop" else second, "N-7", "issued on the desktop")
    for store in (device_a, device_b, device_a, device_b):
        synced(store)
    later = a if later_on == "laptop" else b
    assert _rows(device_a) == _rows(device_b)
    numbers = {row_id: number for row_id, number, _ in _rows(device_a)}
    assert numbers == {later: "N-8", (b if later == a else a): "N-7"}
    assert {body for _, _, body in _rows(device_a)} == {"issued on the laptop",
                                                         "issued on the desktop"}
    listed = [c for store in (device_a, device_b) for c in conflicts.list_conflicts(store)
              if c.kind == "renumbered"]
    assert listed and {c.row_id for c in listed} == {later}
    assert listed[0].kept == {"number": "N-8"} and listed[0].other == {"number": "N-7"}
    synced(device_a)  # the echo of the renumbering (each device sent it) settles
    synced(device_b)
    assert (synced(device_a).pushed, synced(device_b).pushed) == (0, 0)
    assert _rows(device_a) == _rows(device_b)


def test_without_the_declaration_the_same_key_is_one_record_merged(
        numbered_table, device_a, device_b, synced):
    """The rule for everything else (a skill, an organization created on both): one record."""
    synced(device_a)
    synced(device_b)
    _add(device_a, "2026-03-02 09:00:00.000000", "N-7", "one")
    _add(device_b, "2026-03-02 10:00:00.000000", "N-7", "one")
    for store in (device_a, device_b, device_a):
        synced(store)
    assert len(_rows(device_a)) == len(_rows(device_b)) == 1


def test_two_invoices_numbered_alike_offline_stay_two_invoices_with_distinct_numbers(
        device_a, device_b, synced):
    """The real declaration: invoice 2026-001 drafted offline on each device is two invoices,
    never one merged away; the later-created one takes the scheme's next free number."""
    from datetime import date

    from internapp.core.services import engagements, invoices, money_settings

    synced(device_a)
    synced(device_b)
    day = date(2026, 11, 26)
    drafted = {}
    for store, title in ((device_a, "Dashboard"), (device_b, "Audit")):
        money_settings.update(store, invoice_prefix="{year}-", invoice_digits=3, invoice_next=1)
        e = engagements.create(store, title=title, fee="600", start_on="2026-10-01")
        drafted[title] = invoices.create_draft(store, e.id, today=day)
    assert drafted["Dashboard"].number == drafted["Audit"].number == "2026-001"
    for store in (device_a, device_b, device_a, device_b):
        synced(store)

    def numbers(store):
        with store.reading() as conn:
            return sorted(conn.execute("SELECT i.number, e.title FROM invoice i "
                                       "JOIN engagement e ON e.id = i.engagement_id"))

    assert numbers(device_a) == numbers(device_b)
    assert [n for n, _ in numbers(device_a)] == ["2026-001", "2026-002"]
    assert {t for _, t in numbers(device_a)} == {"Dashboard", "Audit"}
