"""The background reminder process: a real store, a private session bus with a notification
server that records what it receives, a click that opens the record or stops the timer."""

import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from internapp.core.reminders.delivered import DeliveredLog
from internapp.core.services import applications, engagements, interviews, time_entries, timer
from internapp.desktop.agent import Agent, base_command
from internapp.desktop.notifications import FreedesktopNotifier
from internapp.desktop.presence import WindowPresence

NOW = datetime(2026, 3, 9, 13, 20, tzinfo=UTC)  # 09:20 in New York
NY = ZoneInfo("America/New_York")


def _agent(paths, launched, **kwargs):
    return Agent(paths.database, FreedesktopNotifier(), clock=lambda: NOW, zone=NY,
                 launch=launched.append, data_dir_argument=paths.data_dir, **kwargs)


def _wait_click(agent, deadline=10.0):
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if clicks := agent.handle_clicks(timeout=0.2):
            return clicks
    raise AssertionError("no click came back")


def test_due_reminders_are_shown_once_and_a_click_opens_the_record(store, paths,
                                                                  notification_server):
    app = applications.create(store, organization="Kestrel", role="Data intern")
    interviews.add(store, app.id, at="2026-03-09T10:00", tz="America/New_York", kind="video")
    launched: list[list[str]] = []
    agent = _agent(paths, launched)
    shown = agent.tick()
    assert [r.kind for r in shown] == ["interview-soon"]  # the day-before one, 23 h late: dropped
    [received] = notification_server.wait_for(1)
    assert received["summary"] == "Video interview Mon 09 Mar, 10:00 — Data intern"
    assert agent.tick() == []  # shown once
    assert shown[0].key in DeliveredLog.beside(paths.database).read()
    notification_server.click(received["id"])
    _wait_click(agent)
    assert launched == [[*base_command(), "--open", f"applications:{app.id}",
                         "--data-dir", str(paths.data_dir)]]
    agent.notifier.close()


def test_stop_now_on_a_forgotten_timer_stops_it_through_the_command(store, paths,
                                                                   notification_server):
    e = engagements.create(store, title="Dashboard", status="active")
    started = datetime.now(UTC) - timedelta(hours=5)
    timer.start(store, e.id, at=started, now=started)
    launched: list[list[str]] = []
    agent = Agent(paths.database, FreedesktopNotifier(), zone=NY, launch=launched.append,
                  data_dir_argument=paths.data_dir)
    [shown] = agent.tick()
    assert shown.kind == "timer"
    [received] = notification_server.wait_for(1)
    assert list(received["actions"]) == ["default", "stop-now", "keep"]
    notification_server.click(received["id"], "stop-now")
    _wait_click(agent)
    [argv] = launched
    assert argv[-4:] == ["timer", "stop", "--data-dir", str(paths.data_dir)]
    subprocess.run(argv, check=True, capture_output=True, timeout=120)  # what the click runs
    assert timer.running(store) is None
    agent.notifier.close()


def test_while_a_window_is_open_the_agent_leaves_notifying_to_it(store, paths,
                                                                notification_server):
    applications.create(store, organization="Kestrel", role="Data intern",
                        deadline="2026-03-10")
    window = WindowPresence(paths.data_dir)
    assert window.acquire()
    agent = _agent(paths, [])
    assert agent.tick() == []
    window.release()
    assert [r.kind for r in agent.tick()] == ["deadline"]
    agent.notifier.close()


WATCH_PROBE = r"""
import json, sys
connections = []
sys.addaudithook(lambda event, args: connections.append(str(args[0]))
                 if event == "sqlite3.connect" else None)
from internapp.app import main
import threading, signal, os
def report():
    heavy = sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'sqlmodel', 'alembic',
                    'PySide6', 'matplotlib', 'icalendar'})
    with open(sys.argv[1], 'w') as out:
        json.dump({'connections': connections, 'heavy': heavy}, out)
signal.signal(signal.SIGUSR1, lambda *_: report())
sys.exit(main(['remind', '--watch', '--data-dir', sys.argv[2]]))
"""


