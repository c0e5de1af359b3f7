"""What internapp has published to the user's own CalDAV calendar."""

from sqlalchemy import UniqueConstraint

from internapp.core.models.base import Record


class PublishedEvent(Record, table=True):
    """One event internapp put in a CalDAV collection: where it lives, what it said (a digest of
    the event's content, so an unchanged record sends nothing) and the server's ETag. Only the
    events listed here are ever changed or deleted there; the user's own are never touched."""

    __tablename__ = "published_event"
    __table_args__ = (UniqueConstraint("collection", "uid", name="ux_published_event"),)

    collection: str  # the collection URL, as configured
    uid: str  # the iCalendar UID (stable per record and kind of date)
    href: str  # the resource's path on the server
    digest: str  # sha256 of the event as published, without its time stamp
    etag: str | None = None
