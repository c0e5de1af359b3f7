"""A contact's interactions: every email, call, coffee or event, newest first on its timeline."""

import uuid
from datetime import date, datetime

from sqlmodel import Session, col, select

from internapp.core.changes import Kind
from internapp.core.clock import utcnow
from internapp.core.models import Channel, Contact, Interaction
from internapp.core.services.errors import NotFoundError
from internapp.core.services.fields import (
    UNSET,
    Unset,
    boolean,
    choice,
    clean,
    given,
    parse_date,
    parse_instant,
    text,
)
from internapp.core.store import Store

SCHEMA = {
    "at": parse_instant,
    "channel": choice(Channel, required=True),
    "summary": text(multiline=True, max_length=5000, default=""),
    "follow_up_on": parse_date,
    "follow_up_done": boolean,
}


def add(store: Store, contact_id: uuid.UUID, *, channel: str | Channel,
        at: datetime | str | None = None, summary: str | None = None,
        follow_up_on: date | str | None = None, follow_up_done: bool = False) -> Interaction:
    """An interaction with the contact (``at``: now when not given)."""
    values = {"at": at, "channel": channel, "summary": summary, "follow_up_on": follow_up_on,
              "follow_up_done": follow_up_done}
    cleaned = clean(values, SCHEMA, required=["channel"])
    cleaned["at"] = cleaned.get("at") or utcnow()
    with store.write([Kind.CONTACTS]) as session:
        if session.get(Contact, contact_id) is None:
            raise NotFoundError("contact", contact_id)
        interaction = Interaction(contact_id=contact_id,
                                  **{k: v for k, v in cleaned.items() if v is not None})
        session.add(interaction)
    return interaction


def update(store: Store, interaction_id: uuid.UUID, *,
           at: datetime | str | Unset | None = UNSET, channel: str | Channel | Unset = UNSET,
           summary: str | Unset | None = UNSET, follow_up_on: date | str | Unset | None = UNSET,
           follow_up_done: bool | Unset = UNSET) -> Interaction:
    """Changes the fields given."""
    cleaned = clean(given(at=at, channel=channel, summary=summary, follow_up_on=follow_up_on,
                          follow_up_done=follow_up_done), SCHEMA)
    with store.write([Kind.CONTACTS]) as session:
        interaction = _get(session, interaction_id)
        for name, value in cleaned.items():
            if name in ("at", "channel") and value is None:
                continue  # an interaction always has a time and a channel
            setattr(interaction, name, bool(value) if name == "follow_up_done" else value)
        session.add(interaction)
    return interaction


def delete(store: Store, interaction_id: uuid.UUID) -> None:
    with store.write([Kind.CONTACTS]) as session:
        session.delete(_get(session, interaction_id))


def of_contact(store: Store, contact_id: uuid.UUID) -> list[Interaction]:
    """The contact's interactions, newest first."""
    with store.read() as session:
        return list(session.exec(select(Interaction).where(Interaction.contact_id == contact_id)
                                 .order_by(col(Interaction.at).desc())))


def _get(session: Session, interaction_id: uuid.UUID) -> Interaction:
    interaction = session.get(Interaction, interaction_id)
    if interaction is None:
        raise NotFoundError("interaction", interaction_id)
    return interaction
