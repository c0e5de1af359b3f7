from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from internapp.core import demo
from internapp.core.models import TimeEntry
from internapp.core.services import engagements, today

TODAY = date(2026, 11, 26)
ZONE = ZoneInfo("UTC")


def test_an_empty_store_has_nothing_for_today(store):
    data = today.today(store, TODAY, zone=ZONE)
    assert data.is_empty and data.attention == 0 and data.timer is None


def test_today_on_the_demo(store):
    demo.fill(store, today=TODAY, zone="UTC")
    data = today.today(store, TODAY, zone=ZONE)
    assert data.day == TODAY and data.timer is None
    due = [(i.kind, i.days_away, i.title, i.screen) for i in data.due]
    assert due == [
        ("follow-up", -4, "Follow up: Technical documentation refresh", "applications"),
        ("interview", 2, "Video interview: Python data cleaning sprint", "applications"),
        ("deadline", 3, "Patient survey analysis", "applications"),
        ("deadline", 4, "Figma prototype usability test", "applications"),
        ("deadline", 4, "Hand in: User interview synthesis", "engagements"),
        ("milestone", 4, "Synthesis deck", "engagements"),
    ]
    assert data.due[0].overdue and not data.due[1].overdue
    assert "15:00" in data.due[1].detail
    # past 80 % of its budget and still running; the paid one over budget is not listed
    assert [(b.title, b.level) for b in data.budgets] == [("User interview synthesis", "warning")]
    assert len(data.contacts) >= 3
    assert [c.overdue_days for c in data.contacts] == sorted(
        (c.overdue_days for c in data.contacts), reverse=True)
    assert [(n.role, n.days_waiting) for n in data.no_reply] == [
        ("Technical documentation refresh", 18)]
    assert today.today(store, TODAY, zone=ZONE, no_reply_days=30).no_reply == []
    assert data.counts.active_engagements == 3
    assert data.attention == 6 + 1 + len(data.contacts) + 1


def test_the_running_timer_and_a_week_over_its_cap(store):
    e = engagements.create(store, title="Sprint", status="active", weekly_cap_hours=2,
                           start_on="2026-11-01")
    started = datetime(2026, 11, 26, 9, tzinfo=UTC)
    with store.write([]) as session:
        session.add(TimeEntry(engagement_id=e.id, started_at=started - timedelta(hours=4),
                              ended_at=started - timedelta(hours=1), seconds=3 * 3600))
        session.add(TimeEntry(engagement_id=e.id, started_at=started))
    data = today.today(store, TODAY, zone=ZONE)
    assert data.timer.engagement == "Sprint" and data.timer.started_at == started
    assert [(b.title, b.over_cap) for b in data.budgets] == [("Sprint", True)]
    assert not data.is_empty
