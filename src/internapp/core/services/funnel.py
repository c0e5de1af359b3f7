"""The application funnel: how many applications reached each stage, and the conversion from one
stage to the next, overall and by source or platform, for the applications started in a period.

An application *reached* a pipeline stage (an open stage: Saved, Applied, Interviewing, Offer,
Accepted and any the user added) when its history went that far along the pipeline: one that went
straight from Saved to Interviewing counts as having passed Applied too. Closed stages (Rejected,
Withdrawn, Ghosted...) are outcomes, counted by where each application is now. The period picks
applications by the day their history began (in the user's zone). Counting happens in SQL; only
the small grouped result is summed here.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import case
from sqlmodel import col, func, select

from internapp.core.clock import local_zone
from internapp.core.models import Application, ApplicationEvent, Stage
from internapp.core.services.errors import ValidationError
from internapp.core.services.fields import parse_date
from internapp.core.store import Store

NO_SOURCE = "(no source)"


@dataclass(frozen=True)
class FunnelStep:
    stage: str
    reached: int
    conversion: float | None  # reached / reached at the previous step; None for the first
    # step, and when no application reached the previous one (nothing to convert from)
    share: float | None  # reached / all applications in the slice


@dataclass(frozen=True)
class FunnelSlice:
    source: str  # NO_SOURCE for applications without one; "All sources" for the whole funnel
    total: int
    steps: list[FunnelStep]
    closed: dict[str, int] = field(default_factory=dict)  # closed stage -> applications there now

    def step(self, stage: str) -> FunnelStep:
        return next(s for s in self.steps if s.stage == stage)


@dataclass(frozen=True)
class Funnel:
    start: date | None
    end: date | None
    overall: FunnelSlice
    by_source: list[FunnelSlice]  # biggest first


def funnel(store: Store, start: date | str | None = None, end: date | str | None = None,
           zone: ZoneInfo | None = None) -> Funnel:
    """The funnel of applications whose history began between ``start`` and ``end`` (inclusive
    days; either may be None for an open end)."""
    start, end = parse_date("start", start), parse_date("end", end)
    if start and end and end < start:
        raise ValidationError("end", f"{end.isoformat()} is before the start {start.isoformat()}")
    zone = zone or local_zone()
    with store.read() as session:
        stages = list(session.exec(select(Stage).order_by(col(Stage.position))))
        open_position = case((col(Stage.is_closed) == False, col(Stage.position)), else_=None)  # noqa: E712
        per_application = (
            select(col(ApplicationEvent.application_id).label("application_id"),
                   func.min(ApplicationEvent.at).label("first_at"),
                   func.max(open_position).label("furthest"))
            .join(Stage, col(Stage.id) == col(ApplicationEvent.stage_id))
            .group_by(col(ApplicationEvent.application_id))
            .subquery()
        )
        query = (
            select(Application.source, per_application.c.furthest, Application.stage_id,
                   func.count())
            .join(per_application, per_application.c.application_id == Application.id)
            .group_by(col(Application.source), per_application.c.furthest, col(Application.stage_id))
        )
        if start:
            query = query.where(per_application.c.first_at >= _midnight(start, zone))
        if end:
            query = query.where(per_application.c.first_at < _midnight(end + timedelta(days=1),
                                                                       zone))
        groups = list(session.exec(query))

    pipeline = [s for s in stages if not s.is_closed]
    closed_names = {s.id: s.name for s in stages if s.is_closed}
    sources: dict[str, list[tuple]] = {}
    for source, furthest, stage_id, count in groups:
        sources.setdefault(source or NO_SOURCE, []).append((furthest, stage_id, count))
    everything = [group for rows in sources.values() for group in rows]
    by_source = sorted((_slice(name, rows, pipeline, closed_names)
                        for name, rows in sources.items()),
                       key=lambda s: (-s.total, s.source.casefold()))
    return Funnel(start, end, _slice("All sources", everything, pipeline, closed_names), by_source)


def _slice(source: str, rows: list[tuple], pipeline: list[Stage],
           closed_names: dict) -> FunnelSlice:
    total = sum(count for _, _, count in rows)
    steps, previous = [], None
    for stage in pipeline:
        reached = sum(count for furthest, _, count in rows
                      if furthest is not None and furthest >= stage.position)
        steps.append(FunnelStep(
            stage=stage.name, reached=reached,
            conversion=reached / previous if previous else None,
            share=reached / total if total else None,
        ))
        previous = reached
    closed: dict[str, int] = {}
    for _, stage_id, count in rows:
        if stage_id in closed_names:
            closed[closed_names[stage_id]] = closed.get(closed_names[stage_id], 0) + count
    return FunnelSlice(source, total, steps, closed)


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone)
