from datetime import UTC, datetime

from internapp.core.models import TimeEntry
from internapp.core.services import engagements, timer


def test_no_timer_then_the_running_entry(store):
    assert timer.running(store) is None
    e = engagements.create(store, title="Dashboard")
    with store.write([]) as session:
        session.add(TimeEntry(engagement_id=e.id, started_at=datetime(2026, 3, 1, 9, tzinfo=UTC),
                              note="charts"))
    found = timer.running(store)
    assert (found.engagement, found.started_at, found.note) == (
        "Dashboard", datetime(2026, 3, 1, 9, tzinfo=UTC), "charts")
