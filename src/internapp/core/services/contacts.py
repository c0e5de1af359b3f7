"""Contacts: mentors, recruiters and supervisors, with every interaction logged against them."""

import json
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Any

from sqlalchemy import text as sql_text
from sqlmodel import Session, col, select

from internapp.core.changes import Kind
from internapp.core.clock import local_zone, today_local
from internapp.core.models import Channel, Contact, Organization
from internapp.core.services import fields, interactions, keep_in_touch, organizations
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import (
    UNSET,
    Unset,
    clean,
    email,
    given,
    name_key,
    number,
    parse_date,
    string_list,
    supplied,
    text,
    url,
)
from internapp.core.store import Store
from internapp.core.store.codec import decode

PHOTO_MAX_BYTES = 5 * 1024 * 1024
PHOTO_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp"}
CHANNEL_LABELS = {Channel.EMAIL: "Email", Channel.CALL: "Call", Channel.VIDEO: "Video call",
                  Channel.COFFEE: "Coffee", Channel.LINKEDIN: "LinkedIn message",
                  Channel.EVENT: "Event", Channel.OTHER: "Other"}


IMAGE_SIGNATURES = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"),
                    (b"GIF87a", "image/gif"), (b"GIF89a", "image/gif"), (b"BM", "image/bmp"))


def image_type(data: bytes) -> str | None:
    """The image type of ``data`` from its first bytes (JPEG, PNG, GIF, BMP, WebP), else None."""
    for signature, mime in IMAGE_SIGNATURES:
        if data.startswith(signature):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def birthday(field_name: str, value: Any) -> str | None:
    """A full date (kept as YYYY-MM-DD) or a day without a year (kept as --MM-DD)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, str):
        raw = value.strip()
        no_year = re.fullmatch(r"--(\d\d)-?(\d\d)", raw)
        try:
            if no_year:
                month, day = int(no_year[1]), int(no_year[2])
                date(2000, month, day)  # 2000 is a leap year: --02-29 is a real birthday
                return f"--{month:02d}-{day:02d}"
            full = re.fullmatch(r"(\d{4})-?(\d\d)-?(\d\d)", raw)
            if full:
                return date(int(full[1]), int(full[2]), int(full[3])).isoformat()
        except ValueError:
            pass
    raise ValidationError(field_name, f"{value!r} is not a date (use YYYY-MM-DD, or --MM-DD "
                                      "when the year is unknown)")


def photo(field_name: str, value: Any) -> bytes | None:
    if value is None or value == b"":
        return None
    if not isinstance(value, bytes | bytearray):
        raise ValidationError(field_name, "must be image data")
    if len(value) > PHOTO_MAX_BYTES:
        raise ValidationError(field_name, f"is larger than {PHOTO_MAX_BYTES // (1024 * 1024)} MB")
    return bytes(value)


def photo_mime(field_name: str, value: Any) -> str | None:
    value = text(max_length=100)(field_name, value)
    if value is None:
        return None
    value = value.casefold()
    if value not in PHOTO_TYPES:
        raise ValidationError(field_name, f"{value!r} is not an image type this app shows "
                                          f"({', '.join(sorted(PHOTO_TYPES))})")
    return value


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
    "tags": string_list(max_length=200),
    "notes": text(multiline=True, max_length=20_000, default=""),
    "keep_in_touch_days": number(minimum=1, maximum=3650, integer=True),
    "birthday": birthday,
    "connected_on": parse_date,
    "photo": photo,
    "photo_mime": photo_mime,
    "external_uid": text(max_length=500),
}

INTERACTION_SCHEMA = interactions.SCHEMA


@dataclass(frozen=True)
class ContactRow:
    id: uuid.UUID
    display_name: str
    organization: str | None
    title: str | None
    emails: list[str]
    tags: list[str]
    last_contacted: datetime | None
    phones: list[str] = field(default_factory=list)
    linkedin_url: str | None = None
    how_met: str | None = None
    notes: str = ""
    cadence_days: int | None = None
    next_due: date | None = None  # None: no cadence
    overdue_days: int | None = None  # > 0 once the date has passed

    @cached_property
    def _haystack(self) -> str:
        parts = [self.display_name, self.organization, self.title, self.linkedin_url,
                 self.how_met, self.notes, *self.emails, *self.phones, *self.tags]
        return " ".join(p for p in parts if p).casefold()

    def search_text(self) -> str:
        """Everything the list's search looks through, casefolded (worked out once per row)."""
        return self._haystack


@dataclass(frozen=True)
class ContactDetail:
    """A contact's page: the record, its organization's name and where its cadence stands."""

    contact: Contact
    organization: str | None
    last_contacted: datetime | None
    cadence_days: int | None
    cadence_from_tags: bool  # the cadence is a tag default, not the contact's own
    next_due: date | None


def clean_values(values: dict[str, Any], *, creating: bool = True) -> dict[str, Any]:
    """Validates contact fields without writing (importers check every record first)."""
    cleaned = clean(values, SCHEMA, required=["display_name"] if creating else [])
    if "display_name" in cleaned and not cleaned["display_name"]:
        raise ValidationError("display_name", "must not be empty")
    if cleaned.get("photo") and not cleaned.get("photo_mime") and creating:
        raise ValidationError("photo_mime", "is required with a photo")
    return cleaned


