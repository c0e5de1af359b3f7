"""Payments: each fee kind, partial payments, owed and overdue, what is due, and bad input named
with nothing written."""

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from internapp.core.services import engagements, payments, time_entries
from internapp.core.services.errors import ValidationError

TODAY = date(2026, 11, 26)
ZONE = ZoneInfo("Europe/Lisbon")


def _log(store, engagement_id, day, hour, minutes):
    start = datetime(*day, hour, tzinfo=ZONE)
    time_entries.add(store, engagement_id, start=start, duration=f"{minutes}m")


def test_a_fixed_fee_paid_in_two_parts(store):
    e = engagements.create(store, title="Dashboard", fee="600", start_on="2026-10-01",
                           organization="Acme")
    first = payments.add(store, e.id, amount="250", received_on="2026-10-20", today=TODAY)
    assert first.warnings == []
    state = payments.state(store, e.id, TODAY)
    assert (state.fee.kind, state.fee.total, state.received_cents, state.owed) == (
        "fixed", 60000, 25000, 35000)
    assert not state.paid and state.paid_on is None
    payments.add(store, e.id, amount="350.00", received_on="2026-11-02", method="Bank transfer",
                 reference_text="TX-1", today=TODAY)
    state = payments.state(store, e.id, TODAY)
    assert state.paid and state.owed == 0 and state.paid_on == date(2026, 11, 2)
    assert [p.payer for p in state.payments] == ["Acme", "Acme"]


def test_an_hourly_rate_is_owed_for_the_hours_logged(store):
    e = engagements.create(store, title="Cleaning", rate="25.50", currency="EUR",
                           start_on="2026-11-01")
    _log(store, e.id, (2026, 11, 2), 9, 90)
    _log(store, e.id, (2026, 11, 3), 9, 20)
    state = payments.state(store, e.id, TODAY)
    # 110 min × 25.50/h = 46.75 exactly
    assert (state.fee.kind, state.fee.total, state.owed) == ("hourly", 4675, 4675)
    payments.add(store, e.id, amount="40", received_on="2026-11-10", today=TODAY)
    assert payments.state(store, e.id, TODAY).owed == 675


def test_a_fee_per_milestone_is_the_sum_of_the_milestones(store):
    e = engagements.create(store, title="Survey", fee_kind="milestones", currency="GBP",
                           start_on="2026-09-01")
    for title, fee in (("Plan", 15000), ("Report", 30000)):
        m = engagements.add_milestone(store, e.id, title)
        engagements.update_milestone(store, m.id, fee_cents=fee)
    state = payments.state(store, e.id, TODAY)
    assert (state.fee.kind, state.fee.total) == ("milestones", 45000)


def test_overdue_and_due_payments(store):
    e = engagements.create(store, title="Audit", fee="300", start_on="2026-10-01")
    late = payments.add(store, e.id, amount="100", expected_on="2026-11-20", today=TODAY).payment
    payments.add(store, e.id, amount="200", expected_on="2026-12-05", today=TODAY)
    state = payments.state(store, e.id, TODAY)
    assert (state.expected_cents, state.overdue_cents, state.owed) == (30000, 10000, 30000)
    due = payments.due(store, TODAY)
    assert [(d.payment_id, d.days_overdue, d.overdue) for d in due] == [(late.id, 6, True)]
    assert len(payments.due(store, TODAY, horizon_days=10)) == 2
    payments.mark_received(store, late.id, "2026-11-25")
    assert payments.due(store, TODAY) == []
    assert payments.list_rows(store, owed=True)[0].expected_on == date(2026, 12, 5)


def test_payments_covering_a_delivered_engagement_make_it_paid(store):
    e = engagements.create(store, title="Audit", fee="300", start_on="2026-10-01",
                           ended_on="2026-10-30", status="delivered")
    payments.add(store, e.id, amount="300", received_on="2026-11-05", today=TODAY)
    assert engagements.get(store, e.id).status == "paid"


def test_a_platform_cut_is_withheld_from_each_payment(store):
    e = engagements.create(store, title="Gig", fee="100", withheld_percent="10",
                           start_on="2026-10-01")
    p = payments.add(store, e.id, amount="33.35", received_on="2026-10-05", today=TODAY).payment
    assert (p.amount_cents, p.withheld_cents) == (3335, 334)  # 333.5 cents, half up
    row = payments.get(store, p.id)
    assert row.net_cents == 3001


def test_more_than_owed_is_recorded_with_a_warning(store):
    e = engagements.create(store, title="Gig", fee="100", start_on="2026-10-01")
    recorded = payments.add(store, e.id, amount="120", received_on="2026-10-05", today=TODAY)
    assert recorded.warnings == ["amount: 120.00 USD is more than the 100.00 USD still owed — "
                                 "recorded anyway (a tip or a bonus?)"]
    assert payments.state(store, e.id, TODAY).received_cents == 12000


@pytest.mark.parametrize(("values", "field", "reason"), [
    ({"amount": "-5"}, "amount", "must not be negative"),
    ({"amount": "five"}, "amount", "is not an amount"),
    ({"amount": ""}, "amount", "is required"),
    ({"amount": "5", "currency": "EUR"}, "currency", "is paid in USD, not EUR"),
    ({"amount": "5", "currency": "ZZZ"}, "currency", "ZZZ is not an ISO 4217 currency code"),
    ({"amount": "5", "received_on": "2026-09-30"}, "received_on",
     "2026-09-30 is before the engagement started (2026-10-01)"),
    ({"amount": "5", "received_on": "2026-12-30"}, "received_on", "is in the future"),
    ({"amount": "5", "withheld": "6"}, "withheld", "is more than the payment itself"),
    ({"amount": "5", "expected_on": "soon"}, "expected_on", "is not a date"),
])
def test_bad_input_is_named_and_nothing_is_written(store, values, field, reason):
    e = engagements.create(store, title="Gig", fee="100", start_on="2026-10-01")
    with pytest.raises(ValidationError, match=re.escape(reason)) as refused:
        payments.add(store, e.id, today=TODAY, **values)
    assert refused.value.field == field
    assert payments.list_rows(store) == []


def test_editing_and_deleting_a_payment(store):
    e = engagements.create(store, title="Gig", fee="100", start_on="2026-10-01")
    p = payments.add(store, e.id, amount="40", expected_on="2026-11-01", today=TODAY).payment
    payments.update(store, p.id, amount="60", reference_text="INV-7", today=TODAY)
    row = payments.get(store, p.id)
    assert (row.amount_cents, row.reference, row.received) == (6000, "INV-7", False)
    with pytest.raises(ValidationError, match="expected_on: give the day"):
        payments.update(store, p.id, expected_on="", today=TODAY)
    payments.delete(store, p.id)
    assert payments.list_rows(store) == []


def test_the_currency_of_an_engagement_with_payments_stays(store):
    e = engagements.create(store, title="Gig", fee="100", start_on="2026-10-01")
    payments.add(store, e.id, amount="40", received_on="2026-10-05", today=TODAY)
    with pytest.raises(ValidationError, match="currency: payments are recorded in USD"):
        engagements.update(store, e.id, currency="EUR")
