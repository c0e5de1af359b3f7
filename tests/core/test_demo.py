import itertools
from datetime import date

from sqlmodel import func, select

from internapp.core import demo
from internapp.core.models import (
    Application,
    Contact,
    Engagement,
    EngagementSkill,
    Interaction,
    TimeEntry,
)

TODAY = date(2026, 11, 26)


def _count(store, model):
    with store.read() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_demo_fills_a_realistic_history(store):
    summary = demo.fill(store, today=TODAY, zone="Europe/Berlin")
    assert 12 <= _count(store, Application) == summary.applications
    assert 4 <= _count(store, Engagement) <= 6
    assert 200 <= _count(store, TimeEntry) == summary.time_entries
    assert _count(store, Contact) == 30
    assert _count(store, Interaction) >= 30
    assert _count(store, EngagementSkill) >= 10


def test_demo_time_entries_never_overlap_and_are_not_in_the_future(store):
    demo.fill(store, today=TODAY, zone="Europe/Berlin")
    with store.read() as session:
        entries = session.exec(select(TimeEntry).order_by(TimeEntry.started_at)).all()
    for earlier, later in itertools.pairwise(entries):
        assert earlier.ended_at <= later.started_at
    assert all(e.seconds == (e.ended_at - e.started_at).total_seconds() for e in entries)


def test_demo_engagements_overlap_in_time(store):
    demo.fill(store, today=TODAY)
    with store.read() as session:
        spans = [(e.start_on, e.due_on) for e in session.exec(select(Engagement))]
    overlapping = sum(1 for a in spans for b in spans if a != b and a[0] <= b[1] and b[0] <= a[1])
    assert overlapping >= 4


def test_the_same_seed_gives_the_same_history(tmp_path):
    from internapp.core.store import open_store

    def titles(folder):
        store = open_store(folder / "db.sqlite3", backups_dir=folder / "b")
        demo.fill(store, today=TODAY, seed=3, zone="UTC")
        with store.read() as session:
            rows = session.exec(select(TimeEntry.started_at, TimeEntry.note)
                                .order_by(TimeEntry.started_at)).all()
        store.close()
        return rows

    assert titles(tmp_path / "a") == titles(tmp_path / "b")


def test_has_records_and_clear(store):
    assert not demo.has_records(store)
    demo.fill(store, today=TODAY)
    assert demo.has_records(store)
    demo.clear(store)
    assert not demo.has_records(store)
    assert _count(store, TimeEntry) == 0


def test_demo_money_has_an_overdue_and_a_partial_payment_in_two_currencies(store):
    """The issue's demo: payments, one overdue, one partial, two currencies; Today lists the
    overdue one."""
    from internapp.core.services import payments, today

    demo.fill(store, today=TODAY, zone="Europe/Berlin")
    states = payments.all_states(store, TODAY)
    rows = payments.list_rows(store)
    overdue = [r for r in rows if r.days_overdue(TODAY)]
    partial = [s for s in states.values() if s.received_cents and s.owed]
    assert len(overdue) == 1 and overdue[0].currency == "USD"
    assert "EUR" in {s.currency for s in partial}  # Lumen's deposit, the rest to come
    assert {r.currency for r in rows} == {"USD", "EUR"}
    assert [s for s in states.values() if s.paid]  # the finished ones are paid in full
    due = [d for d in today.today(store, TODAY).due if d.kind == "payment"]
    assert overdue[0].engagement_id in {d.record_id for d in due if d.overdue}