def clean_leniently(values: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """As ``clean_values`` for a new contact, but an optional field that does not validate (a
    birthday in an unknown shape, a tag too long) is left out instead of refusing the contact;
    returns the cleaned values and the (field, reason) pairs left out."""
    values = dict(values)
    if values.get("photo") and not values.get("photo_mime"):
        values.pop("photo")
    cleaned, left_out = fields.clean_leniently(values, SCHEMA, required=["display_name"])
    if not cleaned.get("display_name"):
        raise ValidationError("display_name", "must not be empty")
    return cleaned, left_out


def new_contact(session: Session, cleaned: dict[str, Any]) -> Contact:
    """Adds a contact from cleaned values inside the caller's transaction."""
    cleaned = dict(cleaned)
    cleaned["organization_id"] = organizations.id_for(session, cleaned.pop("organization", None))
    contact = Contact(**{k: v for k, v in cleaned.items() if v is not None})
    session.add(contact)
    return contact


def create(store: Store, *, display_name: str, given_name: str | None = None,
           family_name: str | None = None, middle_name: str | None = None,
           prefix: str | None = None, suffix: str | None = None, nickname: str | None = None,
           emails: Sequence[str] | None = None, phones: Sequence[str] | None = None,
           organization: str | None = None, title: str | None = None,
           linkedin_url: str | None = None, how_met: str | None = None,
           tags: Sequence[str] | None = None, notes: str | None = None,
           keep_in_touch_days: int | str | None = None, birthday: date | str | None = None,
           connected_on: date | str | None = None, photo: bytes | None = None,
           photo_mime: str | None = None, external_uid: str | None = None) -> Contact:
    values = supplied(display_name=display_name, given_name=given_name, family_name=family_name,
                   middle_name=middle_name, prefix=prefix, suffix=suffix, nickname=nickname,
                   emails=emails, phones=phones, organization=organization, title=title,
                   linkedin_url=linkedin_url, how_met=how_met, tags=tags, notes=notes,
                   keep_in_touch_days=keep_in_touch_days, birthday=birthday,
                   connected_on=connected_on, photo=photo, photo_mime=photo_mime,
                   external_uid=external_uid)
    cleaned = clean_values(values)
    with store.write([Kind.CONTACTS, Kind.ORGANIZATIONS]) as session:
        contact = new_contact(session, cleaned)
    return contact


def update(store: Store, contact_id: uuid.UUID, *, display_name: str | Unset = UNSET,
           given_name: str | Unset | None = UNSET, family_name: str | Unset | None = UNSET,
           middle_name: str | Unset | None = UNSET, prefix: str | Unset | None = UNSET,
           suffix: str | Unset | None = UNSET, nickname: str | Unset | None = UNSET,
           emails: Sequence[str] | Unset | None = UNSET,
           phones: Sequence[str] | Unset | None = UNSET, organization: str | Unset | None = UNSET,
           title: str | Unset | None = UNSET, linkedin_url: str | Unset | None = UNSET,
           how_met: str | Unset | None = UNSET, tags: Sequence[str] | Unset | None = UNSET,
           notes: str | Unset | None = UNSET, keep_in_touch_days: int | str | Unset | None = UNSET,
           birthday: date | str | Unset | None = UNSET,
           connected_on: date | str | Unset | None = UNSET, photo: bytes | Unset | None = UNSET,
           photo_mime: str | Unset | None = UNSET, external_uid: str | Unset | None = UNSET) -> Contact:
    """Changes the fields given."""
    values = given(display_name=display_name, given_name=given_name, family_name=family_name,
                   middle_name=middle_name, prefix=prefix, suffix=suffix, nickname=nickname,
                   emails=emails, phones=phones, organization=organization, title=title,
                   linkedin_url=linkedin_url, how_met=how_met, tags=tags, notes=notes,
                   keep_in_touch_days=keep_in_touch_days, birthday=birthday,
                   connected_on=connected_on, photo=photo, photo_mime=photo_mime,
                   external_uid=external_uid)
    cleaned = clean_values(values, creating=False)
    with store.write([Kind.CONTACTS, Kind.ORGANIZATIONS]) as session:
        contact = _get(session, contact_id)
        if "organization" in cleaned:
            contact.organization_id = organizations.id_for(session, cleaned.pop("organization"))
        for name, value in cleaned.items():
            setattr(contact, name, value)
        if contact.photo and not contact.photo_mime:
            raise ValidationError("photo_mime", "is required with a photo")
        if not contact.photo:
            contact.photo_mime = None
        session.add(contact)
    return contact


def get(store: Store, contact_id: uuid.UUID) -> Contact:
    with store.read() as session:
        return _get(session, contact_id)


def detail(store: Store, contact_id: uuid.UUID, today: date | None = None) -> ContactDetail:
    last = keep_in_touch.last_contacted_subquery()
    with store.read() as session:
        contact = _get(session, contact_id)
        found = (session.get(Organization, contact.organization_id)
                 if contact.organization_id else None)
        organization = found.name if found else None
        last_at = session.exec(select(last.c.last_at).where(last.c.contact_id == contact_id)).first()
        defaults = keep_in_touch.tag_defaults(session)
    days = keep_in_touch.cadence_days(contact, defaults)
    due = keep_in_touch.due_date(days, last_at, contact.created_at, local_zone()) if days else None
    return ContactDetail(contact, organization, last_at, days,
                         bool(days) and not contact.keep_in_touch_days, due)


log_interaction = interactions.add  # an interaction with the contact: the same fields


# One JSON document for the whole list, built by SQLite: decoding it is one C call, where decoding
# three JSON columns per row through the ORM cost most of the list's opening time at 5,000 rows.
LIST_ROWS_SQL = sql_text("""
    SELECT json_group_array(json_array(
        c.id, c.display_name, o.name, c.title, json(c.emails), json(c.tags),
        (SELECT max(i.at) FROM interaction AS i WHERE i.contact_id = c.id),
        json(c.phones), c.linkedin_url, c.how_met, c.notes, c.keep_in_touch_days, c.created_at))
    FROM contact AS c
    LEFT JOIN organization AS o ON o.id = c.organization_id
""")  # the latest interaction: one seek per contact in ix_interaction_contact_at (contact_id, at)


def _utc(text_value: str | None) -> datetime | None:
    return decode(text_value) if text_value else None


def list_rows(store: Store, today: date | None = None) -> list[ContactRow]:
    """Every contact as the list shows it, with when it was last contacted and is next due,
    sorted by name. Aggregates in SQL and never loads photos."""
    today = today or today_local()
    zone = local_zone()
    with store.read() as session:
        defaults = keep_in_touch.tag_defaults(session)
        document = session.connection().execute(LIST_ROWS_SQL).scalar_one()
    result = []
    for (hex_id, name, org, title, emails, tags, last_text, phones, linkedin, how_met, notes,
         own_days, created_text) in json.loads(document or "[]"):
        last_at = _utc(last_text)
        days = keep_in_touch.effective_days(own_days, tags, defaults)
        due = keep_in_touch.due_date(days, last_at, decode(created_text), zone) if days else None
        result.append(ContactRow(
            id=uuid.UUID(hex=hex_id), display_name=name, organization=org, title=title,
            emails=emails, tags=tags, last_contacted=last_at, phones=phones,
            linkedin_url=linkedin, how_met=how_met, notes=notes or "", cadence_days=days,
            next_due=due, overdue_days=(today - due).days if due else None))
    result.sort(key=lambda row: (row.display_name.casefold(), row.display_name))
    return result


def resolve(store: Store, reference: str) -> Contact:
    """A contact by id, or by a name that matches exactly one contact (case and spacing ignored;
    failing an exact match, a unique partial match). An ambiguous name lists the matches."""
    reference = (reference or "").strip()
    if not reference:
        raise ValidationError("contact", "give a contact's id or name")
    with store.read() as session:
        try:
            found = session.get(Contact, uuid.UUID(reference))
        except ValueError:
            found = None
        if found:
            return found
        key = name_key(reference)
        rows = session.exec(select(Contact.id, Contact.display_name, Organization.name)
                            .outerjoin(Organization, col(Organization.id) == col(Contact.organization_id))
                            .order_by(Contact.display_name)).all()
        matches = [r for r in rows if name_key(r[1]) == key] or [
            r for r in rows if key in name_key(r[1])]
        if not matches:
            raise NotFoundError("contact", reference)
        if len(matches) > 1:
            listed = "; ".join(f"{name}{f' ({org})' if org else ''} id {cid}"
                               for cid, name, org in matches[:10])
            more = f" and {len(matches) - 10} more" if len(matches) > 10 else ""
            raise ValidationError("contact", f"{reference!r} matches {len(matches)} contacts: "
                                             f"{listed}{more}; give the id")
        return _get(session, matches[0][0])


def delete(store: Store, contact_id: uuid.UUID) -> None:
    """Deletes the contact with its interactions and links (the schema cascades them).

    SQLite's secure_delete overwrites the freed pages with zeros, so nothing of the contact stays
    readable in the file once the write-ahead log is checkpointed."""
    with store.write([Kind.CONTACTS, Kind.APPLICATIONS, Kind.ENGAGEMENTS]) as session:
        contact = _get(session, contact_id)
        connection = session.connection()
        connection.exec_driver_sql("PRAGMA secure_delete = ON")
        try:
            session.delete(contact)
            session.flush()
        finally:
            connection.exec_driver_sql("PRAGMA secure_delete = OFF")
    with store.read() as session:  # move the zeroed pages into the file, and empty the log
        session.connection().execute(sql_text("PRAGMA wal_checkpoint(TRUNCATE)"))


def _get(session: Session, contact_id: uuid.UUID) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFoundError("contact", contact_id)
    return contact
