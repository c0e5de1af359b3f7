"""Finding an engagement by its title on the plain path (``internapp log add ENGAGEMENT`` and
``timer start ENGAGEMENT`` name it), shared with the ORM services (``engagements.find_by_title``
and ``engagements.find_or_create``): one rule for "the engagement called this", whichever path
asks.

``find_or_create`` runs inside the caller's write transaction (``BEGIN IMMEDIATE``), so that a new
engagement and what is logged on it commit together or not at all, and two programs naming the
same new engagement at once create it once.
"""

import sqlite3
import uuid

from internapp.core.clock import utcnow
from internapp.core.enums import EngagementStatus
from internapp.core.services import time_fields
from internapp.core.services.fields import name_key, text
from internapp.core.store import Store
from internapp.core.store.codec import encode

TITLE = text(required=True)  # an engagement's title (engagements.SCHEMA uses it too)


def find(conn: sqlite3.Connection, title: str) -> tuple[uuid.UUID, str] | None:
    """(id, title) of the engagement with this title (case and spacing ignored); the newest if
    several share it."""
    key = name_key(title)
    for engagement_id, found in conn.execute(
            "SELECT id, title FROM engagement ORDER BY created_at DESC"):
        if name_key(found) == key:
            return uuid.UUID(hex=engagement_id), found
    return None


def find_or_create(conn: sqlite3.Connection, title: object,
                   field: str = "engagement") -> tuple[uuid.UUID, str, bool]:
    """(id, title, created): the engagement called ``title``, else a new active one with that
    title, inserted in the caller's transaction. A title that is not valid is a ValidationError
    on ``field``."""
    cleaned = TITLE(field, title)
    assert cleaned is not None  # required
    found = find(conn, cleaned)
    if found is not None:
        return found[0], found[1], False
    engagement_id, stamp = uuid.uuid4(), encode(utcnow())
    # the columns a new models.Engagement fills by default (a test compares the two)
    conn.execute(
        "INSERT INTO engagement (id, created_at, updated_at, title, currency, status, "
        "feedback, notes) VALUES (?, ?, ?, ?, 'USD', ?, '', '')",
        (engagement_id.hex, stamp, stamp, cleaned, EngagementStatus.ACTIVE.value))
    return engagement_id, cleaned, True


def title_of(store: Store, engagement_id: uuid.UUID) -> str:
    with store.reading() as conn:
        return time_fields.engagement_title(conn, engagement_id)
