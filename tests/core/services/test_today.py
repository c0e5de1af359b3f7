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
        ("payment", -20, "Payment: Sales dashboard in Power BI", "engagements"),  # overdue
        ("follow-up", -4, "Follow up: Technical documentation refresh", "applications"),
        ("interview", 2, "Video interview: Python data cleaning sprint", "applications"),
        ("deadline", 3, "Patient survey analysis", "applications"),
        ("deadline", 4, "Figma prototype usability test", "applications"),
        ("deadline", 4, "Hand in: User interview synthesis", "engagements"),
        ("milestone", 4, "Synthesis deck", "engagements"),
        ("payment", 7, "Payment: User interview synthesis", "engagements"),  # the rest, in EUR
    ]
    assert data.due[0].overdue and not data.due[2].overdue
    assert "15:00" in data.due[2].detail
    # past 80 % of its budget and still running; the paid one over budget is not listed
    assert [(b.title, b.level) for b in data.budgets] == [("User interview synthesis", "warning")]
    assert len(data.contacts) >= 3
    assert [c.overdue_days for c in data.contacts] == sorted(
        (c.overdue_days for c in data.contacts), reverse=True)
    assert [(n.role, n.days_waiting) for n in data.no_reply] == [
        ("Technical documentation refresh", 18)]
    assert today.today(store, TODAY, zone=ZONE, no_reply_days=30).no_reply == []
    assert data.counts.active_engagements == 3
    assert data.attention == 8 + 1 + len(data.contacts) + 1


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


def test_payments_expected_this_week_and_overdue_ones_are_due(store):
    from internapp.core.services import payments

    e = engagements.create(store, title="Audit", organization="Acme", fee="300",
                           start_on="2026-10-01")
    late = payments.add(store, e.id, amount="100", expected_on=TODAY - timedelta(days=12),
                        today=TODAY)
    payments.add(store, e.id, amount="150.50", expected_on=TODAY + timedelta(days=3), today=TODAY)
    payments.add(store, e.id, amount="49.50", expected_on=TODAY + timedelta(days=30), today=TODAY)
    due = [item for item in today.today(store, TODAY, zone=ZONE).due if item.kind == "payment"]
    assert [(item.title, item.detail, item.days_away, item.screen, item.record_id)
            for item in due] == [
        ("Payment: Audit", "100.00 USD from Acme", -12, "engagements", e.id),
        ("Payment: Audit", "150.50 USD from Acme", 3, "engagements", e.id)]
    # the amount as data too, for the window to write in its locale
    assert [(item.amount_cents, item.currency, item.detail_values) for item in due] == [
        (10000, "USD", (("amount", "100.00 USD"), ("payer", "Acme"))),
        (15050, "USD", (("amount", "150.50 USD"), ("payer", "Acme")))]
    payments.mark_received(store, late.payment.id, TODAY)
    assert len([i for i in today.today(store, TODAY, zone=ZONE).due if i.kind == "payment"]) == 1
