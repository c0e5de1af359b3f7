"""Lead times and quiet hours, across daylight-saving changes (New York: clocks forward on
8 March 2026 at 02:00, back on 1 November 2026 at 02:00)."""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from internapp.core.reminders import schedule

NY = ZoneInfo("America/New_York")


def test_a_day_before_keeps_the_wall_clock_across_spring_forward():
    interview = datetime(2026, 3, 9, 10, 0, tzinfo=NY)  # Monday 10:00 EDT = 14:00 UTC
    day_before = schedule.before(interview, 24 * 60, NY)
    assert day_before.astimezone(NY).replace(tzinfo=None) == datetime(2026, 3, 8, 10, 0)
    assert day_before == datetime(2026, 3, 8, 14, 0, tzinfo=UTC)
    assert (interview - day_before).total_seconds() == 24 * 3600  # both sides in EDT
    saturday = schedule.before(datetime(2026, 3, 8, 10, 0, tzinfo=NY), 24 * 60, NY)
    assert saturday == datetime(2026, 3, 7, 15, 0, tzinfo=UTC)  # 10:00 EST: 23 h earlier
    assert (datetime(2026, 3, 8, 10, tzinfo=NY) - saturday).total_seconds() == 23 * 3600


def test_an_hour_before_is_sixty_real_minutes_even_over_the_jump():
    interview = datetime(2026, 3, 8, 3, 30, tzinfo=NY)  # 03:30 EDT, just after the jump
    hour_before = schedule.before(interview, 60, NY)
    assert hour_before == datetime(2026, 3, 8, 6, 30, tzinfo=UTC)
    assert hour_before.astimezone(NY).strftime("%H:%M %Z") == "01:30 EST"


def test_a_day_and_a_half_before_fall_back():
    interview = datetime(2026, 11, 2, 12, 0, tzinfo=NY)  # Monday 12:00 EST
    fire = schedule.before(interview, 36 * 60, NY)  # Sunday 12:00 on the wall, then 12 h
    assert fire == datetime(2026, 11, 1, 5, 0, tzinfo=UTC)  # 01:00 EDT, the first of the two


def test_all_day_dates_fire_at_the_chosen_time_lead_days_before():
    fire = schedule.day_reminder(date(2026, 3, 9), 2 * 24 * 60, time(9), NY)
    assert fire == datetime(2026, 3, 7, 14, 0, tzinfo=UTC)  # Saturday 09:00 EST
    fire = schedule.day_reminder(date(2026, 3, 9), 1 * 24 * 60, time(9), NY)
    assert fire == datetime(2026, 3, 8, 13, 0, tzinfo=UTC)  # Sunday 09:00 EDT
    assert schedule.day_reminder(date(2026, 3, 9), 90, time(9), NY) == datetime(
        2026, 3, 9, 13, 0, tzinfo=UTC)  # less than a day of lead: on the day


def test_a_skipped_wall_clock_time_moves_forward_by_the_jump():
    fire = schedule.at_wall_clock(date(2026, 3, 8), time(2, 30), NY)
    assert fire.astimezone(NY).strftime("%H:%M %Z") == "03:30 EDT"


def test_quiet_hours_past_midnight_end_at_their_local_time_across_the_change():
    start, end = time(22), time(7)
    late = datetime(2026, 3, 7, 23, 30, tzinfo=NY)
    assert schedule.in_quiet_hours(late, start, end, NY)
    assert schedule.quiet_end(late, start, end, NY) == datetime(2026, 3, 8, 11, 0, tzinfo=UTC)
    early = datetime(2026, 3, 8, 6, 59, tzinfo=NY)
    assert schedule.quiet_end(early, start, end, NY).astimezone(NY).strftime(
        "%d %H:%M %Z") == "08 07:00 EDT"
    noon = datetime(2026, 3, 8, 12, tzinfo=NY)
    assert not schedule.in_quiet_hours(noon, start, end, NY)
    assert schedule.quiet_end(noon, start, end, NY) == noon
    assert schedule.in_quiet_hours(datetime(2026, 3, 8, 13, tzinfo=NY), time(12), time(14), NY)
    assert not schedule.in_quiet_hours(datetime(2026, 3, 8, 13, tzinfo=NY), None, None, NY)
