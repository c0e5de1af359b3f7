"""Sync against a real local PostgreSQL server (started here from Debian's binaries on a private
port, stopped at the end): the first sync of N time entries each way, then an incremental sync of
100 changes each way.

    python benchmarks/sync.py --entries 100000

Targets (issue 13): first sync of 100,000 entries ≤ 15 s each way; 100 changes ≤ 1 s.

Each step prints its wall time, how much of it internapp's thread spent waiting for a free CPU
(the run queue: on a machine others load, the wall time grows with their work), and the CPU time
spent on it by this process (internapp) and by the PostgreSQL server (the postmaster and its
backends), which do not grow with the load (as benchmarks/hot_paths.py --cpu).
"""

import argparse
import os
import sqlite3
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from postgres_server import PostgresServer, find_bindir

STORED = "%Y-%m-%d %H:%M:%S.%f"


def fill(store, n: int) -> None:
    from internapp.core.services import engagements

    engagement = engagements.create(store, title="Long engagement")
    start = datetime(2010, 1, 1, tzinfo=UTC)
    rows = []
    for i in range(n):
        begin = start + timedelta(minutes=90 * i)
        stamp = begin.replace(tzinfo=None).strftime(STORED)
        end = (begin + timedelta(hours=1)).replace(tzinfo=None).strftime(STORED)
        rows.append((uuid.uuid4().hex, stamp, stamp, engagement.id.hex, stamp, end, 3600, "UTC",
                     f"entry {i}: cleaned the source data", '["analysis"]'))
    with sqlite3.connect(store.path) as raw:
        raw.executemany("INSERT INTO time_entry (id, created_at, updated_at, engagement_id, "
                        "started_at, ended_at, seconds, tz, note, tags) VALUES "
                        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    raw.close()


def server_cpu(data_dir: Path) -> float:
    """CPU seconds of the server so far: the postmaster, its live children, and the children it
    has reaped (cutime/cstime), from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    postmaster = int((data_dir / "postmaster.pid").read_text().split()[0])
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, parent = int(entry.name), int(fields[1])
        if pid == postmaster:
            total += sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
        elif parent == postmaster:
            total += int(fields[11]) + int(fields[12])
    return total / tick


def cpu_wait() -> float:
    """Seconds this thread has waited for a free CPU (its run-queue time, /proc schedstat)."""
    return int(Path(f"/proc/self/task/{threading.get_native_id()}/schedstat").read_text()
               .split()[1]) / 1e9


def timed(label: str, work, server=None):
    began, cpu, waited = time.perf_counter(), time.process_time(), cpu_wait()
    server_began = server_cpu(server.data) if server else 0.0
    result = work()
    wall, mine = time.perf_counter() - began, time.process_time() - cpu
    queued = cpu_wait() - waited
    theirs = server_cpu(server.data) - server_began if server else 0.0
    print(f"{label:<42} {wall:6.2f} s wall, {queued:6.2f} s of it waiting for a CPU; CPU: "
          f"internapp {mine:5.2f} s, server {theirs:5.2f} s   {result}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args()

    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1
        values: dict = {}

        def get_password(self, service, name):
            return self.values.get((service, name))

        def set_password(self, service, name, value):
            self.values[(service, name)] = value

        def delete_password(self, service, name):
            self.values.pop((service, name), None)

    keyring.set_keyring(Memory())
    from zoneinfo import ZoneInfo

    from internapp.core.services import local_days
    from internapp.core.store import open_store
    from internapp.core.sync import server_schema, service
    from internapp.core.sync.run import sync_now
    from internapp.core.sync.settings import parse_url

    bindir = find_bindir()
    if bindir is None:
        sys.exit("PostgreSQL's server binaries are not installed (Debian: postgresql)")
    server = PostgresServer(bindir).start()
    folder = Path(tempfile.mkdtemp(prefix="internapp-sync-bench-"))
    try:
        server.create_database("bench")
        server_schema.prepare_as_admin(parse_url(server.admin_url("bench")), None)
        server.create_student("bench_student", "bench-password")
        url = server.url("bench_student", "bench")
        laptop = open_store(folder / "a" / "internapp.sqlite3", backups_dir=folder / "a" / "b")
        desktop = open_store(folder / "b" / "internapp.sqlite3", backups_dir=folder / "b" / "b")
        timed(f"fill the laptop with {args.entries:,} entries", lambda: fill(laptop, args.entries))
        timed("set up sync (snapshot of every row)",
              lambda: service.setup(laptop, url, "bench-password").settings.describe())
        timed(f"first sync, laptop → server ({args.entries:,})", lambda: sync_now(laptop), server)
        service.setup(desktop, url, "bench-password")
        local_days.ensure(desktop, ZoneInfo("Europe/Berlin"))  # day totals kept, as after a report
        timed(f"first sync, server → desktop ({args.entries:,})", lambda: sync_now(desktop),
              server)
        with sqlite3.connect(laptop.path) as raw:  # 100 edits, captured by the triggers
            ids = [r[0] for r in raw.execute("SELECT id FROM time_entry LIMIT 100")]
            for number, row_id in enumerate(ids):
                raw.execute("UPDATE time_entry SET note = ? WHERE id = ?",
                            (f"edited {number}", row_id))
        raw.close()
        timed("incremental sync, laptop → server (100)", lambda: sync_now(laptop), server)
        timed("incremental sync, server → desktop (100)", lambda: sync_now(desktop), server)
        timed("nothing to do", lambda: sync_now(desktop), server)
        laptop.close()
        desktop.close()
    finally:
        server.stop()
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
