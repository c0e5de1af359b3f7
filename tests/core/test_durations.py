import pytest

from internapp.core.durations import duration_text, hours_text, whole_minutes


@pytest.mark.parametrize(("seconds", "text"), [
    (0, "0 min"), (5, "< 1 min"), (29, "< 1 min"), (30, "1 min"), (60, "1 min"), (89, "1 min"),
    (90, "2 min"), (45 * 60, "45 min"), (3600, "1 h"), (3600 + 31 * 60, "1 h 31 min"),
    (3600 + 31 * 60 + 29, "1 h 31 min"), (59 * 60 + 45, "1 h"), (120 * 3600 + 5 * 60, "120 h 5 min"),
    (-(3600 + 5 * 60), "−1 h 5 min"), (None, ""),
])
def test_one_format_for_every_length(seconds, text):
    assert duration_text(seconds) == text


def test_hours_given_as_a_number_use_the_same_format():
    assert [hours_text(h) for h in (1.5, 20, 0.25, None, 2)] == ["1 h 30 min", "20 h", "15 min", "", "2 h"]


def test_halves_round_away_from_zero():
    assert (whole_minutes(90), whole_minutes(-90), whole_minutes(149.9)) == (2, -2, 2)
