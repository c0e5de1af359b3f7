"""Payments due: a payment expected on a day and not received yet (the money area's
``payment`` table), reminded on the day and, while it stays unpaid, for two weeks after."""

from collections.abc import Iterator
from datetime import time, timedelta

from internapp.core.reminders import schedule
from internapp.core.reminders.model import Reminder
from internapp.core.reminders.registry import ReminderKind, Sources, register
from internapp.core.reminders.values import day, day_text, record_id
from internapp.core.services.money import format_money

LOOK_BACK = timedelta(days=15)


def payments(sources: Sources) -> Iterator[Reminder]:
    lead = sources.lead("payment")
    zone = sources.zone
    since = (sources.now.astimezone(zone).date() - LOOK_BACK).isoformat()
    for payment_id, engagement_id, title, payer, expected_on, amount, currency in \
            sources.conn.execute(
                "SELECT p.id, e.id, e.title, p.payer, p.expected_on, p.amount_cents, e.currency "
                "FROM payment p JOIN engagement e ON e.id = p.engagement_id "
                "WHERE p.received_on IS NULL AND p.expected_on IS NOT NULL "
                "AND p.expected_on >= ?", (since,)):
        when = day(expected_on)
        source = f" from {payer}" if payer else ""
        yield Reminder(
            "payment", f"payment:{payment_id}:{when}:{amount}", record_id(engagement_id),
            "engagements", f"Payment due {day_text(when)}: {format_money(amount, currency)}"
            f"{source}", f"{title} · mark it received when it arrives",
            schedule.day_reminder(when, lead, sources.day_time, zone),
            schedule.at_wall_clock(when, time(0), zone),
            schedule.end_of_day(when + timedelta(days=14), zone))


register(ReminderKind("payment", "Payments due",
                      "On the day a payment is expected, while it has not arrived", payments, order=80))
