"""Publishing to a CalDAV calendar: 500 events to a local Radicale server (started here on a
private port, stopped after), then a republish with nothing changed.

Targets: the first publish ≤ 10 s; the republish ≤ 1 s and no event sent (only the one check of
the collection). Also prints the background reminder process's memory (target < 30 MB): its peak
resident size after computing and showing reminders on the same store, through a private D-Bus
session bus with a notification server.

Radicale runs with its defaults and with the storage setting README recommends
(use_mtime_and_size_for_item_cache): for every new event Radicale checks its UID against every
event already in the calendar, reading and hashing each file unless that setting lets it trust a
file's size and time — a first publish of n events costs it n²/2 such reads. Each with its fsync
on (as shipped) and off (as the tests start it).

    .venv-test/bin/python benchmarks/calendar_publish.py [--events 500] [--workers 1 4]
        [--fsync on off] [--no-agent]
"""

import argparse
import importlib.util
import os
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from internapp.core.calendar.caldav_client import CalDavCollection
from internapp.core.calendar.publish import WORKERS, publish
from internapp.core.calendar.settings import CalendarSettings
from internapp.core.interchange.ics import calendar_events
from internapp.core.services import applications, engagements, interviews
from internapp.core.store import open_store

TESTS = Path(__file__).resolve().parents[1] / "tests" / "conftest.py"


def _conftest():
    spec = importlib.util.spec_from_file_location("internapp_test_servers", TESTS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def fill(store, events: int) -> None:
    """About ``events`` calendar events: deadlines, interviews and milestones."""
    start = date.today() + timedelta(days=3)
    n_apps = events // 2
    for n in range(n_apps):
        app = applications.create(store, organization=f"Org {n % 40}", role=f"Role {n}",
                                  deadline=start + timedelta(days=n % 90))
        if n % 2 == 0:
            interviews.add(store, app.id, at=datetime.now(UTC).replace(microsecond=0)
                           + timedelta(days=1 + n % 60, hours=n % 8), tz="UTC", kind="video",
                           location=f"https://meet.example.org/{n}")
    engagement = engagements.create(store, title="Milestones", status="active")
    for n in range(events - len(calendar_events(store))):
        engagements.add_milestone(store, engagement.id, f"Milestone {n}",
                                  start + timedelta(days=n % 120))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--workers", type=int, nargs="*", default=[WORKERS],
                        help=f"connections at once to compare (default: {WORKERS})")
    parser.add_argument("--fsync", nargs="*", choices=["on", "off"], default=["on", "off"],
                        help="Radicale's fsync: on as shipped, off as the tests start it")
    parser.add_argument("--no-agent", action="store_true", help="skip the memory figure")
    args = parser.parse_args()
    servers = _conftest()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        store = open_store(folder / "data" / "internapp.sqlite3", backups_dir=folder / "b")
        fill(store, args.events)
        count = len(calendar_events(store))
        for fsync in args.fsync:
            for storage, setting in (("its defaults", ""),
                                     ("the recommended setting",
                                      servers.RadicaleServer.RECOMMENDED)):
                shipped = "as shipped" if fsync == "on" else "as the tests start it"
                label = f"Radicale, fsync {fsync} ({shipped}), {storage}"
                radicale = servers.RadicaleServer(folder / f"radicale-{fsync}-{bool(setting)}",
                                                  fsync=fsync == "on", storage_options=setting)
                try:
                    for workers in args.workers:
                        publish_once(store, radicale, count, f"{label}, {workers} connection"
                                     + ("s" if workers > 1 else ""), workers)
                finally:
                    radicale.stop()
        store.close()
        if not args.no_agent:
            print(f"background reminder process: {agent_memory(servers, folder)}")


def publish_once(store, radicale, count: int, label: str, workers: int) -> None:
    """The first publish of ``count`` events to a new calendar, then a republish with nothing
    changed; prints both."""
    url = radicale.new_calendar("bench")
    settings = CalendarSettings(url, radicale.user)
    began, cpu = time.perf_counter(), time.process_time()
    server_cpu = _cpu(radicale.process.pid)
    first = publish(store, settings, radicale.password, workers=workers)
    took, cpu = time.perf_counter() - began, time.process_time() - cpu
    server_cpu = _cpu(radicale.process.pid) - server_cpu
    print(f"{label}: publish {count} events {took:.2f} s ({first.created} created; "
          f"internapp's CPU {cpu:.2f} s, the server's {server_cpu:.2f} s; load average "
          f"{os.getloadavg()[0]:.1f}) — target ≤ 10 s", flush=True)
    counting = CalDavCollection(url, radicale.user, radicale.password)
    began = time.perf_counter()
    again = publish(store, settings, collection=counting, workers=workers)
    took = time.perf_counter() - began
    sent = [m for m in counting.sent if m != "PROPFIND"]
    print(f"{label}: republish, nothing changed: {took * 1000:.0f} ms, {len(sent)} events sent "
          f"({again.unchanged} unchanged; requests: {', '.join(counting.sent)}) "
          "— target ≤ 1 s, none sent", flush=True)


def agent_memory(servers, folder: Path) -> str:
    """Peak resident memory of `internapp remind --watch` once it has shown its reminders."""
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile",
                            "--print-address=1", f"--address=unix:path={folder / 'bus'}"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    address = bus.stdout.readline().strip()
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    server = servers.NotificationServer(address)
    agent = subprocess.Popen([sys.executable, "-m", "internapp", "remind", "--watch",
                              "--data-dir", str(folder / "data")], stderr=subprocess.DEVNULL)
    try:
        server.wait_for(1, timeout=60)
        time.sleep(2)  # a few click polls
        with open(f"/proc/{agent.pid}/status") as status:
            fields = dict(line.split(":", 1) for line in status)
        peak = int(fields["VmHWM"].split()[0]) / 1024
        now = int(fields["VmRSS"].split()[0]) / 1024
        return (f"{peak:.1f} MB peak, {now:.1f} MB now, after showing "
                f"{len(server.received)} notifications — target < 30 MB")
    finally:
        agent.send_signal(signal.SIGTERM)
        agent.wait(timeout=30)
        server.close()
        bus.terminate()
        bus.wait()
        bus.stdout.close()


if __name__ == "__main__":
    main()
