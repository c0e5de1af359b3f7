"""The subscribable calendar file: internapp's dates as ``internapp.ics`` in a chosen folder (a
folder a calendar app subscribes to, or one a sync service carries), kept current by the window
after every change and by ``internapp calendar publish``. Written to a temporary name and
renamed, and only when its content changed (so a syncing folder does not churn)."""

import os
import tempfile
from pathlib import Path

from internapp.core.calendar.settings import CalendarSettings
from internapp.core.interchange.ics import calendar_events, to_ical


def render(store) -> bytes:
    """The feed's bytes, stamped with the newest change so equal data gives equal bytes."""
    from datetime import UTC, datetime

    events = calendar_events(store)
    stamp = max((e.updated_at for e in events), default=datetime(2020, 1, 1, tzinfo=UTC))
    return to_ical(events, stamp=stamp.astimezone(UTC))


def write(store, settings: CalendarSettings) -> Path | None:
    """Writes the feed when a folder is chosen; returns its path (None: no folder)."""
    path = settings.feed_path
    if path is None:
        return None
    if not path.parent.is_dir():
        raise FileNotFoundError(f"the calendar folder {path.parent} does not exist any more")
    data = render(store)
    if path.is_file() and path.read_bytes() == data:
        return path
    descriptor, temporary = tempfile.mkstemp(prefix=".internapp-", suffix=".ics",
                                             dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
