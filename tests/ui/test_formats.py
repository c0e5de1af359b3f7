from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from internapp.core.durations import duration_text
from internapp.ui import formats


@pytest.fixture
def locale(qapp):
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))
    yield use
    QLocale.setDefault(before)  # not en_US: its 12-hour clock would follow into other tests


@pytest.mark.parametrize("seconds", [0, 5, 59, 3600, 3600 + 31 * 60, 45 * 60, 26 * 3600 + 60, None, -90])
def test_the_window_writes_lengths_exactly_as_the_command_line(locale, seconds):
    locale("en_US")
    assert formats.duration(seconds) == duration_text(seconds)


def test_numbers_in_lengths_and_amounts_follow_the_locale(locale):
    locale("de_DE")
    assert formats.duration(1234 * 3600 + 60) == "1.234 h 1 min"
    assert formats.number(1234.5, 1) == "1.234,5"
    assert formats.money(Decimal("1234.5"), "EUR") == "1.234,50\u00a0€"
    locale("en_US")
    assert formats.number(1234.5, 1) == "1,234.5"
    assert formats.money(Decimal("1234.5"), "usd") == "$1,234.50"
    assert formats.hours(1.5) == "1 h 30 min"
    assert formats.part_of(formats.hours(2), formats.hours(20)) == "2 h of 20 h"
    assert formats.percent(0.456) == "46%"


def test_dates_follow_the_locale(locale):
    locale("en_GB")
    assert formats.day(date(2026, 12, 2)) == "Wed 2 Dec"
    assert formats.day_of_year(date(2026, 12, 2)) == "Wed 2 Dec 2026"
    assert formats.medium_date(date(2026, 12, 2)) == "2 Dec 2026"
    assert formats.month_year(date(2026, 12, 1)) == "Dec 2026"
    assert formats.full_date(date(2026, 11, 30)) == "Monday, 30 November 2026"
    assert formats.clock(datetime(2026, 11, 30, 14, 5)) == "14:05"
    locale("de_DE")
    assert formats.full_date(date(2026, 11, 30)) == "Montag, 30. November 2026"
    assert formats.month_year(date(2026, 12, 1)) == "Dez. 2026"


def test_a_moment_is_written_in_local_time_as_the_locale_writes_it(locale):
    """Backups are listed with when they were made (not "2026-11-30 14:05" in every language)."""
    locale("en_GB")
    made = datetime(2026, 11, 30, 14, 5).astimezone()  # 14:05 here, stored as an aware instant
    assert formats.moment(made) == "Mon 30 Nov 2026, 14:05"
    assert formats.moment(made.astimezone(UTC)) == "Mon 30 Nov 2026, 14:05"


def test_file_sizes_are_written_one_way(locale):
    locale("en_US")
    assert [formats.file_size(n) for n in (0, 12, 668_000, 1_258_291)] == [
        "0 KB", "12 B", "652 KB", "1.2 MB"]
    locale("de_DE")
    assert formats.file_size(1_258_291) == "1,2 MB"
