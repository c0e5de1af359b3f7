import math
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from internapp.core.services import engagements, skill_levels, skills, time_entries
from internapp.core.services.skill_levels import (
    ENGAGEMENT_SATURATION_HOURS,
    MAX_LEVEL,
    computed_level,
    engagement_practice,
)

UTC = ZoneInfo("UTC")


def _engagement(store, title, hours, skill_weights):
    e = engagements.create(store, title=title)
    day = len(time_entries.list_recent(store))  # one entry a day: entries never overlap
    while hours > 0:  # whole days of up to 8 hours
        chunk = min(8, hours)
        start = datetime(2026, 3, 1, 9, tzinfo=UTC) + timedelta(days=day)
        time_entries.add(store, e.id, start=start, end=start + timedelta(hours=chunk))
        hours -= chunk
        day += 1
    for name, weight in skill_weights.items():
        skills.set_engagement_skill(store, e.id, name, weight)
    return e


def _level(store, name):
    return next(s for s in skill_levels.levels(store) if s.name == name)


def test_the_formula_saturates_per_engagement_and_overall():
    assert engagement_practice(0) == 0
    assert engagement_practice(20) == pytest.approx(20 * (1 - math.exp(-1)))
    assert engagement_practice(100) < ENGAGEMENT_SATURATION_HOURS <= engagement_practice(1000) + 1e-9
    assert computed_level([]) == 0
    assert computed_level([20]) == pytest.approx(1.98, abs=0.01)
    assert computed_level([20, 20, 20]) == pytest.approx(3.90, abs=0.01)
    assert computed_level([100]) == pytest.approx(2.74, abs=0.01)
    assert computed_level([20] * 5) < MAX_LEVEL


def test_level_comes_from_weighted_hours(store):
    _engagement(store, "Dashboard", 8, {"Mathematics": 1.0, "Writing": 0.5})
    maths, writing = _level(store, "Mathematics"), _level(store, "Writing")
    assert maths.hours == pytest.approx(8)
    assert writing.hours == pytest.approx(4)
    assert maths.level == pytest.approx(computed_level([8]))
    assert writing.level == pytest.approx(computed_level([4]))
    assert maths.level > writing.level > 0
    assert _level(store, "Science").level == 0


def test_diminishing_returns_favour_several_engagements_over_one_long_one(store):
    _engagement(store, "Long", 60, {"Programming": 1.0})
    for n in range(3):
        _engagement(store, f"Short {n}", 20, {"Troubleshooting": 1.0})
    long, short = _level(store, "Programming"), _level(store, "Troubleshooting")
    assert long.hours == short.hours == pytest.approx(60)
    assert long.engagements == 1 and short.engagements == 3
    assert short.level > long.level
    assert long.level < 3  # one long engagement does not max a skill out


def test_self_rating_overrides_and_can_be_cleared(store):
    _engagement(store, "Dashboard", 8, {"Writing": 1.0})
    computed = _level(store, "Writing").computed
    skills.set_self_rating(store, "writing", 4.5)
    rated = _level(store, "Writing")
    assert (rated.level, rated.computed, rated.rated) == (4.5, computed, True)
    skills.set_self_rating(store, "Writing", None)
    assert _level(store, "Writing").level == pytest.approx(computed)
    with pytest.raises(ValueError, match="self_rating: must be at most 5"):
        skills.set_self_rating(store, "Writing", 6)


def test_levels_are_sorted_highest_first(store):
    _engagement(store, "A", 16, {"Writing": 1.0, "Speaking": 0.2})
    top = [s.name for s in skill_levels.levels(store)[:2]]
    assert top == ["Writing", "Speaking"]


def test_the_demo_rates_a_few_skills_and_clearing_it_forgets_the_ratings(store):
    from internapp.core import demo

    demo.fill(store)
    rated = {s.name: s.level for s in skill_levels.levels(store) if s.rated}
    assert rated == demo.SELF_RATINGS
    demo.clear(store)
    assert not any(s.rated for s in skill_levels.levels(store))
