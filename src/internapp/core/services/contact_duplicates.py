"""Duplicate contacts: the same normalised email, the same LinkedIn profile, or the same name at the
same organization. Merging keeps every interaction and link, fills the kept contact's empty fields
and unions emails, phones and tags. Importers use the same keys to recognise known people.
"""

import json
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from urllib.parse import unquote

from sqlalchemy import text
from sqlalchemy import update as sql_update
from sqlmodel import Session, col, func, select

from internapp.core.changes import Kind
from internapp.core.models import (
    Contact,
    ContactLink,
    Interaction,
    InterviewContact,
    Organization,
    Setting,
)
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import name_key
from internapp.core.store import Store

DISMISSED_KEY = "contacts.not_duplicates"
# Filled from the other contact when the kept one has nothing there.
FILLED_FIELDS = ("given_name", "family_name", "middle_name", "prefix", "suffix", "nickname",
                 "organization_id", "title", "linkedin_url", "how_met", "keep_in_touch_days",
                 "birthday", "connected_on", "external_uid")


def normalise_email(value: str) -> str:
    return value.strip().casefold()


ADDRESS = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*://)?(?:[^/@?#]*@)?([^/:?#]*)(?::\d*)?([^?#]*)",
                     re.IGNORECASE)


def normalise_linkedin(value: str | None) -> str | None:
    """A LinkedIn profile address reduced to ``linkedin.com/in/slug``: scheme, www (or a country
    subdomain), case, query, fragment and trailing slashes do not matter."""
    if not value or not value.strip():
        return None
    match = ADDRESS.match(value)
    if match is None:
        return None
    host, path = match.groups()
    host = host.casefold()
    if host == "linkedin.com" or host.endswith(".linkedin.com"):
        host = "linkedin.com"
    if "%" in path:
        path = unquote(path)
    path = re.sub(r"/+", "/", path).rstrip("/").casefold()
    return f"{host}{path}" if path else host


@dataclass(frozen=True)
class ContactSummary:
    id: uuid.UUID
    name: str
    organization: str | None
    title: str | None
    emails: list[str]
    linkedin_url: str | None
    interactions: int


@dataclass(frozen=True)
class DuplicatePair:
    first: ContactSummary
    second: ContactSummary
    reasons: list[str]  # "same email ana@example.org", "same LinkedIn profile", ...


class ContactIndex:
    """Known contacts by UID, normalised email and LinkedIn profile: what importers match on."""

    def __init__(self) -> None:
        self.by_uid: dict[str, object] = {}
        self.by_email: dict[str, object] = {}
        self.by_linkedin: dict[str, object] = {}

    @classmethod
    def of_store(cls, session: Session) -> "ContactIndex":
        index = cls()
        for cid, name, uid, emails, linkedin in session.exec(
                select(col(Contact.id), col(Contact.display_name), col(Contact.external_uid),  # type: ignore[call-overload]  # select() is typed for four columns at most
                       col(Contact.emails), col(Contact.linkedin_url))):
            index.add(name, uid=uid, emails=emails or [], linkedin_url=linkedin,
                      contact_id=cid)
        return index

    def add(self, name: str, *, uid: str | None, emails: Iterable[str],
            linkedin_url: str | None, contact_id: uuid.UUID | None = None) -> None:
        if contact_id is not None:
            self.by_uid.setdefault(f"urn:uuid:{contact_id}", name)  # our own exports' UIDs
        if uid:
            self.by_uid.setdefault(uid.strip(), name)
        for address in emails:
            self.by_email.setdefault(normalise_email(address), name)
        profile = normalise_linkedin(linkedin_url)
        if profile:
            self.by_linkedin.setdefault(profile, name)

    def match(self, *, uid: str | None, emails: Iterable[str],
              linkedin_url: str | None) -> tuple[str, object] | None:
        """(why, the known contact's name) when this person is already known."""
        if uid and uid.strip() in self.by_uid:
            return "same UID", self.by_uid[uid.strip()]
        for address in emails:
            if normalise_email(address) in self.by_email:
                return f"same email {address}", self.by_email[normalise_email(address)]
        profile = normalise_linkedin(linkedin_url)
        if profile and profile in self.by_linkedin:
            return "same LinkedIn profile", self.by_linkedin[profile]
        return None


FIND_SQL = text("""
    SELECT json_group_array(json_array(c.id, c.display_name, json(c.emails), c.linkedin_url,
                                       c.organization_id, o.name))
    FROM contact AS c LEFT JOIN organization AS o ON o.id = c.organization_id
""")


