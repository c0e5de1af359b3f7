"""Payments expected and not received yet, up to a day: what Today lists (and reminders may).

Read on the store's plain path with one query, so that the window's first paint needs no ORM.
The payer is named as in ``payments.PaymentRow``: the payer typed on the payment, else the
engagement's organization, else its platform.
"""

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from internapp.core.clock import today_local
from internapp.core.services.money import format_money
from internapp.core.store import Store

UNKNOWN_PAYER = "Unknown payer"


@dataclass(frozen=True)
class PaymentDue:
    """An expected payment on or before the day asked about (for Today and reminders)."""

    payment_id: uuid.UUID
    engagement_id: uuid.UUID
    engagement: str
    payer: str
    expected_on: date
    amount_cents: int
    currency: str
    days_overdue: int  # 0 when due today or later

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0

    @property
    def amount_text(self) -> str:
        return format_money(self.amount_cents, self.currency)


def due(store: Store, day: date | None = None, *, horizon_days: int = 0) -> list[PaymentDue]:
    """Payments expected and not received by ``day`` + ``horizon_days``, most overdue first."""
    day = day or today_local()
    with store.reading() as conn:
        return read_due(conn, day, horizon_days)


def read_due(conn: sqlite3.Connection, day: date, horizon_days: int = 0) -> list[PaymentDue]:
    until = day + timedelta(days=horizon_days)
    rows = conn.execute(
        "SELECT p.id, p.engagement_id, e.title, "
        "COALESCE(NULLIF(p.payer, ''), NULLIF(o.name, ''), NULLIF(e.platform, ''), ?), "
        "p.expected_on, p.amount_cents, e.currency "
        "FROM payment p JOIN engagement e ON e.id = p.engagement_id "
        "LEFT JOIN organization o ON o.id = e.organization_id "
        "WHERE p.received_on IS NULL AND p.expected_on <= ?",
        (UNKNOWN_PAYER, until.isoformat()))
    result = []
    for key, engagement_key, title, payer, expected, amount, currency in rows:
        expected_on = date.fromisoformat(expected)
        result.append(PaymentDue(uuid.UUID(hex=key), uuid.UUID(hex=engagement_key), title, payer,
                                 expected_on, amount, currency, max((day - expected_on).days, 0)))
    return sorted(result, key=lambda d: (d.expected_on, d.engagement))
