"""Keep in touch: each contact's cadence (its own, else the shortest default of its tags) restarts
from the latest interaction of any kind; a contact whose date has passed is losing touch."""

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import func, select

from internapp.core.clock import local_zone, today_local
from internapp.core.models import Contact, Interaction, Organization, TagCadence
from internapp.core.services.fields import name_key
from internapp.core.store import Store


@dataclass(frozen=True)
class ContactCadence:
    contact_id: uuid.UUID
    name: str
    organization: str | None
    cadence_days: int
    last_contacted: datetime | None  # aware UTC; None when never
    due_on: date
    overdue_days: int  # > 0 once the date has passed


def cadence_days(contact: Contact, tag_defaults: dict[str, int]) -> int | None:
    if contact.keep_in_touch_days:
        return contact.keep_in_touch_days
    defaults = [tag_defaults[name_key(tag)] for tag in contact.tags if name_key(tag) in tag_defaults]
    return min(defaults) if defaults else None


def cadences(store: Store, today: date | None = None) -> list[ContactCadence]:
    """Every contact that has a cadence, with its next due date; most overdue first."""
    today = today or today_local()
    zone = local_zone()
    last = (select(Interaction.contact_id, func.max(Interaction.at).label("last_at"))
            .group_by(Interaction.contact_id).subquery())
    with store.read() as session:
        defaults = {name_key(t.tag): t.days for t in session.exec(select(TagCadence))}
        rows = session.exec(
            select(Contact, Organization.name, last.c.last_at)
            .outerjoin(Organization, Organization.id == Contact.organization_id)
            .outerjoin(last, last.c.contact_id == Contact.id)
        ).all()
    result = []
    for contact, organization, last_at in rows:
        days = cadence_days(contact, defaults)
        if days is None:
            continue
        since = (last_at or contact.created_at).astimezone(zone).date()
        due = since + timedelta(days=days)
        result.append(ContactCadence(contact.id, contact.display_name, organization, days, last_at,
                                     due, (today - due).days))
    result.sort(key=lambda c: (c.due_on, name_key(c.name)))
    return result


def due_contacts(store: Store, today: date | None = None) -> list[ContactCadence]:
    """The contacts losing touch: their keep-in-touch date has passed, oldest first."""
    return [c for c in cadences(store, today) if c.overdue_days > 0]
