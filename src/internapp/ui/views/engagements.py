"""Engagements: the micro-internships in progress and delivered."""

from internapp.context import AppContext
from internapp.core.changes import Kind
from internapp.core.services import engagements
from internapp.ui.models.rows_table_model import Column
from internapp.ui.views.shell import Shell
from internapp.ui.views.table_screen import TableScreen
from internapp.ui.widgets.empty_state import EmptyState


def _hours(row) -> str:
    logged = row.logged_seconds / 3600
    if row.hours_estimate:
        return f"{logged:.1f} of {row.hours_estimate:g} h ({logged / row.hours_estimate:.0%})"
    return f"{logged:.1f} h"


def _fee(row) -> str:
    return f"{row.fee_cents / 100:,.2f} {row.currency}" if row.fee_cents is not None else ""


COLUMNS = [
    Column("Engagement", lambda r: r.title),
    Column("Organization", lambda r: r.organization),
    Column("Status", lambda r: r.status, text=lambda r: r.status.capitalize()),
    Column("Start", lambda r: r.start_on),
    Column("Due", lambda r: r.due_on),
    Column("Hours", lambda r: r.logged_seconds, text=_hours, align_right=True),
    Column("Fee", lambda r: r.fee_cents, text=_fee, align_right=True),
]


class EngagementsView(TableScreen):
    watches = frozenset({Kind.ENGAGEMENTS, Kind.TIME, Kind.ORGANIZATIONS})


def create_screen(context: AppContext, shell: Shell) -> EngagementsView:
    store = context.store
    empty = EmptyState(
        "engagements", "No engagements yet",
        "When an application is accepted it becomes an engagement: its hours budget and weekly "
        "cap, fee, milestones, supervisor and feedback live here.",
        hint="Accept an offer on the Applications screen, or add an engagement directly.",
    )
    return EngagementsView("Engagements", "Your micro-internships, from planned to paid", COLUMNS,
                           lambda: engagements.list_rows(store), empty,
                           filter_placeholder="Filter by engagement, organization or status…")
