"""Keep in touch: each contact's cadence (its own, else the shortest default of its tags) restarts
from the latest interaction of any kind; a contact whose date has passed is losing touch.

Tag defaults ("mentor: every 30 days") live in TagCadence rows and are edited here too.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from internapp.core.changes import Kind
from internapp.core.clock import local_zone, today_local
from internapp.core.services.cadence import due_date, effective_days
from internapp.core.services.fields import name_key, number, text
from internapp.core.store import Store
from internapp.core.store.codec import decode, decode_optional
from internapp.core.store.sessions import plain

if TYPE_CHECKING:  # the ORM is imported by the functions that use it: Today reads without it
    from sqlmodel import Session

    from internapp.core.models import Contact

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
    return _tag_defaults(plain(session))


def _tag_defaults(conn) -> dict[str, int]:
    return {name_key(tag): days for tag, days in conn.execute("SELECT tag, days FROM tag_cadence")}


def last_contacted_subquery():
    """contact_id -> the latest interaction's instant, over the (contact_id, at) index."""
    from sqlmodel import col, func, select

    from internapp.core.models import Interaction

    return (select(Interaction.contact_id, func.max(Interaction.at).label("last_at"))
            .group_by(col(Interaction.contact_id)).subquery())


def cadences(store: Store, today: date | None = None) -> list[ContactCadence]:
    """Every contact that has a cadence, with its next due date; most overdue first."""
    today = today or today_local()
    zone = local_zone()
    with store.reading() as conn:
        defaults = _tag_defaults(conn)
        rows = conn.execute(  # the latest interaction: one seek per contact in (contact_id, at)
            "SELECT c.id, c.display_name, c.keep_in_touch_days, c.tags, c.created_at, o.name, "
            "(SELECT max(i.at) FROM interaction i WHERE i.contact_id = c.id) FROM contact c "
            "LEFT JOIN organization o ON o.id = c.organization_id").fetchall()
    result = []
    for contact_id, name, own, tags, created_at, organization, last_text in rows:
        days = effective_days(own, json.loads(tags) if tags else [], defaults)
        if days is None:
            continue
        last_at = decode_optional(last_text)
        due = due_date(days, last_at, decode(created_at), zone)
        result.append(ContactCadence(uuid.UUID(hex=contact_id), name, organization, days, last_at,
                                     due, (today - due).days))
    result.sort(key=lambda c: (c.due_on, name_key(c.name)))
    return result


def due_contacts(store: Store, today: date | None = None) -> list[ContactCadence]:
    """The contacts losing touch: their keep-in-touch date has passed, oldest first."""
    return [c for c in cadences(store, today) if c.overdue_days > 0]


# --- tag defaults --------------------------------------------------------------------------------


def tag_cadences(store: Store) -> list[TagCadenceRow]:
    """Every tag in use or with a default, with its default cadence and how many contacts have it."""
    from sqlmodel import select

    from internapp.core.models import Contact, TagCadence

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
    cleaned = days_field("days", days)
    cadence = int(cleaned) if cleaned is not None else None
    key = name_key(tag)
    from sqlmodel import select

    from internapp.core.models import TagCadence

    with store.write([Kind.CONTACTS]) as session:
        existing = [t for t in session.exec(select(TagCadence)) if name_key(t.tag) == key]
        if cadence is None:
            for row in existing:
                session.delete(row)
            return
        if existing:
            existing[0].days = cadence
            session.add(existing[0])
        else:
            session.add(TagCadence(tag=tag, days=cadence))

