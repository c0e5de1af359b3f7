from datetime import UTC, datetime

import pytest

from internapp.core.services import engagements, time_entries
from internapp.core.services.errors import ValidationError


def test_create_list_and_logged_hours(store):
    e = engagements.create(store, title="Dashboard", organization="Acme", hours_estimate="20",
                           fee_cents=60000, currency="usd", start_on="2026-11-01",
                           due_on="2026-11-30", status="Active")
    time_entries.add(store, e.id, start=datetime(2026, 11, 2, 9, tzinfo=UTC),
                     end=datetime(2026, 11, 2, 11, 30, tzinfo=UTC))
    [row] = engagements.list_rows(store)
    assert (row.title, row.organization, row.status, row.currency) == ("Dashboard", "Acme",
                                                                       "active", "USD")
    assert row.logged_seconds == 9000


def test_due_before_start_is_refused(store):
    with pytest.raises(ValidationError) as error:
        engagements.create(store, title="X", start_on="2026-11-10", due_on="2026-11-01")
    assert error.value.field == "due_on"
    assert engagements.list_rows(store) == []


def test_unknown_status_and_negative_hours(store):
    with pytest.raises(ValidationError, match="status"):
        engagements.create(store, title="X", status="finished-ish")
    with pytest.raises(ValidationError, match="hours_estimate"):
        engagements.create(store, title="X", hours_estimate=-3)


def test_milestones_in_order(store):
    e = engagements.create(store, title="X")
    engagements.add_milestone(store, e.id, "Draft", "2026-11-10")
    engagements.add_milestone(store, e.id, "Final")
    assert [m.title for m in engagements.milestones(store, e.id)] == ["Draft", "Final"]


def test_delete_removes_time_entries(store):
    e = engagements.create(store, title="X")
    time_entries.add(store, e.id, start="2026-11-02T09:00+00:00", end="2026-11-02T10:00+00:00")
    engagements.delete(store, e.id)
    assert time_entries.seconds_by_engagement(store) == {}


def test_milestones_check_rename_reorder_and_delete(store):
    e = engagements.create(store, title="X")
    a = engagements.add_milestone(store, e.id, "Draft")
    b = engagements.add_milestone(store, e.id, "Review")
    c = engagements.add_milestone(store, e.id, "Final")
    engagements.update_milestone(store, a.id, done_on="2026-11-05", title="First draft")
    engagements.reorder_milestones(store, e.id, [c.id, a.id, b.id])
    assert [(m.title, m.done_on and m.done_on.isoformat()) for m in
            engagements.milestones(store, e.id)] == [("Final", None),
                                                     ("First draft", "2026-11-05"),
                                                     ("Review", None)]
    engagements.update_milestone(store, a.id, done_on=None)
    engagements.delete_milestone(store, c.id)
    listed = engagements.milestones(store, e.id)
    assert [(m.title, m.position, m.done_on) for m in listed] == [("First draft", 0, None),
                                                                  ("Review", 1, None)]
    with pytest.raises(ValidationError, match="every milestone"):
        engagements.reorder_milestones(store, e.id, [a.id])
    with pytest.raises(ValidationError, match="title"):
        engagements.update_milestone(store, a.id, title="  ")
    with pytest.raises(ValidationError, match="done_on"):
        engagements.update_milestone(store, a.id, done_on="yesterday")


def test_progress_is_hours_logged_against_the_estimate(store):
    e = engagements.create(store, title="X", hours_estimate=10)
    time_entries.add(store, e.id, start="2026-11-02T09:00+00:00", end="2026-11-02T11:30+00:00")
    time_entries.add(store, e.id, start="2026-11-03T09:00+00:00", end="2026-11-03T10:00+00:00")
    [row] = engagements.list_rows(store)
    assert row.progress == pytest.approx(0.35)
    assert engagements.logged_seconds(store, e.id) == 3.5 * 3600
    assert engagements.logged_share(3600, None) is None
    assert engagements.logged_share(7200, 1) == 2.0  # over budget shows above 1


def test_one_supervisor_linked_as_a_contact(store):
    from internapp.core.services import contact_links, contacts

    e = engagements.create(store, title="X")
    ana = contacts.create(store, display_name="Ana Lima")
    ben = contacts.create(store, display_name="Ben Ode")
    engagements.set_supervisor(store, e.id, ana.id)
    engagements.set_supervisor(store, e.id, ben.id)
    assert engagements.supervisor(store, e.id) == (ben.id, "Ben Ode")
    assert [(c.name, c.role) for c in contact_links.contacts_of(store, engagement_id=e.id)] == [
        ("Ben Ode", "supervisor")]
    engagements.set_supervisor(store, e.id, None)
    assert engagements.supervisor(store, e.id) is None


@pytest.mark.parametrize(("pay", "fee"), [
    ("$600 fixed", (60000, "USD")), ("€450", (45000, "EUR")), ("1,200.50 GBP", (120050, "GBP")),
    ("$25/h", None), ("$20 per hour", None), ("negotiable", None), ("500 per project", None),
    (None, None),
])
def test_fee_from_advertised_pay(pay, fee):
    assert engagements.fee_from_pay(pay) == fee


def test_fee_in_major_units_and_dates_filled_when_delivered_and_paid(store, monkeypatch):
    from datetime import date

    monkeypatch.setattr(engagements, "today_local", lambda: date(2026, 5, 20))
    e = engagements.create(store, title="X", fee="1,250.50", start_on="2026-05-01")
    assert engagements.get(store, e.id).fee_cents == 125050
    engagements.update(store, e.id, status="delivered")
    assert engagements.get(store, e.id).ended_on == date(2026, 5, 20)
    assert engagements.get(store, e.id).fee_kind == "fixed"
    # marking it paid records what was still owed as received today (a payment one can edit)
    engagements.update(store, e.id, status="paid")
    row = next(r for r in engagements.list_rows(store) if r.id == e.id)
    assert (row.paid_on, row.owed_cents) == (date(2026, 5, 20), 0)
    engagements.update(store, e.id, fee="")
    assert engagements.get(store, e.id).fee_cents is None
    with pytest.raises(ValidationError, match="fee: 'lots' is not an amount"):
        engagements.update(store, e.id, fee="lots")
    with pytest.raises(ValidationError, match=r"fee: 12\.345 has more decimals than USD allows"):
        engagements.update(store, e.id, fee="12.345")
