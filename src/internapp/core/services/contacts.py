"""Contacts: mentors, recruiters and supervisors, with every interaction logged against them."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, func, select

from internapp.core.changes import Kind
from internapp.core.clock import utcnow
from internapp.core.models import Channel, Contact, Interaction, Organization
from internapp.core.services import organizations
from internapp.core.services.errors import NotFoundError
from internapp.core.services.fields import (
    choice,
    clean,
    email,
    number,
    parse_date,
    parse_instant,
    string_list,
    text,
    url,
)
from internapp.core.store import Store

SCHEMA = {
    "display_name": text(required=True),
    "given_name": text(),
    "family_name": text(),
    "middle_name": text(),
    "prefix": text(),
    "suffix": text(),
    "nickname": text(),
    "emails": string_list(item=email),
    "phones": string_list(max_length=40),
    "organization": text(),
    "title": text(),
    "linkedin_url": url,
    "how_met": text(max_length=500),
    "tags": string_list(max_length=40),
    "notes": text(multiline=True, max_length=20_000, default=""),
    "keep_in_touch_days": number(minimum=1, maximum=3650, integer=True),
    "connected_on": parse_date,
}

INTERACTION_SCHEMA = {
    "at": parse_instant,
    "channel": choice(Channel, required=True),
    "summary": text(multiline=True, max_length=5000, default=""),
    "follow_up_on": parse_date,
}


@dataclass(frozen=True)
class ContactRow:
    id: uuid.UUID
    display_name: str
    organization: str | None
    title: str | None
    emails: list[str]
    tags: list[str]
    last_contacted: datetime | None


def create(store: Store, **values) -> Contact:
    cleaned = clean(values, SCHEMA, required=["display_name"])
    with store.write([Kind.CONTACTS, Kind.ORGANIZATIONS]) as session:
        organization = cleaned.pop("organization", None)
        if organization:
            cleaned["organization_id"] = organizations.find_or_create(session, organization).id
        contact = Contact(**{k: v for k, v in cleaned.items() if v is not None})
        session.add(contact)
    return contact


def update(store: Store, contact_id: uuid.UUID, **values) -> Contact:
    cleaned = clean(values, SCHEMA)
    with store.write([Kind.CONTACTS, Kind.ORGANIZATIONS]) as session:
        contact = _get(session, contact_id)
        if "organization" in cleaned:
            name = cleaned.pop("organization")
            contact.organization_id = (
                organizations.find_or_create(session, name).id if name else None
            )
        for name, value in cleaned.items():
            setattr(contact, name, value)
        session.add(contact)
    return contact


def log_interaction(store: Store, contact_id: uuid.UUID, **values) -> Interaction:
    cleaned = clean(values, INTERACTION_SCHEMA, required=["channel"])
    cleaned["at"] = cleaned.get("at") or utcnow()
    with store.write([Kind.CONTACTS]) as session:
        _get(session, contact_id)
        interaction = Interaction(contact_id=contact_id,
                                  **{k: v for k, v in cleaned.items() if v is not None})
        session.add(interaction)
    return interaction


def list_rows(store: Store) -> list[ContactRow]:
    last = (
        select(Interaction.contact_id, func.max(Interaction.at).label("last_at"))
        .group_by(Interaction.contact_id)
        .subquery()
    )
    with store.read() as session:
        rows = session.exec(
            select(Contact, Organization.name, last.c.last_at)
            .outerjoin(Organization, Organization.id == Contact.organization_id)
            .outerjoin(last, last.c.contact_id == Contact.id)
            .order_by(Contact.display_name)
        )
        return [
            ContactRow(id=c.id, display_name=c.display_name, organization=org, title=c.title,
                       emails=list(c.emails), tags=list(c.tags),
                       last_contacted=last_at)
            for c, org, last_at in rows
        ]


def delete(store: Store, contact_id: uuid.UUID) -> None:
    """Deletes the contact with its interactions and links (the schema cascades them)."""
    with store.write([Kind.CONTACTS]) as session:
        session.delete(_get(session, contact_id))


def _get(session: Session, contact_id: uuid.UUID) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFoundError("contact", contact_id)
    return contact

