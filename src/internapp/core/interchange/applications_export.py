"""Applications with their stage history as plain records, streamed from SQL for the exporters."""

from collections.abc import Iterator

from sqlmodel import col, select

from internapp.core.models import Application, ApplicationEvent, Organization, Stage
from internapp.core.store import Store


def export_records(store: Store) -> Iterator[dict]:
    """Every application (organization, then role) as a dict of its fields with ``history``: the
    list of {"stage", "at", "note"} steps, oldest first. Plain rows, never ORM objects."""
    with store.read() as session:
        history: dict = {}
        for application_id, stage, at, note in session.exec(
                select(ApplicationEvent.application_id, Stage.name, ApplicationEvent.at,
                       ApplicationEvent.note)
                .join(Stage, col(Stage.id) == col(ApplicationEvent.stage_id))
                .order_by(col(ApplicationEvent.application_id), col(ApplicationEvent.at),
                          col(ApplicationEvent.created_at))):
            step = {"stage": stage, "at": at.isoformat()}
            if note:
                step["note"] = note
            history.setdefault(application_id, []).append(step)
        rows = session.exec(
            select(col(Application.id), col(Organization.name), col(Application.role),  # type: ignore[call-overload,misc]  # typed for four columns at most
                   col(Stage.name),
                   Application.source, Application.url, Application.location,
                   Application.remote, Application.applied_on, Application.deadline,
                   Application.follow_up_on, Application.pay, Application.tags,
                   Application.notes, Application.close_reason)
            .join(Organization, Organization.id == Application.organization_id)
            .join(Stage, Stage.id == Application.stage_id)
            .order_by(Organization.name_key, Application.role, Application.created_at))
        for (application_id, organization, role, stage, source, link, location, remote,
             applied_on, deadline, follow_up_on, pay, tags, notes, close_reason) in rows:
            yield {"organization": organization, "role": role, "stage": stage, "source": source,
                   "url": link, "location": location, "remote": remote,
                   "applied_on": applied_on, "deadline": deadline,
                   "follow_up_on": follow_up_on, "pay": pay, "tags": list(tags or ()),
                   "notes": notes or "", "close_reason": close_reason,
                   "history": history.get(application_id, [])}


def stage_records(store: Store) -> list[dict]:
    with store.read() as session:
        return [{"name": s.name, "position": s.position, "closed": s.is_closed, "role": s.role}
                for s in session.exec(select(Stage).order_by(col(Stage.position)))]
