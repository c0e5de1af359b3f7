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


# --- killed at any moment: every point where a sync writes, on either side --------------------

CRASHING_SYNC = r"""
import os, signal, sys
from contextlib import contextmanager

from internapp.core.store import open_store
from internapp.core.sync import local, remote, run
from internapp.core.sync.run import sync_now

kill_at = int(sys.argv[2])
seen = []


def point(name):
    seen.append(name)
    if len(seen) == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)


original_write = local.write


@contextmanager
def write(connection):
    point("local: begin")
    with original_write(connection) as c:
        yield c
        point("local: before commit")
    point("local: committed")


def around(owner, name):
    original = getattr(owner, name)

    def wrapped(*args, **kwargs):
        point(f"server: before {name}")
        result = original(*args, **kwargs)
        point(f"server: after {name}")
        return result

    setattr(owner, name, wrapped)


local.write = write
for name in ("_write", "push", "pull"):  # _write: rows written, the transaction not committed
    around(remote.Remote, name)
path = sys.argv[1]
store = open_store(path, backups_dir=os.path.join(os.path.dirname(path), "backups"))
sync_now(store, password=sys.argv[3], batch_rows=2)  # several batches a round
print("\n".join(seen))
"""


def _crashing_sync(store, kill_at: int, password: str) -> list[str]:
    """Runs a sync of ``store`` in another process and kills it (SIGKILL) at its ``kill_at``-th
    write point; returns the points of a sync that ran to its end (none when killed)."""
    done = subprocess.run([sys.executable, "-c", CRASHING_SYNC, str(store.path), str(kill_at),
                           password], capture_output=True, text=True, timeout=180)
    if done.returncode == -signal.SIGKILL:
        return []
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_killed_at_every_write_point_no_change_is_lost_or_doubled(device_a, device_b, student,
                                                                 postgres, database, snapshot):
    from datetime import UTC, datetime, timedelta

    from internapp.core.services import contacts, engagements, time_entries

    service.setup(device_a, student.url, student.password)
    service.setup(device_b, student.url, student.password)
    shared = contacts.create(device_a, display_name="Shared mentor")
    work = {device: engagements.create(device, title=f"Work on {name}").id
            for device, name in ((device_a, "laptop"), (device_b, "desktop"))}
    sync_now(device_a)
    sync_now(device_b)
    sync_now(device_a)
    expected = {"Shared mentor"}
    made: dict[str, object] = {}
    entries = 0
    start = datetime(2026, 1, 5, 8, tzinfo=UTC)

    def has(device, contact_id) -> bool:
        with device.reading() as conn:
            return conn.execute("SELECT 1 FROM contact WHERE id = ?",
                                (contact_id.hex,)).fetchone() is not None

    def round_of_edits(label_number: int) -> None:
        nonlocal entries
        for device, name in ((device_a, "A"), (device_b, "B")):
            label = f"{name}{label_number}"
            made[label] = contacts.create(device, display_name=label, notes=f"made in {label}").id
            expected.add(label)
            time_entries.add(device, work[device], start=start + timedelta(hours=entries),
                             duration="30m", note=label)
            entries += 1
        contacts.update(device_a, shared.id, notes=f"notes of round {label_number}")  # A's field
        contacts.update(device_b, shared.id, title=f"title of round {label_number}")  # B's
        for device, other in ((device_a, "B"), (device_b, "A")):  # deletes what the other made
            label = f"{other}{label_number - 2}"
            if label in made and has(device, made[label]):  # (a killed sync may not have it yet)
                contacts.delete(device, made[label])
                expected.discard(label)
        sync_now(device_b)  # the desktop's part is on the server: the laptop pulls it

    round_of_edits(0)
    points = _crashing_sync(device_a, 10**6, student.password)  # a whole round's sync: its points
    assert {"server: after _write", "server: after push", "server: after pull",
            "local: before commit", "local: committed"} <= set(points), points
    assert points.count("server: after push") > 1  # a kill between two batches too
    rounds = len(points) + 2
    killed = 0
    for kill_at in range(1, rounds + 1):  # each point, and past the end (no kill)
        round_of_edits(kill_at)
        killed += not _crashing_sync(device_a, kill_at, student.password)
    assert killed >= len(points)  # every point was hit (a round may have more points than one)

    for _ in range(3):  # the next syncs finish the job
        sync_now(device_a)
        sync_now(device_b)
    assert (sync_now(device_a).pushed, sync_now(device_b).pulled) == (0, 0)

    snapshots = [snapshot(device_a), snapshot(device_b)]
    assert snapshots[0] == snapshots[1]
    names = [c.display_name for c in contacts.list_rows(device_a)]
    assert sorted(names) == sorted(expected)  # nothing lost, nothing doubled, none resurrected
    final = next(c for c in contacts.list_rows(device_b) if c.display_name == "Shared mentor")
    with device_b.reading() as conn:
        notes, title = conn.execute("SELECT notes, title FROM contact WHERE id = ?",
                                    (final.id.hex,)).fetchone()
    assert (notes, title) == (f"notes of round {rounds}", f"title of round {rounds}")
    assert len(snapshots[0]["time_entry"]) == entries
    assert sorted(r[0] for r in snapshots[0]["time_entry"]) == sorted(
        {r[0] for r in snapshots[0]["time_entry"]})
    with postgres.admin(database) as admin:
        live = admin.execute("SELECT tbl, count(*) FROM internapp_sync.row_state "
                             "WHERE NOT deleted GROUP BY tbl").fetchall()
    assert dict(live)["contact"] == len(expected)
    assert dict(live)["time_entry"] == entries
    assert service.status(device_a).pending_changes == 0
