"""Keep in touch: each contact's cadence (its own, else the shortest default of its tags) restarts
from the latest interaction of any kind; a contact whose date has passed is losing touch.

Tag defaults ("mentor: every 30 days") live in TagCadence rows and are edited here too.
"""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, func, select

from internapp.core.changes import Kind
from internapp.core.clock import local_zone, today_local
from internapp.core.models import Contact, Interaction, Organization, TagCadence
from internapp.core.services.cadence import due_date, effective_days
from internapp.core.services.fields import name_key, number, text
from internapp.core.store import Store

days_field = number(minimum=1, maximum=3650, integer=True)
tag_field = text(required=True, max_length=40)


@dataclass(frozen=True)
class ContactCadence:
    contact_id: uuid.UUID
    name: str
    organization: str | None
    cadence_days: int
    last_contacted: datetime | None  # aware UTC; None when never
    due_on: date
    overdue_days: int  # > 0 once the date has passed


@dataclass(frozen=True)
class TagCadenceRow:
    tag: str
    days: int | None  # None: the tag is in use but has no default
    contacts: int  # how many contacts carry the tag


def cadence_days(contact: Contact, tag_defaults: Mapping[str, int]) -> int | None:
    return effective_days(contact.keep_in_touch_days, contact.tags, tag_defaults)


def tag_defaults(session: Session) -> dict[str, int]:
    return {name_key(t.tag): t.days for t in session.exec(select(TagCadence))}


def last_contacted_subquery():
    """contact_id -> the latest interaction's instant, over the (contact_id, at) index."""
    return (select(Interaction.contact_id, func.max(Interaction.at).label("last_at"))
            .group_by(Interaction.contact_id).subquery())


def cadences(store: Store, today: date | None = None) -> list[ContactCadence]:
    """Every contact that has a cadence, with its next due date; most overdue first."""
    today = today or today_local()
    zone = local_zone()
    last = last_contacted_subquery()
    with store.read() as session:
        defaults = tag_defaults(session)
        rows = session.exec(
            select(Contact.id, Contact.display_name, Contact.keep_in_touch_days, Contact.tags,
                   Contact.created_at, Organization.name, last.c.last_at)
            .outerjoin(Organization, Organization.id == Contact.organization_id)
            .outerjoin(last, last.c.contact_id == Contact.id)
        ).all()
    result = []
    for contact_id, name, own, tags, created_at, organization, last_at in rows:
        days = effective_days(own, tags or [], defaults)
        if days is None:
            continue
        due = due_date(days, last_at, created_at, zone)
        result.append(ContactCadence(contact_id, name, organization, days, last_at, due,
                                     (today - due).days))
    result.sort(key=lambda c: (c.due_on, name_key(c.name)))
    return result


def due_contacts(store: Store, today: date | None = None) -> list[ContactCadence]:
    """The contacts losing touch: their keep-in-touch date has passed, oldest first."""
    return [c for c in cadences(store, today) if c.overdue_days > 0]


# --- tag defaults --------------------------------------------------------------------------------


def tag_cadences(store: Store) -> list[TagCadenceRow]:
    """Every tag in use or with a default, with its default cadence and how many contacts have it."""
    with store.read() as session:
        stored = {name_key(t.tag): t for t in session.exec(select(TagCadence))}
        counts: dict[str, int] = {}
        shown: dict[str, str] = {}
        for tags in session.exec(select(Contact.tags)):
            for tag in tags or []:
                key = name_key(tag)
                counts[key] = counts.get(key, 0) + 1
                shown.setdefault(key, tag)
    for key, row in stored.items():
        shown[key] = row.tag
    rows = [TagCadenceRow(shown[key], stored[key].days if key in stored else None,
                          counts.get(key, 0)) for key in shown]
    rows.sort(key=lambda r: (r.days is None, name_key(r.tag)))
    return rows


def set_tag_cadence(store: Store, tag: str, days: int | str | None) -> None:
    """Sets the default cadence for contacts tagged ``tag``; None (or empty) removes it."""
    tag = tag_field("tag", tag)
    days = days_field("days", days)
    key = name_key(tag)
    with store.write([Kind.CONTACTS]) as session:
        existing = [t for t in session.exec(select(TagCadence)) if name_key(t.tag) == key]
        if days is None:
            for row in existing:
                session.delete(row)
            return
        if existing:
            existing[0].days = days
            session.add(existing[0])
        else:
            session.add(TagCadence(tag=tag, days=days))

