from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from internapp.core.services.errors import ValidationError
from internapp.core.services.time_input import (
    describe,
    describe_span,
    parse_duration,
    parse_moment,
)

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)  # 13:00 in Berlin


@pytest.mark.parametrize(("text", "seconds"), [
    ("1:30", 5400), ("1:30:15", 5415), ("90m", 5400), ("90", 5400), ("1h30m", 5400),
    ("1h 30min", 5400), ("1.5h", 5400), ("1,5 h", 5400), ("2 hours", 7200), ("45 s", 45),
    (timedelta(minutes=3), 180), (600, 600),
])
def test_durations_as_people_type_them(text, seconds):
    assert parse_duration("duration", text) == seconds


@pytest.mark.parametrize(("text", "message"), [
    ("0", "is zero"), ("-5m", "is negative"), ("1:75", "minutes and seconds go to 59"),
    ("soon", "is not a duration"), ("3 parsecs", "is not a duration"),
])
def test_bad_durations(text, message):
    with pytest.raises(ValidationError, match=f"^duration: .*{message}"):
        parse_duration("duration", text)


@pytest.mark.parametrize(("text", "expected"), [
    ("now", NOW),
    ("20m ago", NOW - timedelta(minutes=20)),
    ("-20m", NOW - timedelta(minutes=20)),
    ("20 minutes ago", NOW - timedelta(minutes=20)),
    ("1:30 ago", NOW - timedelta(minutes=90)),
    ("09:15", datetime(2026, 3, 2, 8, 15, tzinfo=UTC)),
    ("2:05 pm", datetime(2026, 3, 2, 13, 5, tzinfo=UTC)),
    ("2026-03-01T09:00", datetime(2026, 3, 1, 8, 0, tzinfo=UTC)),
    ("2026-03-01T09:00+00:00", datetime(2026, 3, 1, 9, 0, tzinfo=UTC)),
    ("2026-03-01 09:00:00-05:00", datetime(2026, 3, 1, 14, 0, tzinfo=UTC)),
])
def test_moments(text, expected):
    assert parse_moment("at", text, zone=BERLIN, now=NOW) == expected


def test_naive_datetimes_are_wall_clock_in_the_zone_and_the_repeated_hour_takes_the_first():
    first = parse_moment("at", datetime(2025, 10, 26, 2, 30), zone=BERLIN, now=NOW)
    second = parse_moment("at", datetime(2025, 10, 26, 2, 30, fold=1), zone=BERLIN, now=NOW)
    assert (second - first) == timedelta(hours=1)
    assert describe(second, BERLIN) == "Sun 26 Oct 2025 02:30 (CET)"


@pytest.mark.parametrize("text", ["yesterday-ish", "25:00", "13:00 pm", "2026-02-30T10:00"])
def test_bad_moments(text):
    with pytest.raises(ValidationError, match=r"^at: "):
        parse_moment("at", text, zone=BERLIN, now=NOW)


def test_descriptions():
    start = datetime(2025, 3, 30, 0, 30, tzinfo=UTC)
    assert describe_span(start, start + timedelta(hours=1), BERLIN) == "Sun 30 Mar 2025 01:30–03:30"
    assert describe_span(start, start + timedelta(hours=23), BERLIN) == (
        "Sun 30 Mar 2025 01:30–Mon 31 Mar 2025 01:30")
    assert describe_span(start, None, BERLIN).endswith("now (running)")


@pytest.mark.parametrize(("text", "expected"), [
    ("14:00", (14, 0)), ("14.00", (14, 0)), ("1400", (14, 0)), ("14", (14, 0)), ("9:05", (9, 5)),
    ("905", (9, 5)), ("2pm", (14, 0)), ("2:30 pm", (14, 30)), ("12am", (0, 0)), (" 7 ", (7, 0)),
])
def test_times_of_day_as_people_type_them(text, expected):
    from internapp.core.services.time_input import parse_time_of_day

    parsed = parse_time_of_day("start", text)
    assert (parsed.hour, parsed.minute) == expected


@pytest.mark.parametrize("text", ["25:00", "14:60", "13pm", "noon", "", "1:2"])
def test_a_time_that_is_none_names_the_field(text):
    from internapp.core.services.time_input import parse_time_of_day

    with pytest.raises(ValidationError, match=r"^start: .* is not a time of day"):
        parse_time_of_day("start", text)


@pytest.mark.parametrize("value", ["10000000000 min ago", "9999-12-31T23:00", "0001-01-01T00:00",
                                   "-99999999999h"])
def test_moments_far_outside_the_calendar_are_refused(value):
    now = datetime(2026, 3, 1, 12, tzinfo=UTC)
    with pytest.raises(ValidationError, match=r"^start: .* too far from today"):
        parse_moment("start", value, zone=ZoneInfo("Pacific/Kiritimati"), now=now)


@pytest.mark.parametrize("value", ["10000000000h", "1e400", 1e300, "99999999999 min"])
def test_absurd_durations_are_refused(value):
    from internapp.core.services.time_input import parse_duration

    with pytest.raises(ValidationError, match=r"^duration: .* longer than any span"):
        parse_duration("duration", value)
