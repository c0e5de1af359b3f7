"""Payments due: a payment expected on a day and not received yet (the money area's
``payment`` table), reminded on the day and, while it stays unpaid, for two weeks after."""

from collections.abc import Iterator
from datetime import time, timedelta

from internapp.core.reminders import schedule
from internapp.core.reminders.model import Reminder
from internapp.core.reminders.registry import ReminderKind, Sources, register
from internapp.core.reminders.values import day_text
from internapp.core.services.payments_due import read_due

LOOK_BACK = timedelta(days=15)
HORIZON_DAYS = 366  # payments expected later are reminded when their lead time comes


def payments(sources: Sources) -> Iterator[Reminder]:
    lead = sources.lead("payment")
    zone = sources.zone
    today = sources.now.astimezone(zone).date()
    since = today - LOOK_BACK
    for due in read_due(sources.conn, today, horizon_days=HORIZON_DAYS):
        if due.expected_on < since:
            continue
        when = due.expected_on
        yield Reminder(
            "payment", f"payment:{due.payment_id}:{when}:{due.amount_cents}",
            str(due.engagement_id), "engagements",
            f"Payment due {day_text(when)}: {due.amount_text} from {due.payer}",
            f"{due.engagement} · mark it received when it arrives",
            schedule.day_reminder(when, lead, sources.day_time, zone),
            schedule.at_wall_clock(when, time(0), zone),
            schedule.end_of_day(when + timedelta(days=14), zone))


register(ReminderKind("payment", "Payments due",
                      "On the day a payment is expected, while it has not arrived", payments, order=80))
