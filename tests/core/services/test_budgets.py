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


def test_budgets_follow_edits_deletes_and_the_timer(store):
    from internapp.core.services import timer

    e = engagements.create(store, title="X", hours_estimate=10, weekly_cap_hours=4)
    entry = time_entries.add(store, e.id, start=datetime(2026, 11, 24, 9, tzinfo=ZONE),
                             end=datetime(2026, 11, 24, 12, tzinfo=ZONE))
    time_entries.update(store, entry.id, end=datetime(2026, 11, 24, 17, tzinfo=ZONE))
    [budget] = budgets.budgets(store, TODAY, ZONE)
    assert (budget.logged_hours, budget.week_hours, budget.level, budget.over_cap) == (
        8, 8, BudgetLevel.WARNING, True)
    timer.start(store, e.id, at=datetime(2026, 11, 25, 9, tzinfo=ZONE))
    assert budgets.budgets(store, TODAY, ZONE)[0].logged_hours == 8  # counts once stopped
    timer.stop(store, at=datetime(2026, 11, 25, 11, tzinfo=ZONE))
    assert budgets.budgets(store, TODAY, ZONE)[0].level == BudgetLevel.OVER
    time_entries.delete(store, entry.id)
    [budget] = budgets.budgets(store, TODAY, ZONE)
    assert (budget.logged_hours, budget.level, budget.over_cap) == (2, BudgetLevel.OK, False)
