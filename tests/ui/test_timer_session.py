from datetime import timedelta

from internapp.core.clock import utcnow
from internapp.core.services import engagements, timer
from internapp.ui import timer_session
from internapp.ui.timer_session import TimerSession


def test_a_wall_clock_jump_while_a_timer_runs_is_reported_as_a_gap(store, qtbot, monkeypatch):
    e = engagements.create(store, title="Dashboard")
    start = utcnow().replace(microsecond=0) - timedelta(hours=3)
    timer.start(store, e.id, at=start)
    wall = [start + timedelta(hours=1)]
    mono = [1000.0]

    def fake_utcnow():
        return wall[0]

    def fake_monotonic():
        return mono[0]

    monkeypatch.setattr(timer_session, "utcnow", fake_utcnow)
    monkeypatch.setattr(timer_session.time, "monotonic", fake_monotonic)
    session = TimerSession(store, watch_sleep=True)
    with qtbot.waitSignal(session.ticked, timeout=3000):
        pass  # the first sample
    # the machine sleeps 90 minutes: the wall clock jumps, the monotonic clock barely moves
    wall[0] += timedelta(minutes=90, seconds=1)
    mono[0] += 1
    with qtbot.waitSignal(session.slept, timeout=3000) as caught:
        pass
    gap = caught.args[0]
    assert gap.start == start + timedelta(hours=1)
    assert gap.seconds == 90 * 60


def test_no_gap_is_reported_without_a_running_timer(store, qtbot, monkeypatch):
    session = TimerSession(store, watch_sleep=True)
    reported = []
    session.slept.connect(reported.append)
    wall = [utcnow()]
    monkeypatch.setattr(timer_session, "utcnow", lambda: wall[0])
    qtbot.wait(1100)
    wall[0] += timedelta(hours=2)
    qtbot.wait(1100)
    assert reported == []
