"""An engagement's milestones: titled steps with a due date, a done date and, for fixed fees paid
in parts, a fee of their own (engagements re-exports these)."""

import uuid
from datetime import date
from decimal import Decimal

from sqlmodel import Session, col, func, select

from internapp.core.changes import Kind
from internapp.core.models import Engagement, Milestone
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import UNSET, Unset, clean, given, number, parse_date, text
from internapp.core.services.money import parse_amount
from internapp.core.store import Store

__all__ = ["add_milestone", "delete_milestone", "milestones", "reorder_milestones",
           "update_milestone"]


def add_milestone(store: Store, engagement_id: uuid.UUID, title: str,
                  due_on: date | str | None = None) -> Milestone:
    title = text(required=True)("title", title)
    due = parse_date("due_on", due_on)
    with store.write([Kind.ENGAGEMENTS]) as session:
        _engagement(session, engagement_id)
        count = session.exec(
            select(func.count()).select_from(Milestone).where(
                Milestone.engagement_id == engagement_id)
        ).one()
        milestone = Milestone(engagement_id=engagement_id, title=title, due_on=due, position=count)
        session.add(milestone)
    return milestone


def milestones(store: Store, engagement_id: uuid.UUID) -> list[Milestone]:
    with store.read() as session:
        return list(session.exec(
            select(Milestone).where(Milestone.engagement_id == engagement_id)
            .order_by(col(Milestone.position))
        ))


def update_milestone(store: Store, milestone_id: uuid.UUID, *, title: str | Unset | None = UNSET,
                     due_on: date | str | Unset | None = UNSET,
                     done_on: date | str | Unset | None = UNSET,
                     fee_cents: int | Unset | None = UNSET,
                     fee: Decimal | int | str | Unset | None = UNSET) -> Milestone:
    """Changes a milestone's title, due date, done date (``done_on=None`` reopens it) or fee
    (``fee`` in major units of the engagement's currency, or ``fee_cents``)."""
    values = given(title=title, due_on=due_on, done_on=done_on, fee_cents=fee_cents, fee=fee)
    cleaned = clean(values, MILESTONE_SCHEMA)
    if "title" in cleaned and not cleaned["title"]:
        raise ValidationError("title", "must not be empty")
    with store.write([Kind.ENGAGEMENTS]) as session:
        milestone = _milestone(session, milestone_id)
        if "fee" in cleaned:
            currency = _engagement(session, milestone.engagement_id).currency
            cleaned["fee_cents"] = parse_amount("fee", cleaned.pop("fee"), currency)
        for name, value in cleaned.items():
            setattr(milestone, name, value)
        session.add(milestone)
    return milestone


def delete_milestone(store: Store, milestone_id: uuid.UUID) -> None:
    with store.write([Kind.ENGAGEMENTS]) as session:
        milestone = _milestone(session, milestone_id)
        engagement_id = milestone.engagement_id
        session.delete(milestone)
        session.flush()
        _renumber(session, engagement_id)


def reorder_milestones(store: Store, engagement_id: uuid.UUID,
                       ordered_ids: list[uuid.UUID]) -> None:
    """Puts an engagement's milestones in the given order; every one must be listed once."""
    with store.write([Kind.ENGAGEMENTS]) as session:
        _engagement(session, engagement_id)
        found = {m.id: m for m in session.exec(
            select(Milestone).where(Milestone.engagement_id == engagement_id))}
        if sorted(map(str, ordered_ids)) != sorted(map(str, found)):
            raise ValidationError("milestones", "the new order must list every milestone once")
        for position, milestone_id in enumerate(ordered_ids):
            found[milestone_id].position = position
            session.add(found[milestone_id])


MILESTONE_SCHEMA = {"title": text(), "due_on": parse_date, "done_on": parse_date,
                    "fee_cents": number(minimum=0, integer=True),
                    "fee": lambda name, value: value}  # major units of the engagement's currency


def _milestone(session: Session, milestone_id: uuid.UUID) -> Milestone:
    milestone = session.get(Milestone, milestone_id)
    if milestone is None:
        raise NotFoundError("milestone", milestone_id)
    return milestone


def _renumber(session: Session, engagement_id: uuid.UUID) -> None:
    for position, milestone in enumerate(session.exec(
            select(Milestone).where(Milestone.engagement_id == engagement_id)
            .order_by(col(Milestone.position), col(Milestone.created_at)))):
        milestone.position = position
        session.add(milestone)


def _engagement(session: Session, engagement_id: uuid.UUID) -> Engagement:
    engagement = session.get(Engagement, engagement_id)
    if engagement is None:
        raise NotFoundError("engagement", engagement_id)
    return engagement
