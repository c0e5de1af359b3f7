"""How the window writes lengths of time, numbers, dates and money: in the user's language
(Qt translations, real plurals) and locale (QLocale — the system's, or the one ``--lang`` chose).

Lengths of time have one format everywhere, ``1 h 31 min`` (``core/durations.py`` writes the same
for the command line, exports and chart files); the running timer alone is a stopwatch (0:05:12).
"""

from datetime import date, datetime, tzinfo
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from internapp.core.durations import split


def duration(seconds: float | int | None) -> str:
    """``1 h 31 min``, ``45 min``, ``2 h``, ``< 1 min``; ``""`` for None."""
    if seconds is None:
        return ""
    if 0 < abs(seconds) < 30:
        return QCoreApplication.translate("Formats", "< 1 min")
    sign, hours, minutes = split(seconds)
    parts = []
    if hours:
        # %Ln: the number as the locale writes it (1,234)
        parts.append(QCoreApplication.translate("Formats", "%Ln h", "", hours))
    if minutes or not hours:
        parts.append(QCoreApplication.translate("Formats", "%n min", "", minutes))
    return ("−" if sign < 0 else "") + " ".join(parts)


def hours(value: float | int | None) -> str:
    """A length given in hours (an estimate, a cap) in the same format: 1.5 → ``1 h 30 min``."""
    return "" if value is None else duration(float(value) * 3600)


def part_of(part: str, whole: str) -> str:
    """``2 h of 20 h``."""
    return QCoreApplication.translate("Formats", "{part} of {whole}").format(part=part, whole=whole)


def number(value: float | int | Decimal, decimals: int = 0) -> str:
    """``1,234.5`` in English, ``1.234,5`` in German."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


def percent(share: float) -> str:
    """``45%`` (``45 %`` in German) from a share of 1."""
    return QCoreApplication.translate("Formats", "{value}%").format(value=number(share * 100))


def day(value: date) -> str:
    """A short day with its weekday, ``Wed 2 Dec`` (``Mi. 2. Dez.``)."""
    # the pattern is translatable: "ddd d. MMM" in German
    return QLocale().toString(_qdate(value), QCoreApplication.translate("Formats", "ddd d MMM"))


def short_month(month: int) -> str:
    """A month's short name as the locale writes it (``Sep``, ``Sept.``), 1 = January."""
    return QLocale().monthName(month, QLocale.FormatType.ShortFormat)


def day_month(value: date) -> str:
    """A day of this year, short: ``2 Dec`` (``2. Dez.``)."""
    return QLocale().toString(_qdate(value), QCoreApplication.translate("Formats", "d MMM"))


def month_year(value: date) -> str:
    """A month with its year, short: ``Dec 2026`` (``Dez. 2026``)."""
    return QLocale().toString(_qdate(value), QCoreApplication.translate("Formats", "MMM yyyy"))


def date_and_time(value: datetime) -> str:
    """A moment in a table cell, in local time: ``30 Nov 2026, 16:04`` (``30. Nov. 2026, 16:04``)."""
    local = value.astimezone()
    return QCoreApplication.translate("Formats", "{date}, {time}").format(
        date=medium_date(local.date()), time=clock(local))


def weekday_and_day(value: date) -> str:
    """A column head of a week: the weekday over the day, ``Wed\n2 Dec`` (``Mi.\n2. Dez.``)."""
    return QLocale().toString(_qdate(value), QCoreApplication.translate("Formats", "ddd\nd MMM"))


def day_of_year(value: date) -> str:
    """A day with its weekday and year, ``Wed 2 Dec 2026`` (``Mi. 2. Dez. 2026``)."""
    return QLocale().toString(_qdate(value),
                              QCoreApplication.translate("Formats", "ddd d MMM yyyy"))


def full_date(value: date) -> str:
    """``Monday, 30 November 2026`` as the locale writes it."""
    return QLocale().toString(_qdate(value), QLocale.FormatType.LongFormat)


def medium_date(value: date) -> str:
    """A day with its year, ``30 Nov 2026`` (``30. Nov. 2026``)."""
    return QLocale().toString(_qdate(value), QCoreApplication.translate("Formats", "d MMM yyyy"))


def short_date(value: date) -> str:
    """The locale's short date (``11/30/26``, ``30.11.26``)."""
    return QLocale().toString(_qdate(value), QLocale.FormatType.ShortFormat)


def clock(value: datetime) -> str:
    """The time of day in the locale's short format (``2:05 PM``, ``14:05``)."""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def moment(value: datetime) -> str:
    """A moment in the user's local time: ``Mon 30 Nov 2026, 16:04`` (``Mo. 30. Nov. 2026, 16:04``)."""
    local = value.astimezone()
    return QCoreApplication.translate("Formats", "{day} {year}, {time}").format(
        day=day(local.date()), year=local.year, time=clock(local))


def file_size(size: int) -> str:
    """``12 B``, ``652 KB``, ``1.2 MB`` (``1,2 MB``): one way for the data file, its backups and
    documents."""
    if 0 < size < 1024:
        return QCoreApplication.translate("Formats", "{value} B").format(value=number(size))
    if size < 1024 * 1024:
        return QCoreApplication.translate("Formats", "{value} KB").format(
            value=number(max(size, 0) / 1024))
    return QCoreApplication.translate("Formats", "{value} MB").format(
        value=number(size / 1024 / 1024, 1))


def span(start: datetime, end: datetime, zone: tzinfo | None = None) -> str:
    """From one moment to another in local time (or ``zone``'s: a time entry's own):
    ``Wed 2 Dec, 14:05–15:10``, with the end's day when it is another
    (``Wed 2 Dec, 23:30–Thu 3 Dec, 01:10``)."""
    first, last = start.astimezone(zone), end.astimezone(zone)
    if first.date() == last.date():
        return QCoreApplication.translate("Formats", "{day}, {start}–{end}").format(
            day=day(first.date()), start=clock(first), end=clock(last))
    return QCoreApplication.translate("Formats", "{day}, {start}–{end_day}, {end}").format(
        day=day(first.date()), start=clock(first), end_day=day(last.date()), end=clock(last))


def money(amount: Decimal | int, currency: str) -> str:
    """``€1,234.50`` / ``1.234,50 €``: the locale places the ISO code's symbol (or the code)."""
    exact = Decimal(amount).quantize(Decimal("0.01"))
    symbol = _CURRENCY_SYMBOLS.get(currency.upper(), currency.upper())
    return QLocale().toCurrencyString(float(exact), symbol, 2)


_CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹", "CHF": "CHF"}


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)
