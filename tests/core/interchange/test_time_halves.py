"""A long CSV read in two halves by two processes gives exactly what one pass gives: the same
entries, rows, rejections and repeats, wherever the middle of the file falls."""

from datetime import UTC, datetime, timedelta

import pytest

from internapp.core.interchange import time_halves, toggl
from internapp.core.interchange.time_staging import Staging

START = datetime(2024, 1, 1, 9, tzinfo=UTC)
HEADER = "Project,Description,Start date,Start time,End date,End time,Tags\n"


def _write(path, rows: int, long_note_at: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("\ufeff" + HEADER)
        for n in range(rows):
            start = START + timedelta(hours=n)
            note = f"Stop {n}"
            if n == long_note_at:  # a quoted note of many lines
                note = '"' + "\r\n".join(f"line {i}, with a comma" for i in range(400)) + '"'
            if n == rows - 5:
                start = START  # out of order: the halves no longer come in start order
            end = f"{start:%Y-%m-%d},{start:%H}:45:00"
            if n == rows - 3:
                end = f"{start:%Y-%m-%d},26:00:00"  # not a time: rejected
            out.write(f"Route model,{note},{start:%Y-%m-%d},{start:%H:%M:%S},{end},"
                      f"\"fieldwork, review\"\r\n")
            if n == rows - 2:  # the second row repeated: staged once
                first = START + timedelta(hours=1)
                out.write(f"Route model,Stop 1,{first:%Y-%m-%d},{first:%H:%M:%S},"
                          f"{first:%Y-%m-%d},{first:%H}:45:00,\"fieldwork, review\"\r\n")


def _read(path):
    parsed = toggl.parse(path, "UTC")
    try:
        return ([tuple(e) for e in parsed.staging.entries()], parsed.rejected, parsed.notes,
                parsed.staging.duplicates, parsed.staging.tally)
    finally:
        parsed.close()


@pytest.mark.parametrize("long_note_at", [1000, 10], ids=["middle-in-a-note", "middle-clear"])
def test_two_halves_read_what_one_pass_reads(tmp_path, monkeypatch, long_note_at):
    path = tmp_path / "long.csv"
    _write(path, 2000, long_note_at)
    one_pass = _read(path)
    taken = []
    monkeypatch.setattr(time_halves, "SPLIT_BYTES", 0)
    real = Staging.take
    monkeypatch.setattr(Staging, "take", lambda self, *a: taken.append(a) or real(self, *a))
    halves = _read(path)
    assert halves == one_pass
    assert len(one_pass[0]) == 2000 - 1 and one_pass[3] == 1  # one rejected, one repeat
    assert [r.row for r in halves[1]] == [2 + 2000 - 3 + 399]  # the note's 400 lines before it
    assert halves[4].ascending is False  # not in start order
    # the second process's half is used, unless it began inside the note
    assert len(taken) == (0 if long_note_at == 1000 else 1)
    assert not list(tmp_path.glob("internapp-import-*"))
