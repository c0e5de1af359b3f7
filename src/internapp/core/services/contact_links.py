"""Links between contacts and the applications or engagements they had a role in."""

import uuid
from dataclasses import dataclass

from sqlmodel import Session, col, select

from internapp.core.changes import Kind
from internapp.core.models import (
    Application,
    Contact,
    ContactLink,
    ContactRole,
    Engagement,
    Organization,
)
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import choice
from internapp.core.store import Store

role_choice = choice(ContactRole, required=True)


@dataclass(frozen=True)
class LinkedContact:
    """A contact as an application or engagement lists it."""

    link_id: uuid.UUID
    contact_id: uuid.UUID
    name: str
    role: str


@dataclass(frozen=True)
class LinkedRecord:
    """An application or engagement as a contact's page lists it."""

    link_id: uuid.UUID
    kind: str  # "application" or "engagement"
    record_id: uuid.UUID
    title: str
    organization: str | None
    role: str


def link(store: Store, contact_id: uuid.UUID, role: str, *,
         application_id: uuid.UUID | None = None,
         engagement_id: uuid.UUID | None = None) -> ContactLink:
    """Links a contact to exactly one application or engagement, with a role."""
    role = role_choice("role", role)
    if (application_id is None) == (engagement_id is None):
        raise ValidationError("record", "link a contact to one application or one engagement")
    with store.write([Kind.CONTACTS, Kind.APPLICATIONS, Kind.ENGAGEMENTS]) as session:
        if session.get(Contact, contact_id) is None:
            raise NotFoundError("contact", contact_id)
        if application_id and session.get(Application, application_id) is None:
            raise NotFoundError("application", application_id)
        if engagement_id and session.get(Engagement, engagement_id) is None:
            raise NotFoundError("engagement", engagement_id)
        existing = session.exec(select(ContactLink).where(
            ContactLink.contact_id == contact_id, ContactLink.role == role,
            ContactLink.application_id == application_id if application_id
            else ContactLink.engagement_id == engagement_id)).first()
        if existing:
            return existing
        created = ContactLink(contact_id=contact_id, role=role, application_id=application_id,
                              engagement_id=engagement_id)
        session.add(created)
    return created


def unlink(store: Store, link_id: uuid.UUID) -> None:
    with store.write([Kind.CONTACTS, Kind.APPLICATIONS, Kind.ENGAGEMENTS]) as session:
        found = session.get(ContactLink, link_id)
        if found is None:
            raise NotFoundError("link", link_id)
        session.delete(found)


def contacts_of(store: Store, *, application_id: uuid.UUID | None = None,
                engagement_id: uuid.UUID | None = None) -> list[LinkedContact]:
    with store.read() as session:
        query = select(ContactLink, Contact.display_name).join(
            Contact, col(Contact.id) == col(ContactLink.contact_id))
        if application_id is not None:
            query = query.where(ContactLink.application_id == application_id)
        else:
            query = query.where(ContactLink.engagement_id == engagement_id)
        return [LinkedContact(link.id, link.contact_id, name, link.role)
                for link, name in session.exec(query.order_by(ContactLink.role, Contact.display_name))]


def records_of(store: Store, contact_id: uuid.UUID) -> list[LinkedRecord]:
    with store.read() as session:
        return _records_of(session, contact_id)


def _records_of(session: Session, contact_id: uuid.UUID) -> list[LinkedRecord]:
    result = []
    for link, app, org in session.exec(
        select(ContactLink, Application, Organization.name)
        .join(Application, col(Application.id) == col(ContactLink.application_id))
        .join(Organization, col(Organization.id) == col(Application.organization_id))
        .where(ContactLink.contact_id == contact_id)
    ):
        result.append(LinkedRecord(link.id, "application", app.id, app.role, org, link.role))
    for link, engagement, org in session.exec(
        select(ContactLink, Engagement, Organization.name)
        .join(Engagement, col(Engagement.id) == col(ContactLink.engagement_id))
        .outerjoin(Organization, col(Organization.id) == col(Engagement.organization_id))
        .where(ContactLink.contact_id == contact_id)
    ):
        result.append(LinkedRecord(link.id, "engagement", engagement.id, engagement.title, org,
                                   link.role))
    return result
