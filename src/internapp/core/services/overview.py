"""A first look across everything: counts, and what falls due in the coming days."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlmodel import func, select

from internapp.core.clock import local_zone, today_local
from internapp.core.models import (
    Application,
    Contact,
    Engagement,
    EngagementStatus,
    Milestone,
    Organization,
    Stage,
    TimeEntry,
)
from internapp.core.store import Store


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
    today = today or today_local()
    horizon = today + timedelta(days=days)
    week_start = today - timedelta(days=today.weekday())
    week_start_utc = datetime.combine(week_start, time(0), tzinfo=local_zone())
    with store.read() as session:
        open_apps = session.exec(
            select(func.count()).select_from(Application)
            .join(Stage, Stage.id == Application.stage_id).where(Stage.is_closed == False)  # noqa: E712
        ).one()
        active = session.exec(select(func.count()).select_from(Engagement).where(
            Engagement.status == EngagementStatus.ACTIVE)).one()
        contacts = session.exec(select(func.count()).select_from(Contact)).one()
        week_seconds = session.exec(select(func.coalesce(func.sum(TimeEntry.seconds), 0)).where(
            TimeEntry.started_at >= week_start_utc)).one()
        due: list[DueItem] = []
        for app, org in session.exec(
            select(Application, Organization.name)
            .join(Organization, Organization.id == Application.organization_id)
            .join(Stage, Stage.id == Application.stage_id)
            .where(Stage.is_closed == False)  # noqa: E712
        ):
            if app.deadline and today <= app.deadline <= horizon:
                due.append(DueItem(app.deadline, "deadline", app.role, org))
            if app.follow_up_on and app.follow_up_on <= horizon:
                due.append(DueItem(app.follow_up_on, "follow-up", app.role, org))
        for milestone, title in session.exec(
            select(Milestone, Engagement.title)
            .join(Engagement, Engagement.id == Milestone.engagement_id)
            .where(Milestone.done_on.is_(None), Milestone.due_on.is_not(None),
                   Milestone.due_on <= horizon)
        ):
            due.append(DueItem(milestone.due_on, "milestone", milestone.title, title))
    due.sort(key=lambda item: (item.day, item.kind, item.title))
    return Overview(open_apps, active, contacts, int(week_seconds), due)