def test_the_watching_process_reads_only_stays_light_and_small(store, paths, tmp_path,
                                                              notification_server):
    """`internapp remind --watch` as a process: its only SQLite connections are read-only, it
    loads neither SQLAlchemy nor Qt, its peak memory stays under 30 MB, and SIGTERM ends it."""
    import json

    app = applications.create(store, organization="Kestrel", role="Data intern")
    soon = datetime.now(UTC) + timedelta(minutes=30)
    interviews.add(store, app.id, at=soon.replace(microsecond=0), tz="UTC")
    store.close()
    before = paths.database.read_bytes()
    probe = tmp_path / "probe.json"
    process = subprocess.Popen([sys.executable, "-c", WATCH_PROBE, str(probe),
                                str(paths.data_dir)], env=os.environ.copy(),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        [received] = notification_server.wait_for(1, timeout=60)
        assert received["summary"].startswith("Interview ")
        with open(f"/proc/{process.pid}/status") as status:
            peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
        process.send_signal(__import__("signal").SIGUSR1)
        deadline = time.monotonic() + 20
        while not probe.exists():
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    report = json.loads(probe.read_text())
    assert report["heavy"] == []
    # the pre-open checks read with immutable=1 (no -wal beside the file), the reader with mode=ro
    assert report["connections"] and all("mode=ro" in c or "immutable=1" in c
                                         for c in report["connections"]), report
    assert peak_kb < 30 * 1024, f"peak resident memory {peak_kb} kB"
    assert paths.database.read_bytes() == before


def test_stop_at_last_activity_and_keep_on_a_timer_left_running_while_idle(
        store, paths, notification_server):
    """Idle for 40 minutes (the platform's idle time): Stop at last activity stops the timer
    when the user was last active; Keep keeps it and the same notice does not come back."""
    e = engagements.create(store, title="Dashboard", status="active")
    started = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    timer.start(store, e.id, at=started, now=started)
    launched: list[list[str]] = []
    agent = Agent(paths.database, FreedesktopNotifier(), zone=NY, launch=launched.append,
                  data_dir_argument=paths.data_dir, idle=lambda: 40 * 60)
    [shown] = agent.tick()
    [received] = notification_server.wait_for(1)
    assert list(received["actions"]) == ["default", "stop-now", "stop-at-last-activity", "keep"]
    assert "No activity since" in received["body"]
    notification_server.click(received["id"], "keep")
    _wait_click(agent)
    assert launched == [] and agent.tick() == []  # kept: not asked again for this idle spell
    agent.act(shown, "stop-at-last-activity")
    [argv] = launched
    assert argv[-6:-2] == ["timer", "stop", "--at", shown.last_activity.isoformat()]
    subprocess.run(argv, check=True, capture_output=True, timeout=120)
    assert timer.running(store) is None
    [entry] = time_entries.list_recent(store)
    assert abs((entry.ended_at - shown.last_activity).total_seconds()) < 1
    agent.notifier.close()


def test_many_reminders_at_once_come_as_one_summary_that_opens_today(store, paths,
                                                                     notification_server):
    for n in range(5):
        applications.create(store, organization=f"Org {n}", role=f"Role {n}",
                            deadline="2026-03-10")
    launched: list[list[str]] = []
    agent = _agent(paths, launched)
    shown = agent.tick()
    assert [r.kind for r in shown] == ["summary"]
    [received] = notification_server.wait_for(1)
    assert received["summary"] == "5 reminders"
    assert received["body"].splitlines()[0] == "• Apply by Tue 10 Mar: Role 0"
    assert agent.tick() == []  # all five marked shown
    notification_server.click(received["id"])
    _wait_click(agent)
    assert launched[0][-4:] == ["--open", "today", "--data-dir", str(paths.data_dir)]
    agent.notifier.close()
