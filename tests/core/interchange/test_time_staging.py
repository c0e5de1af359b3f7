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
