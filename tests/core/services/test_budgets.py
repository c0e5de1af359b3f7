from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from internapp.core.services import budgets, engagements, time_entries
from internapp.core.services.budgets import BudgetLevel

ZONE = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 26)  # a Thursday


def _log(store, engagement_id, day, start_hour, hours):
    time_entries.add(store, engagement_id, start=datetime(*day, start_hour, tzinfo=ZONE),
                     end=datetime(*day, start_hour + hours, tzinfo=ZONE))


@pytest.mark.parametrize(("logged", "level"), [(7, BudgetLevel.OK), (8, BudgetLevel.WARNING),
                                               (10, BudgetLevel.OVER), (11, BudgetLevel.OVER)])
def test_warnings_at_80_and_100_percent(store, logged, level):
    e = engagements.create(store, title="X", hours_estimate=10, fee_cents=50_000)
    _log(store, e.id, (2026, 11, 2), 8, logged)
    [budget] = budgets.budgets(store, TODAY, ZONE)
    assert budget.level == level
    assert budget.used_share == pytest.approx(logged / 10)
    assert budget.effective_rate_cents == round(50_000 / logged)


def test_this_weeks_hours_against_the_cap(store):
    e = engagements.create(store, title="X", weekly_cap_hours=5)
    _log(store, e.id, (2026, 11, 22), 9, 4)  # Sunday of the week before
    _log(store, e.id, (2026, 11, 23), 0, 3)  # Monday 00:00 local: this week
    _log(store, e.id, (2026, 11, 26), 9, 3)
    [budget] = budgets.budgets(store, TODAY, ZONE)
    assert budget.week_hours == 6
    assert budget.over_cap
    assert budget.logged_hours == 10


def test_no_estimate_no_fee_and_cancelled(store):
    engagements.create(store, title="Open-ended")
    engagements.create(store, title="Dropped", status="cancelled")
    [budget] = budgets.budgets(store, TODAY, ZONE)
    assert (budget.title, budget.level, budget.used_share, budget.effective_rate_cents) == (
        "Open-ended", BudgetLevel.OK, None, None)
