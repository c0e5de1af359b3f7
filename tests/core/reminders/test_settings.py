from datetime import time

import pytest

from internapp.core.reminders import settings
from internapp.core.reminders.model import KindSetting, ReminderSettings
from internapp.core.reminders.registry import load_builtin
from internapp.core.services.errors import ValidationError


def test_defaults_then_saved_values_read_back_through_sqlite(store):
    assert settings.load(store) == ReminderSettings()
    assert settings.load(store).kind("deadline") == KindSetting(True, 2 * 24 * 60)
    assert settings.load(store).kind("budget") == KindSetting(True, None)
    saved = settings.save(store, {"kinds": {"deadline": {"enabled": False, "lead_minutes": 0},
                                            "interview-soon": {"lead_minutes": 30},
                                            "budget": {"enabled": True, "lead_minutes": 99}},
                                  "quiet": {"start": "22:00", "end": "07:30"},
                                  "day_time": "08:15", "no_reply_days": 10,
                                  "timer_max_minutes": 180})
    loaded = settings.load(store)
    assert loaded == saved
    assert loaded.kind("deadline") == KindSetting(False, 0)
    assert loaded.kind("interview-soon") == KindSetting(True, 30)
    assert loaded.kind("budget") == KindSetting(True, None)  # no lead time for this kind
    assert (loaded.quiet_start, loaded.quiet_end, loaded.day_time) == (time(22), time(7, 30),
                                                                      time(8, 15))
    assert (loaded.no_reply_days, loaded.timer_max_minutes) == (10, 180)


@pytest.mark.parametrize(("data", "message"), [
    ({"quiet": {"start": "25:00", "end": "07:00"}}, "quiet.start: '25:00' is not a time"),
    ({"quiet": {"start": "07:00", "end": "07:00"}}, "quiet.end: must differ"),
    ({"kinds": {"deadline": {"lead_minutes": -5}}}, "kinds.deadline.lead_minutes"),
    ({"kinds": {"deadline": {"enabled": "yes"}}}, "kinds.deadline.enabled"),
    ({"no_reply_days": 0}, "no_reply_days: must be a whole number from 1"),
    ({"timer_max_minutes": 5}, "timer_max_minutes"),
])
def test_bad_settings_are_refused_and_nothing_is_kept(store, data, message):
    with pytest.raises(ValidationError, match=message):
        settings.save(store, data)
    assert settings.load(store) == ReminderSettings()


def test_every_kind_is_registered_with_a_label():
    kinds = load_builtin()
    assert set(kinds) >= {"deadline", "follow-up", "no-reply", "interview-day", "interview-soon",
                          "milestone", "hand-in", "keep-in-touch", "budget", "weekly-cap",
                          "timer", "payment"}
    assert all(k.label and k.description for k in kinds.values())
