"""Finding an engagement by its title, on the plain path (``internapp log add ENGAGEMENT`` and
``timer start ENGAGEMENT`` name it), shared with the ORM service ``engagements.find_by_title``."""

import sqlite3
import uuid

from internapp.core.services import time_fields
from internapp.core.services.fields import name_key
from internapp.core.store import Store


def find(conn: sqlite3.Connection, title: str) -> tuple[uuid.UUID, str] | None:
    """(id, title) of the engagement with this title (case and spacing ignored); the newest if
    several share it."""
    key = name_key(title)
    for engagement_id, found in conn.execute(
            "SELECT id, title FROM engagement ORDER BY created_at DESC"):
        if name_key(found) == key:
            return uuid.UUID(hex=engagement_id), found
    return None


def find_by_title(store: Store, title: str) -> tuple[uuid.UUID, str] | None:
    with store.reading() as conn:
        return find(conn, title)


def title_of(store: Store, engagement_id: uuid.UUID) -> str:
    with store.reading() as conn:
        return time_fields.engagement_title(conn, engagement_id)
