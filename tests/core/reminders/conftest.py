from zoneinfo import ZoneInfo

import pytest

from internapp.core.reminders import due
from internapp.core.reminders.connection import open_read_only
from internapp.core.reminders.model import ReminderSettings

NY = ZoneInfo("America/New_York")


@pytest.fixture
def collect(store):
    """collect(now, settings=None, kind=None, idle=None) -> the reminders computed at ``now``
    (New York time) from the test's store."""

    def run(now, settings=None, kind=None, idle=None):
        conn = open_read_only(store.path)
        try:
            found = due.collect(conn, now, NY, settings or ReminderSettings(), idle_seconds=idle)
        finally:
            conn.close()
        return [r for r in found if kind is None or r.kind == kind]

    return run
