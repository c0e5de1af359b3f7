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
