"""Timeline: engagements laid out over the weeks, so overlaps and deadlines show."""

from internapp.context import AppContext
from internapp.core.changes import Kind
from internapp.core.services import engagements
from internapp.ui.models.rows_table_model import Column
from internapp.ui.views.shell import Shell
from internapp.ui.views.table_screen import TableScreen
from internapp.ui.widgets.empty_state import EmptyState

COLUMNS = [
    Column("Engagement", lambda r: r.title),
    Column("Status", lambda r: r.status, text=lambda r: r.status.capitalize()),
    Column("Start", lambda r: r.start_on),
    Column("Due", lambda r: r.due_on),
    Column("Weeks", lambda r: ((r.due_on - r.start_on).days / 7) if r.start_on and r.due_on else None,
           text=lambda r: f"{(r.due_on - r.start_on).days / 7:.1f}" if r.start_on and r.due_on else "",
           align_right=True),
    Column("Weekly cap", lambda r: r.weekly_cap_hours,
           text=lambda r: f"{r.weekly_cap_hours:g} h" if r.weekly_cap_hours else "", align_right=True),
]


class TimelineView(TableScreen):
    watches = frozenset({Kind.ENGAGEMENTS, Kind.APPLICATIONS, Kind.TIME})


def create_screen(context: AppContext, shell: Shell) -> TimelineView:
    store = context.store
    empty = EmptyState(
        "timeline", "Nothing on the timeline yet",
        "Engagements appear as bars across the weeks, with deadlines, interviews and milestones "
        "marked, and the hours each week asks of you underneath.",
        hint="Add an engagement with a start and a due date to see it here.",
    )
    return TimelineView("Timeline", "Overlapping engagements and deadlines", COLUMNS,
                        lambda: [r for r in engagements.list_rows(store) if r.start_on], empty,
                        filter_placeholder="Filter engagements…")
