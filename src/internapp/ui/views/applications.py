"""Applications: everything the user applied for, by stage."""

from internapp.context import AppContext
from internapp.core.changes import Kind
from internapp.core.services import applications
from internapp.ui.models.rows_table_model import Column
from internapp.ui.views.shell import Shell
from internapp.ui.views.table_screen import TableScreen
from internapp.ui.widgets.empty_state import EmptyState

COLUMNS = [
    Column("Organization", lambda r: r.organization),
    Column("Role", lambda r: r.role),
    Column("Stage", lambda r: r.stage),
    Column("Source", lambda r: r.source),
    Column("Applied", lambda r: r.applied_on),
    Column("Deadline", lambda r: r.deadline),
    Column("Follow up", lambda r: r.follow_up_on),
    Column("Pay", lambda r: r.pay),
    Column("Tags", lambda r: r.tags),
]


class ApplicationsView(TableScreen):
    watches = frozenset({Kind.APPLICATIONS, Kind.STAGES, Kind.ORGANIZATIONS})


def create_screen(context: AppContext, shell: Shell) -> ApplicationsView:
    store = context.store
    empty = EmptyState(
        "applications", "Track every application",
        "Each opportunity you save or apply for shows up here with its stage — Saved, Applied, "
        "Interviewing, Offer, Accepted — its deadline and when to follow up.",
        hint="Add your first application with “New application”, or try the app with sample "
             "data: internapp demo",
    )
    return ApplicationsView("Applications", "Where each opportunity stands", COLUMNS,
                            lambda: applications.list_rows(store), empty,
                            filter_placeholder="Filter by organization, role, stage, source or tag…")
