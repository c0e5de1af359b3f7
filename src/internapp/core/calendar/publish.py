"""Publishing internapp's dates to the user's CalDAV calendar.

Each event has a stable UID (core/interchange/ics.py); what was published is remembered in the
``published_event`` table (href, a digest of the content, the ETag). A publish sends only what
changed: new records are created, changed ones replaced, events whose record went away deleted —
and nothing else in that calendar is ever touched (only hrefs listed there are written or
deleted). With nothing changed it sends no event at all.

Faults: the collection is checked first (a calendar; the user and password accepted), so a
wrong URL or password sends nothing. Each event is published whole or not at all; what succeeded
is recorded even when a later request fails, so the next publish finishes the job. An event the
server refuses is reported by name and the others go on. The user's records are never changed.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

from internapp.core.calendar.caldav_client import CalDavCollection, CalDavError, Refused, Unreachable
from internapp.core.calendar.settings import CalendarSettings, password_for
from internapp.core.interchange.ics import CalendarEvent, calendar_events, to_ical
from internapp.core.services.errors import ValidationError


class PublishError(CalDavError):
    """Publishing stopped part-way (the network went down); ``result`` says what was done."""

    def __init__(self, message: str, result: "PublishResult") -> None:
        super().__init__(message)
        self.result = result


@dataclass
class PublishResult:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    refused: list[str] = field(default_factory=list)  # "summary: reason", one per event

    def to_dict(self) -> dict:
        return {"created": self.created, "updated": self.updated, "deleted": self.deleted,
                "unchanged": self.unchanged, "refused": self.refused}

    @property
    def sent(self) -> int:
        return self.created + self.updated + self.deleted


def event_data(event: CalendarEvent) -> bytes:
    """The event as published: its own VCALENDAR, stamped with the record's last change so the
    bytes (and their digest) change only when the record does."""
    return to_ical([event], stamp=event.updated_at.astimezone(UTC))


FORMAT = "1"  # raise when event_data changes shape: every event is then sent again


def digest(event: CalendarEvent) -> str:
    """What the published event says, in short: its fields (not its serialized bytes, so an
    unchanged calendar is checked without building 500 iCalendar texts)."""
    parts = (FORMAT, event.uid, event.kind, event.summary, event.description,
             event.start.isoformat(), event.end.isoformat(), event.location or "",
             event.updated_at.astimezone(UTC).isoformat())
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def publish(store, settings: CalendarSettings, password: str | None = None, *,
            collection: CalDavCollection | None = None) -> PublishResult:
    """Brings the collection in line with the records; see the module's description."""
    if not settings.caldav_configured:
        raise ValidationError("calendar", "no CalDAV calendar is set up "
                                          "(internapp calendar setup URL --user USER)")
    password = password or password_for(settings)
    if not password and collection is None:
        raise ValidationError("password", f"no password is kept for {settings.caldav_user!r} "
                                          "at this calendar; give it (--password-stdin) or set "
                                          "the calendar up again")
    client = collection or CalDavCollection(settings.caldav_url, settings.caldav_user, password)
    try:
        client.check()
        return _publish(store, settings.caldav_url, client)
    finally:
        client.close()


def _publish(store, url: str, client: CalDavCollection) -> PublishResult:
    events = {e.uid: e for e in calendar_events(store)}
    published = _published(store, url)
    result = PublishResult()
    done: dict[str, tuple[str, str, str | None] | None] = {}  # uid -> (href, digest, etag) or gone
    try:
        for uid, event in events.items():
            fingerprint = digest(event)
            before = published.get(uid)
            if before is not None and before[1] == fingerprint:
                result.unchanged += 1
                continue
            href = before[0] if before else client.href_for(uid)
            try:
                etag = _put(client, href, event_data(event), before)
            except Refused as error:
                result.refused.append(f"{event.summary}: {error}")
                continue
            done[uid] = (href, fingerprint, etag)
            if before is None:
                result.created += 1
            else:
                result.updated += 1
        for uid in set(published) - set(events):
            try:
                client.delete(published[uid][0])
            except Refused as error:
                result.refused.append(f"{uid}: {error}")
                continue
            done[uid] = None
            result.deleted += 1
    except Unreachable as error:
        _record(store, url, done)
        raise PublishError(
            f"{error}. Published {result.created + result.updated} and deleted "
            f"{result.deleted} events before that; run publish again to finish.", result) \
            from None
    _record(store, url, done)
    return result


def _put(client: CalDavCollection, href: str, data: bytes,
         before: tuple[str, str, str | None] | None) -> str | None:
    if before is None:
        try:
            return client.put(href, data, create=True)
        except Refused as error:
            if error.status != 412:
                raise
            # already there under our UID's own name (a publish whose record was lost): ours
            return client.put(href, data)
    try:
        return client.put(href, data, etag=before[2])
    except Refused as error:
        if error.status != 412:
            raise
        return client.put(href, data)  # edited on the server: the record is the reference


def _published(store, url: str) -> dict[str, tuple[str, str, str | None]]:
    from sqlmodel import select

    from internapp.core.models import PublishedEvent

    with store.read() as session:
        return {p.uid: (p.href, p.digest, p.etag) for p in session.exec(
            select(PublishedEvent).where(PublishedEvent.collection == url))}


def _record(store, url: str, done: dict[str, tuple[str, str, str | None] | None]) -> None:
    """What reached the server, in one transaction (the user's records are not touched)."""
    if not done:
        return
    from sqlmodel import select

    from internapp.core.models import PublishedEvent

    now = datetime.now(UTC)
    with store.write([]) as session:
        rows = {p.uid: p for p in session.exec(select(PublishedEvent).where(
            PublishedEvent.collection == url, PublishedEvent.uid.in_(list(done))))}
        for uid, state in done.items():
            row = rows.get(uid)
            if state is None:
                if row is not None:
                    session.delete(row)
                continue
            href, fingerprint, etag = state
            if row is None:
                row = PublishedEvent(collection=url, uid=uid, href=href, digest=fingerprint,
                                     etag=etag)
            else:
                row.href, row.digest, row.etag, row.updated_at = href, fingerprint, etag, now
            session.add(row)
