"""Calendar dates as other tools and spreadsheets write them, read whenever the shape leaves no
doubt: ISO (``2024-03-12``, the date part of a timestamp), ``2024/03/12``, month names in front,
middle or behind (``12 Mar 2024``, ``12-Mar-24``, ``March 12, 2024``; English, German, French and
Spanish names, abbreviated or not), and day/month/year or month/day/year when one of the numbers
cannot be a month (``12.03.2024``, with dots, is always day.month.year). Two-digit years are
2000–2069 or 1970–1999. ``03/04/2024`` could be either day/month or month/day and is refused with
a message saying so.
"""

import re
from datetime import date, datetime

from internapp.core.services.errors import ValidationError
from internapp.core.services.fields import in_calendar

MONTH_NAMES = {
    1: ("jan", "jän", "janv", "ene"), 2: ("feb", "févr", "fev", "fév"),
    3: ("mar", "mär", "mrz", "mars"), 4: ("apr", "avr", "abr"), 5: ("may", "mai"),
    6: ("jun", "juin"), 7: ("jul", "juil"), 8: ("aug", "août", "aoû", "ago"),
    9: ("sep", "sept"), 10: ("oct", "okt"), 11: ("nov",), 12: ("dec", "dez", "déc", "dic"),
}
TOKENS = re.compile(r"[^\W\d_]+|[0-9]+")  # numbers in ASCII digits ("¹" is not a 1)


def _month(word: str) -> int | None:
    folded = word.casefold().rstrip(".")
    for number, names in MONTH_NAMES.items():
        if any(folded.startswith(name) or (name.startswith(folded) and len(folded) >= 3)
               for name in names):
            return number
    return None


def _year(value: int, digits: int) -> int:
    if digits <= 2:
        return 2000 + value if value < 70 else 1900 + value
    return value


def _fixed_shape(text: str) -> date | None:
    try:
        if re.match(r"^\d{4}-\d\d-\d\d", text):
            return date.fromisoformat(text[:10])
        return datetime.strptime(text, "%Y/%m/%d").date()
    except ValueError:
        return None


def lenient_date(field: str, value: str) -> date:
    """The date ``value`` names (see the module's docstring), or a ValidationError saying why
    not."""
    text = value.strip()
    found = _fixed_shape(text)
    if found is not None:
        return in_calendar(field, found)
    tokens = TOKENS.findall(text)
    names = [t for t in tokens if not t[0].isascii() or not t[0].isdigit()]
    numbers = [(int(t), len(t)) for t in tokens if t[0].isascii() and t[0].isdigit()]
    parts = None  # (year, month, day)
    if len(names) == 1 and len(numbers) == 2 and (month := _month(names[0])):
        (a, a_digits), (b, b_digits) = numbers
        if a_digits == 4 or (a > 31 and b <= 31):  # 2024 Mar 12
            parts = (_year(a, a_digits), month, b)
        else:  # 12 Mar 2024, 12-Mar-24, Mar 12, 2024: the day comes before the year
            parts = (_year(b, b_digits), month, a)
    elif not names and len(numbers) == 3 and numbers[2][1] in (2, 4):
        (first, _), (second, _), (year, digits) = numbers
        year = _year(year, digits)
        dots = re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{2,4}", text)  # always day.month.year
        if dots or first > 12 >= second or first == second:
            parts = (year, second, first)
        elif second > 12 >= first:
            parts = (year, first, second)
        elif first <= 12 and second <= 12:
            raise ValidationError(field, f"{value!r} could be day/month or month/day: "
                                         "use YYYY-MM-DD")
    if parts:
        try:
            found = date(*parts)
        except ValueError:
            pass
        else:
            return in_calendar(field, found)
    raise ValidationError(field, f"{value!r} is not a date (use YYYY-MM-DD)")
