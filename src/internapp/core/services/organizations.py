"""Organizations: the companies and clients that applications, engagements and contacts belong to."""

import uuid

from sqlmodel import Session, func, select

from internapp.core.changes import Kind
from internapp.core.models import Application, Contact, Engagement, Organization
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import UNSET, Unset, clean, given, name_key, text, url
from internapp.core.store import Store

SCHEMA = {
    "name": text(required=True),
    "website": url,
    "notes": text(multiline=True, max_length=20_000, default=""),
}


def find_or_create(session: Session, name: str, field: str = "organization") -> Organization:
    """The organization called ``name`` (case and spacing ignored), created when missing.

    Runs inside the caller's transaction.
    """
    cleaned = text(required=True)(field, name)
    key = name_key(cleaned)
    found = session.exec(select(Organization).where(Organization.name_key == key)).first()
    if found is None:
        found = Organization(name=cleaned, name_key=key)
        session.add(found)
        session.flush()
    return found


def id_for(session: Session, name: str | None) -> uuid.UUID | None:
    """The id of the organization called ``name`` (created when missing); None for no name.

    For records whose organization is optional (engagements, contacts), inside the caller's
    transaction."""
    return find_or_create(session, name).id if name else None


def create(store: Store, *, name: str, website: str | None = None,
           notes: str | None = None) -> Organization:
    cleaned = clean(given(name=name, website=website, notes=notes), SCHEMA, required=["name"])
    with store.write([Kind.ORGANIZATIONS]) as session:
        key = name_key(cleaned["name"])
        if session.exec(select(Organization.id).where(Organization.name_key == key)).first():
            raise ValidationError("name", f"an organization called {cleaned['name']!r} exists")
        organization = Organization(**cleaned, name_key=key)
        session.add(organization)
    return organization


def update(store: Store, organization_id: uuid.UUID, *, name: str | Unset = UNSET,
           website: str | Unset | None = UNSET, notes: str | Unset | None = UNSET) -> Organization:
    """Changes the fields given."""
    cleaned = clean(given(name=name, website=website, notes=notes), SCHEMA)
    with store.write([Kind.ORGANIZATIONS, Kind.APPLICATIONS, Kind.ENGAGEMENTS,
                      Kind.CONTACTS]) as session:
        organization = session.get(Organization, organization_id)
        if organization is None:
            raise NotFoundError("organization", organization_id)
        if "name" in cleaned:
            key = name_key(cleaned["name"])
            clash = session.exec(
                select(Organization.id).where(Organization.name_key == key,
                                              Organization.id != organization_id)
            ).first()
            if clash:
                raise ValidationError("name", f"an organization called {cleaned['name']!r} exists")
            organization.name_key = key
        for name, value in cleaned.items():
            setattr(organization, name, value)
        session.add(organization)
    return organization


def list_all(store: Store) -> list[Organization]:
    with store.read() as session:
        return list(session.exec(select(Organization).order_by(Organization.name_key)))


def delete(store: Store, organization_id: uuid.UUID) -> None:
    """Deletes an organization that nothing refers to; contacts there just lose it."""
    with store.write([Kind.ORGANIZATIONS, Kind.CONTACTS]) as session:
        organization = session.get(Organization, organization_id)
        if organization is None:
            raise NotFoundError("organization", organization_id)
        for model, label in ((Application, "applications"), (Engagement, "engagements")):
            used = session.exec(
                select(func.count()).select_from(model).where(
                    model.organization_id == organization_id)
            ).one()
            if used:
                raise ValidationError(
                    "organization", f"{organization.name!r} still has {used} {label}"
                )
        for contact in session.exec(select(Contact).where(
                Contact.organization_id == organization_id)):
            contact.organization_id = None
            session.add(contact)
        session.delete(organization)