def find(store: Store) -> list[DuplicatePair]:
    """Every pair of contacts that look like the same person (pairs marked as different are left
    out), most reasons first. Reads plain rows as one JSON document; details only for pairs."""
    with store.read() as session:
        document = session.connection().execute(FIND_SQL).scalar_one()
        dismissed = _dismissed(session)
        buckets: dict[tuple[str, str], list[str]] = {}
        for hex_id, name, emails, linkedin, org_id, org in json.loads(document or "[]"):
            for address in emails:
                buckets.setdefault(("same email " + normalise_email(address), ""), []).append(hex_id)
            profile = normalise_linkedin(linkedin)
            if profile:
                buckets.setdefault(("same LinkedIn profile", profile), []).append(hex_id)
            if org_id and name.strip():
                buckets.setdefault((f"same name at {org}", f"{name_key(name)}@{org_id}"),
                                   []).append(hex_id)
        reasons: dict[tuple[str, str], list[str]] = {}
        for (reason, _), ids in buckets.items():
            if len(ids) < 2:
                continue
            for a, b in combinations(sorted(set(ids)), 2):
                if _pair_key(uuid.UUID(hex=a), uuid.UUID(hex=b)) not in dismissed:
                    reasons.setdefault((a, b), []).append(reason)
        summaries = _summaries(session, {i for pair in reasons for i in pair})
    pairs = [DuplicatePair(summaries[a], summaries[b], sorted(why))
             for (a, b), why in reasons.items()]
    pairs.sort(key=lambda p: (-len(p.reasons), name_key(p.first.name), name_key(p.second.name)))
    return pairs


def _summaries(session: Session, hex_ids: set[str]) -> dict[str, ContactSummary]:
    ids = [uuid.UUID(hex=h) for h in hex_ids]
    if not ids:
        return {}
    counts = dict(session.exec(select(Interaction.contact_id, func.count())
                               .where(col(Interaction.contact_id).in_(ids))
                               .group_by(col(Interaction.contact_id))).all())
    rows = session.exec(
        select(col(Contact.id), col(Contact.display_name), col(Organization.name),  # type: ignore[call-overload]  # select() is typed for four columns at most
               col(Contact.title),
               Contact.emails, Contact.linkedin_url)
        .outerjoin(Organization, Organization.id == Contact.organization_id)
        .where(col(Contact.id).in_(ids))).all()
    return {cid.hex: ContactSummary(cid, name, org, title, list(emails or []), linkedin,
                                    counts.get(cid, 0))
            for cid, name, org, title, emails, linkedin in rows}


def dismiss(store: Store, first_id: uuid.UUID, second_id: uuid.UUID) -> None:
    """Remembers that two contacts are different people, so they are not offered again."""
    with store.write([Kind.CONTACTS]) as session:
        setting = session.exec(select(Setting).where(Setting.key == DISMISSED_KEY)).first()
        if setting is None:
            setting = Setting(key=DISMISSED_KEY, value=[])
        setting.value = sorted(set(setting.value or []) | {_pair_key(first_id, second_id)})
        session.add(setting)


def merge(store: Store, keep_id: uuid.UUID, other_id: uuid.UUID) -> Contact:
    """Merges ``other`` into ``keep``: every interaction, link and interview moves over, empty
    fields are filled, emails/phones/tags are unioned, notes are kept from both; ``other`` goes."""
    if keep_id == other_id:
        raise ValidationError("contact", "cannot merge a contact with itself")
    with store.write([Kind.CONTACTS, Kind.APPLICATIONS, Kind.ENGAGEMENTS]) as session:
        keep, other = session.get(Contact, keep_id), session.get(Contact, other_id)
        if keep is None:
            raise NotFoundError("contact", keep_id)
        if other is None:
            raise NotFoundError("contact", other_id)
        for name in FILLED_FIELDS:
            if getattr(keep, name) in (None, "") and getattr(other, name) not in (None, ""):
                setattr(keep, name, getattr(other, name))
        if not keep.photo and other.photo:
            keep.photo, keep.photo_mime = other.photo, other.photo_mime
        if other.notes.strip() and other.notes.strip() not in keep.notes:
            keep.notes = f"{keep.notes.rstrip()}\n\n{other.notes.strip()}".strip()
        keep.emails = _union(keep.emails, other.emails, normalise_email)
        keep.phones = _union(keep.phones, other.phones, lambda p: re.sub(r"[^\d+]", "", p))
        keep.tags = _union(keep.tags, other.tags, name_key)
        session.exec(sql_update(Interaction).where(col(Interaction.contact_id) == other_id)
                     .values(contact_id=keep_id))
        kept_interviews = set(session.exec(select(InterviewContact.interview_id).where(
            col(InterviewContact.contact_id) == keep_id)))
        for person in session.exec(select(InterviewContact).where(
                col(InterviewContact.contact_id) == other_id)):
            if person.interview_id in kept_interviews:
                session.delete(person)  # the kept contact is already at this interview
            else:
                person.contact_id = keep_id
                session.add(person)
        kept_links = {(lk.application_id, lk.engagement_id, lk.role) for lk in session.exec(
            select(ContactLink).where(ContactLink.contact_id == keep_id))}
        for lk in session.exec(select(ContactLink).where(ContactLink.contact_id == other_id)):
            if (lk.application_id, lk.engagement_id, lk.role) in kept_links:
                session.delete(lk)  # the kept contact already has this very link
            else:
                lk.contact_id = keep_id
                session.add(lk)
        session.add(keep)
        session.flush()
        session.delete(other)
    return keep


def _union(first: list[str], second: list[str], key) -> list[str]:
    result, seen = [], set()
    for value in [*(first or []), *(second or [])]:
        if key(value) not in seen:
            seen.add(key(value))
            result.append(value)
    return result


def _pair_key(a: uuid.UUID, b: uuid.UUID) -> str:
    return ":".join(sorted((str(a), str(b))))


def _dismissed(session: Session) -> set[str]:
    setting = session.exec(select(Setting).where(Setting.key == DISMISSED_KEY)).first()
    return set(setting.value or []) if setting else set()
