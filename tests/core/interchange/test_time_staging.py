"""Parsed entries wait on disk, not in memory: reading a long file holds no object per row, and
the staged entries come back in start order whatever the file's order."""

import tracemalloc
from datetime import UTC, datetime, timedelta

from internapp.core.interchange import toggl
from internapp.core.interchange.time_import import Parsed, ParsedEntry

START = datetime(2024, 1, 1, 9, tzinfo=UTC)
HEADER = "Project,Description,Start date,Start time,End date,End time,Tags\n"


def _toggl_csv(path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        for n in range(rows):
            start = START + timedelta(hours=n)
            out.write(f"Route model,Stop {n} checked again with the supervisor's notes,"
                      f"{start:%Y-%m-%d},{start:%H:%M:%S},{start:%Y-%m-%d},"
                      f"{start:%H}:45:00,\"fieldwork, review\"\n")


def test_reading_a_long_file_holds_no_object_per_row(tmp_path):
    path = tmp_path / "long.csv"
    _toggl_csv(path, 20_000)
    tracemalloc.start()
    try:
        parsed = toggl.parse(path, "UTC")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    try:
        assert parsed.staging.count() == 20_000
        assert peak < 8_000_000  # every row in memory: 26 MB
    finally:
        parsed.close()


def test_staged_entries_come_back_in_start_order_and_repeats_count_once(tmp_path):
    entries = [ParsedEntry(row, "P", START + timedelta(hours=hour), None if hour == 9 else
                           START + timedelta(hours=hour, minutes=30), f"n{row}", ("a",),
                           f"id-{hour}") for row, hour in enumerate([5, 1, 9, 1, 3], start=1)]
    parsed = Parsed(entries)
    try:
        assert [(e.row, e.end is None) for e in parsed.entries] == [
            (2, False), (5, False), (1, False), (3, True)]  # row 4 repeats row 2's id
        assert parsed.staging.duplicates == 1
        folder = parsed.staging.folder
        assert folder.is_dir()
    finally:
        parsed.close()
    assert not folder.exists()


def test_rows_to_insert_come_in_start_order_with_increasing_ids_rejected_ones_left_out():
    import random
    import uuid

    from internapp.core.interchange.time_import import first_time_ordered_id
    from internapp.core.store.codec import encode

    entries = [ParsedEntry(row, project, START + timedelta(hours=hour),
                           START + timedelta(hours=hour, minutes=30), f"n{row}", ("a",),
                           f"id-{hour}") for row, (hour, project) in
               enumerate([(5, "P"), (1, "Q"), (9, "P"), (3, "Q")], start=1)]
    parsed = Parsed(entries)
    try:
        seqs = {e.row: e.seq for e in parsed.staging.entries()}
        parsed.staging.reject([seqs[3]])  # the one starting at 9
        high, low = first_time_ordered_id(random.Random(7))
        rows = parsed.staging.stored_rows({"p": "e" * 32, "q": "f" * 32}, "stamp", "UTC",
                                          "toggl", (high, low - (1 << 64))).fetchall()
    finally:
        parsed.close()
    assert [(r[3], r[4], r[8], r[10], r[11]) for r in rows] == [
        ("f" * 32, encode(START + timedelta(hours=1)), "n2", "toggl", "id-1"),
        ("f" * 32, encode(START + timedelta(hours=3)), "n4", "toggl", "id-3"),
        ("e" * 32, encode(START + timedelta(hours=5)), "n1", "toggl", "id-5")]
    assert [r[1:3] + r[6:8] + r[9:10] for r in rows] == [("stamp", "stamp", 1800, "UTC",
                                                           '["a"]')] * 3
    ids = [r[0] for r in rows]
    assert ids[0] == f"{high:016x}{low:016x}" and ids == sorted(ids) and len(set(ids)) == 3
    assert all((uuid.UUID(hex=i).version, uuid.UUID(hex=i).variant) == (7, uuid.RFC_4122)
               for i in ids)


def test_a_file_in_start_order_gets_increasing_ids_in_file_order_past_rejected_rows():
    import random

    from internapp.core.interchange.time_import import first_time_ordered_id

    entries = [ParsedEntry(row, "P", START + timedelta(hours=row),
                           START + timedelta(hours=row, minutes=30), f"n{row}", (),
                           f"id-{row}") for row in range(1, 7)]
    parsed = Parsed(entries)
    try:
        seqs = {e.row: e.seq for e in parsed.staging.entries()}
        parsed.staging.reject([seqs[2], seqs[5]])
        high, low = first_time_ordered_id(random.Random(3))
        rows = parsed.staging.stored_rows({"p": "e" * 32}, "stamp", "UTC", "toggl",
                                          (high, low - (1 << 64))).fetchall()
    finally:
        parsed.close()
    assert [r[8] for r in rows] == ["n1", "n3", "n4", "n6"]
    ids = [r[0] for r in rows]
    assert ids[0] == f"{high:016x}{low:016x}" and ids == sorted(ids) and len(set(ids)) == 4
