"""Applications waiting for a reply: still in the Applied stage some days after they were sent.
Read on the store's plain path (Today lists them at first paint)."""

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from internapp.core.clock import today_local
from internapp.core.enums import StageRole
from internapp.core.store import Store


@dataclass(frozen=True)
class NoReply:
    application_id: uuid.UUID
    organization: str
    role: str
    applied_on: date
    days_waiting: int


def no_reply(store: Store, days: int = 14, today: date | None = None) -> list[NoReply]:
    """Applications still waiting in the Applied stage ``days`` or more after they were sent,
    longest wait first."""
    today = today or today_local()
    with store.reading() as conn:
        rows = conn.execute(
            "SELECT a.id, o.name, a.role, a.applied_on FROM application a "
            "JOIN organization o ON o.id = a.organization_id JOIN stage s ON s.id = a.stage_id "
            "WHERE s.role = ? AND a.applied_on IS NOT NULL AND a.applied_on <= ? "
            "ORDER BY a.applied_on",
            (StageRole.APPLIED.value, (today - timedelta(days=days)).isoformat())).fetchall()
    return [NoReply(uuid.UUID(hex=i), org, role, applied, (today - applied).days)
            for i, org, role, text in rows for applied in (date.fromisoformat(text),)]
