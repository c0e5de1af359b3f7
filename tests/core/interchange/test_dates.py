from datetime import date

import pytest

from internapp.core.interchange.dates import lenient_date
from internapp.core.services.errors import ValidationError


@pytest.mark.parametrize(("text", "day"), [
    ("2024-03-12", date(2024, 3, 12)), ("2024-03-12T10:00:00Z", date(2024, 3, 12)),
    ("2024/03/12", date(2024, 3, 12)), ("12 Mar 2024", date(2024, 3, 12)),
    ("12-Mar-24", date(2024, 3, 12)), ("Mar 12, 2024", date(2024, 3, 12)),
    ("March 12 2024", date(2024, 3, 12)), ("2024 Mar 12", date(2024, 3, 12)),
    ("12 März 2024", date(2024, 3, 12)), ("3 janv. 2024", date(2024, 1, 3)),
    ("12 dic 2023", date(2023, 12, 12)), ("25/03/2024", date(2024, 3, 25)),
    ("03/25/2024", date(2024, 3, 25)), ("12.03.2024", date(2024, 3, 12)),
    ("1.2.99", date(1999, 2, 1)), ("25/03/24", date(2024, 3, 25)),
])
def test_every_unambiguous_shape(text, day):
    assert lenient_date("applied_on", text) == day


@pytest.mark.parametrize(("text", "reason"), [
    ("03/04/2024", "could be day/month or month/day"), ("12/03/24", "could be day/month"),
    ("31 Feb 2024", "is not a date"), ("12 Foo 2024", "is not a date"),
    ("Mar 2024", "is not a date"), ("¹", "is not a date"), ("9999-12-31", "outside the years"),
    ("12 Mar 1850", "outside the years"),
])
def test_what_is_ambiguous_or_impossible_is_refused_saying_why(text, reason):
    with pytest.raises(ValidationError, match=reason):
        lenient_date("applied_on", text)
