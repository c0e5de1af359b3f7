"""Publishing internapp's dates to the user's CalDAV calendar.

Each event has a stable UID (core/interchange/ics.py); what was published is remembered in the
``published_event`` table (href, a digest of the content, the ETag). A publish sends only what
changed: new records are created, changed ones replaced, events whose record went away deleted —
and nothing else in that calendar is ever touched (only hrefs listed there are written or
deleted). With nothing changed it sends no event at all.

Requests go over a few kept-alive connections at once (WORKERS): a create carries
``If-None-Match: *`` and a replacement ``If-Match`` with the ETag last seen, so nothing else is
overwritten by mistake.

Faults: the collection is checked first (a calendar; the user and password accepted), so a
wrong URL or password sends nothing. Each event is published whole or not at all; what succeeded
is recorded even when a later request fails, so the next publish finishes the job. An event the
server refuses is reported by name and the others go on. The user's records are never changed.
"""

import hashlib
import threading
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
    """The event as published: its own VCALENDAR (a calendar object resource: no METHOD),
    stamped with the record's last change so the bytes change only when the record does."""
    return to_ical([event], stamp=event.updated_at.astimezone(UTC), feed=False)


FORMAT = "2"  # raise when event_data changes shape: every event is then sent again
WORKERS = 4  # requests in flight at once, each on its own kept-alive connection


def digest(event: CalendarEvent) -> str:
    """What the published event says, in short: its fields (not its serialized bytes, so an
    unchanged calendar is checked without building 500 iCalendar texts)."""
    parts = (FORMAT, event.uid, event.kind, event.summary, event.description,
             event.start.isoformat(), event.end.isoformat(), event.location or "",
             event.updated_at.astimezone(UTC).isoformat())
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def publish(store, settings: CalendarSettings, password: str | None = None, *,
            collection: CalDavCollection | None = None, workers: int = WORKERS) -> PublishResult:
    """Brings the collection in line with the records; see the module's description."""
    if not settings.caldav_configured:
        raise ValidationError("calendar", "no CalDAV calendar is set up "
                                          "(internapp calendar setup URL --user USER)")
    password = password or password_for(settings)
    if not password and collection is None:
        raise ValidationError("password", f"no password is kept for {settings.caldav_user!r} "
                                          "at this calendar; give it (--password-stdin) or set "
                                          "the calendar up again")
    url, user = settings.caldav_url or "", settings.caldav_user or ""
    client = collection or CalDavCollection(url, user, password or "")
    try:
        client.check()
        return _publish(store, url, client, workers)
    finally:
        client.close()


Published = tuple[str, str, str | None]  # href, digest, ETag


@dataclass(frozen=True)
class _Job:
    """One request to make: an event to create or replace, or (``event`` None) one to delete."""

    uid: str
    href: str
    event: CalendarEvent | None
    fingerprint: str | None
    before: Published | None


def _publish(store, url: str, client: CalDavCollection, workers: int = WORKERS) -> PublishResult:
    events = {e.uid: e for e in calendar_events(store)}
    published = _published(store, url)
    result = PublishResult()
    jobs = []
    for uid, event in events.items():
        fingerprint = digest(event)
        before = published.get(uid)
        if before is not None and before[1] == fingerprint:
            result.unchanged += 1
            continue
        jobs.append(_Job(uid, before[0] if before else client.href_for(uid), event, fingerprint,
                         before))
    for uid in sorted(set(published) - set(events)):
        jobs.append(_Job(uid, published[uid][0], None, None, published[uid]))
    done, failure = _send_all(jobs, client, workers, result)
    result.refused.sort()
    _record(store, url, done)
    if isinstance(failure, Unreachable):
        raise PublishError(
            f"{failure}. Published {result.created + result.updated} and deleted "
            f"{result.deleted} events before that; run publish again to finish.", result) \
            from None
    if failure is not None:
        raise failure
    return result


def _send_all(jobs: list[_Job], client: CalDavCollection, workers: int, result: PublishResult
              ) -> tuple[dict[str, Published | None], BaseException | None]:
    """Makes the requests over up to ``workers`` connections at once (each its own kept-alive
    connection; the server works on one request while the next is on its way). Returns what
    reached the server (uid -> what was published, None: deleted) and the failure that stopped
    it, if any: the requests in flight finish, no new one starts."""
    pending = iter(jobs)
    lock = threading.Lock()
    done: dict[str, Published | None] = {}
    failures: list[BaseException] = []

    def work(connection: CalDavCollection) -> None:
        while True:
            with lock:
                job = None if failures else next(pending, None)
            if job is None:
                return
            try:
                state = _send(connection, job)
            except Refused as error:
                name = job.event.summary if job.event is not None else job.uid
                with lock:
                    result.refused.append(f"{name}: {error}")
                continue
            except BaseException as error:  # handed to the caller, after recording what was done
                with lock:
                    failures.append(error)
                return
            with lock:
                done[job.uid] = state
                if job.event is None:
                    result.deleted += 1
                elif job.before is None:
                    result.created += 1
                else:
                    result.updated += 1

    others = [client.clone() for _ in range(min(workers, len(jobs)) - 1)]
    threads = [threading.Thread(target=work, args=(c,), name="internapp-caldav", daemon=True)
               for c in others]
    try:
        for thread in threads:
            thread.start()
        work(client)
    finally:
        for thread in threads:
            thread.join()
        for connection in others:
            connection.close()
    return done, (failures[0] if failures else None)


def _send(client: CalDavCollection, job: _Job) -> Published | None:
    if job.event is None:
        client.delete(job.href)
        return None
    assert job.fingerprint is not None
    return job.href, job.fingerprint, _put(client, job.href, event_data(job.event), job.before)


def _put(client: CalDavCollection, href: str, data: bytes, before: Published | None) -> str | None:
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


def _published(store, url: str) -> dict[str, Published]:
    from sqlmodel import select

    from internapp.core.models import PublishedEvent

    with store.read() as session:
        return {p.uid: (p.href, p.digest, p.etag) for p in session.exec(
            select(PublishedEvent).where(PublishedEvent.collection == url))}


def _record(store, url: str, done: dict[str, Published | None]) -> None:
    """What reached the server, in one transaction (the user's records are not touched)."""
    if not done:
        return
    from sqlmodel import col, select

    from internapp.core.models import PublishedEvent

    now = datetime.now(UTC)
    with store.write([]) as session:
        rows = {p.uid: p for p in session.exec(select(PublishedEvent).where(
            col(PublishedEvent.collection) == url, col(PublishedEvent.uid).in_(list(done))))}
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
