"""Time: the hours logged on each engagement, newest first."""

from internapp.context import AppContext
from internapp.core.changes import Kind
from internapp.core.services import time_entries
from internapp.ui.models.rows_table_model import Column
from internapp.ui.views.shell import Shell
from internapp.ui.views.table_screen import TableScreen
from internapp.ui.widgets.empty_state import EmptyState


def _duration(row) -> str:
    if row.seconds is None:
        return "running"
    hours, rest = divmod(row.seconds, 3600)
    return f"{hours}:{rest // 60:02d}"


COLUMNS = [
    Column("Date", lambda r: r.started_at, text=lambda r: r.started_at.astimezone().strftime("%a %d %b %Y")),
    Column("Engagement", lambda r: r.engagement),
    Column("Start", lambda r: r.started_at, text=lambda r: r.started_at.astimezone().strftime("%H:%M")),
    Column("End", lambda r: r.ended_at,
           text=lambda r: r.ended_at.astimezone().strftime("%H:%M") if r.ended_at else ""),
    Column("Duration", lambda r: r.seconds, text=_duration, align_right=True),
    Column("Note", lambda r: r.note),
    Column("Tags", lambda r: r.tags),
]


class TimeView(TableScreen):
    watches = frozenset({Kind.TIME, Kind.ENGAGEMENTS})


def create_screen(context: AppContext, shell: Shell) -> TimeView:
    store = context.store
    empty = EmptyState(
        "time", "No hours logged yet",
        "Time you track on an engagement — from the timer or typed in afterwards — is listed "
        "here, and adds up against each engagement's hours budget and weekly cap.",
        hint="Start a timer on an engagement, or import your history from Toggl, Clockify, "
             "Watson or Timewarrior.",
    )
    return TimeView("Time", "Where your hours went", COLUMNS,
                    lambda: time_entries.list_recent(store), empty,
                    filter_placeholder="Filter by engagement, note or tag…")
