"""Contacts: the people met along the way, and when each was last in touch."""

from internapp.context import AppContext
from internapp.core.changes import Kind
from internapp.core.services import contacts
from internapp.ui.models.rows_table_model import Column
from internapp.ui.views.shell import Shell
from internapp.ui.views.table_screen import TableScreen
from internapp.ui.widgets.empty_state import EmptyState


def _last_contacted(row) -> str:
    return row.last_contacted.astimezone().strftime("%d %b %Y") if row.last_contacted else "never"


COLUMNS = [
    Column("Name", lambda r: r.display_name),
    Column("Organization", lambda r: r.organization),
    Column("Title", lambda r: r.title),
    Column("Email", lambda r: r.emails[0] if r.emails else None),
    Column("Tags", lambda r: r.tags),
    Column("Last contacted", lambda r: r.last_contacted, text=_last_contacted),
]


class ContactsView(TableScreen):
    watches = frozenset({Kind.CONTACTS, Kind.ORGANIZATIONS})


def create_screen(context: AppContext, shell: Shell) -> ContactsView:
    store = context.store
    empty = EmptyState(
        "contacts", "Your network starts here",
        "Supervisors, mentors and recruiters from every engagement: each interaction you log, "
        "and a reminder when it is time to get back in touch.",
        hint="Add a contact, or import your phone's contacts (vCard) or LinkedIn's "
             "Connections.csv export.",
    )
    return ContactsView("Contacts", "The people behind each engagement", COLUMNS,
                        lambda: contacts.list_rows(store), empty,
                        filter_placeholder="Search names, organizations, titles, emails, tags…")
