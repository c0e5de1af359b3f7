"""A first look across everything: counts, and what falls due in the coming days."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from internapp.core.clock import local_zone, today_local
from internapp.core.enums import EngagementStatus
from internapp.core.store import Store
from internapp.core.store.codec import encode


@dataclass(frozen=True)
class DueItem:
    day: date
    kind: str  # "deadline", "follow-up", "milestone"
    title: str
    detail: str


@dataclass(frozen=True)
class Overview:
    open_applications: int
    active_engagements: int
    contacts: int
    week_seconds: int
    due: list[DueItem]

    @property
    def is_empty(self) -> bool:
        return not (self.open_applications or self.active_engagements or self.contacts
                    or self.week_seconds or self.due)


def overview(store: Store, today: date | None = None, days: int = 7) -> Overview:
    """Counts and what falls due, read on the store's plain path."""
    today = today or today_local()
    horizon = today + timedelta(days=days)
    week_start = today - timedelta(days=today.weekday())
    week_start_utc = datetime.combine(week_start, time(0), tzinfo=local_zone())
    with store.reading() as conn:
        open_apps = conn.execute(
            "SELECT count(*) FROM application a JOIN stage s ON s.id = a.stage_id "
            "WHERE NOT s.is_closed").fetchone()[0]
        active = conn.execute("SELECT count(*) FROM engagement WHERE status = ?",
                              (EngagementStatus.ACTIVE.value,)).fetchone()[0]
        contacts = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
        week_seconds = conn.execute(
            "SELECT COALESCE(SUM(seconds), 0) FROM time_entry WHERE started_at >= ?",
            (encode(week_start_utc),)).fetchone()[0]
        due: list[DueItem] = []
        for role, deadline, follow_up, org in conn.execute(
                "SELECT a.role, a.deadline, a.follow_up_on, o.name FROM application a "
                "JOIN organization o ON o.id = a.organization_id "
                "JOIN stage s ON s.id = a.stage_id WHERE NOT s.is_closed"):
            if deadline and today <= (day := date.fromisoformat(deadline)) <= horizon:
                due.append(DueItem(day, "deadline", role, org))
            if follow_up and (day := date.fromisoformat(follow_up)) <= horizon:
                due.append(DueItem(day, "follow-up", role, org))
        for title, due_on, engagement in conn.execute(
                "SELECT m.title, m.due_on, e.title FROM milestone m "
                "JOIN engagement e ON e.id = m.engagement_id "
                "WHERE m.done_on IS NULL AND m.due_on IS NOT NULL AND m.due_on <= ?",
                (horizon.isoformat(),)):
            due.append(DueItem(date.fromisoformat(due_on), "milestone", title, engagement))
    due.sort(key=lambda item: (item.day, item.kind, item.title))
    return Overview(open_apps, active, contacts, int(week_seconds), due)
