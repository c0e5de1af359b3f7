from datetime import timedelta

from internapp.core.clock import Clock, utcnow
from internapp.core.services import engagements, timer
from internapp.ui import timer_session
from internapp.ui.timer_session import TimerSession


class WallClock(Clock):
    """A clock the test moves (the session asks the context's clock, never the module)."""

    def __init__(self, at):
        super().__init__(zone="UTC")
        self.at = at

    def now(self):
        return self.at


def test_a_wall_clock_jump_while_a_timer_runs_is_reported_as_a_gap(store, qtbot, monkeypatch):
    e = engagements.create(store, title="Dashboard")
    start = utcnow().replace(microsecond=0) - timedelta(hours=3)
    timer.start(store, e.id, at=start)
    wall = WallClock(start + timedelta(hours=1))
    mono = [1000.0]
    monkeypatch.setattr(timer_session.time, "monotonic", lambda: mono[0])
    session = TimerSession(store, clock=wall, watch_sleep=True)
    with qtbot.waitSignal(session.ticked, timeout=3000) as ticked:
        pass  # the first sample
    assert ticked.args == [3600]  # elapsed by the session's clock, not the system's
    # the machine sleeps 90 minutes: the wall clock jumps, the monotonic clock barely moves
    wall.at += timedelta(minutes=90, seconds=1)
    mono[0] += 1
    with qtbot.waitSignal(session.slept, timeout=3000) as caught:
        pass
    gap = caught.args[0]
    assert gap.start == start + timedelta(hours=1)
    assert gap.seconds == 90 * 60


def test_no_gap_is_reported_without_a_running_timer(store, qtbot):
    wall = WallClock(utcnow())
    session = TimerSession(store, clock=wall, watch_sleep=True)
    reported = []
    session.slept.connect(reported.append)
    qtbot.wait(1100)
    wall.at += timedelta(hours=2)
    qtbot.wait(1100)
    assert reported == []
