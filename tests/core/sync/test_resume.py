"""kill -9 in the middle of a sync, then a resumed sync: totals equal, no duplicates."""

import os
import signal
import subprocess
import sys
import time

from internapp.core.sync import service
from internapp.core.sync.run import sync_now

ENTRIES = 30_000


def _server_counts(postgres, database) -> tuple[int, int]:
    with postgres.admin(database) as admin:
        return admin.execute("SELECT count(*), count(DISTINCT row_id) FROM internapp_sync.row_state "
                             "WHERE tbl = 'time_entry'").fetchone()


def test_kill_9_in_the_middle_of_a_push_then_resume(device_a, device_b, student, postgres,
                                                   database, snapshot, fill_entries):
    fill_entries(device_a, ENTRIES)
    service.setup(device_a, student.url, student.password)
    before = snapshot(device_a)
    folder = device_a.path.parent
    process = subprocess.Popen(
        [sys.executable, "-m", "internapp", "sync", "now", "--password-stdin", "--data-dir",
         str(folder)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    process.stdin.write(f"{student.password}\n".encode())
    process.stdin.close()
    deadline = time.monotonic() + 120
    partial = 0
    while time.monotonic() < deadline and process.poll() is None:
        partial = _server_counts(postgres, database)[0]
        if partial > 0:
            break
        time.sleep(0.01)
    assert process.poll() is None, "the sync finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()
    process.stderr.close()
    killed_at = _server_counts(postgres, database)[0]
    assert 0 < killed_at < ENTRIES, killed_at

    assert snapshot(device_a) == before  # the records are untouched
    result = sync_now(device_a)  # resumes where the killed one stopped
    assert result.pushed <= ENTRIES + 200 - killed_at + 5000  # at most one batch again
    assert _server_counts(postgres, database) == (ENTRIES, ENTRIES)
    assert service.status(device_a).pending_changes == 0

    service.setup(device_b, student.url, student.password)
    pulled = sync_now(device_b)
    assert pulled.pulled >= ENTRIES
    assert snapshot(device_b)["time_entry"] == snapshot(device_a)["time_entry"]
    again = sync_now(device_a)
    assert (again.pushed, again.pulled) == (0, 0)


def test_kill_9_while_applying_a_pull_then_resume(device_a, device_b, student, postgres,
                                                  database, snapshot, fill_entries):
    fill_entries(device_a, ENTRIES)
    service.setup(device_a, student.url, student.password)
    sync_now(device_a)
    service.setup(device_b, student.url, student.password)
    before = snapshot(device_b)
    process = subprocess.Popen(
        [sys.executable, "-m", "internapp", "sync", "now", "--password-stdin", "--data-dir",
         str(device_b.path.parent)], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    process.stdin.write(f"{student.password}\n".encode())
    process.stdin.close()
    # the pull is written in one transaction: wait until it has begun writing (-wal grows)
    wal = device_b.path.with_name(device_b.path.name + "-wal")
    deadline = time.monotonic() + 120
    start = wal.stat().st_size if wal.exists() else 0
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > start + 2_000_000:
            break
        time.sleep(0.005)
    assert process.poll() is None, "the sync finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert snapshot(device_b)["time_entry"] == before["time_entry"] == []  # all or nothing

    sync_now(device_b)
    assert snapshot(device_b)["time_entry"] == snapshot(device_a)["time_entry"]
    assert len(snapshot(device_b)["time_entry"]) == ENTRIES
    # the totals the time screens read were summed once for the bulk write, and are exact
    with device_b.engine.connect() as connection:
        totals = connection.exec_driver_sql("SELECT seconds, entries FROM time_total").fetchall()
        triggers = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name GLOB 'tr_time_total_*'").scalar_one()
    assert totals == [(ENTRIES * 3600, ENTRIES)] and triggers == 4
