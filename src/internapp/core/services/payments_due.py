"""Payments expected and not received yet, read on the store's plain path (Today's first paint,
``internapp today`` and the background reminder process import no ORM)."""

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
        return expected(conn, day, until=day + timedelta(days=horizon_days))


def expected(conn: sqlite3.Connection, day: date, *, until: date | None = None,
             since: date | None = None) -> list[PaymentDue]:
    """Payments not received, expected between ``since`` and ``until`` (either open), by date;
    ``days_overdue`` counted from ``day``."""
    found = []
    for payment_id, engagement_id, title, payer, organization, platform, expected_on, amount, \
            currency in conn.execute(
                "SELECT p.id, e.id, e.title, p.payer, o.name, e.platform, p.expected_on, "
                "p.amount_cents, e.currency FROM payment p "
                "JOIN engagement e ON e.id = p.engagement_id "
                "LEFT JOIN organization o ON o.id = e.organization_id "
                "WHERE p.received_on IS NULL AND p.expected_on IS NOT NULL "
                "AND p.expected_on <= ? AND p.expected_on >= ?",
                ((until or date.max).isoformat(), (since or date.min).isoformat())):
        on = date.fromisoformat(expected_on)
        found.append(PaymentDue(uuid.UUID(hex=payment_id), uuid.UUID(hex=engagement_id), title,
                                payer or organization or platform or UNKNOWN_PAYER, on, amount,
                                currency, max(0, (day - on).days)))
    return sorted(found, key=lambda d: (d.expected_on, d.engagement))
