"""Skills: what the engagements practised, by weighted hours."""

from internapp.context import AppContext
from internapp.core.changes import Kind
from internapp.core.services import skills
from internapp.ui.models.rows_table_model import Column
from internapp.ui.views.shell import Shell
from internapp.ui.views.table_screen import TableScreen
from internapp.ui.widgets.empty_state import EmptyState

COLUMNS = [
    Column("Skill", lambda r: r.name),
    Column("Category", lambda r: r.category),
    Column("Hours practised", lambda r: r.hours, text=lambda r: f"{r.hours:.1f} h", align_right=True),
    Column("Engagements", lambda r: r.engagements, align_right=True),
]


class SkillsView(TableScreen):
    watches = frozenset({Kind.SKILLS, Kind.TIME, Kind.ENGAGEMENTS})


def create_screen(context: AppContext, shell: Shell) -> SkillsView:
    store = context.store
    empty = EmptyState(
        "skills", "Skills grow with every engagement",
        "List the skills each engagement practised; the hours you log add up into a level per "
        "skill, shown on a radar against the role you want next.",
        hint="Open an engagement and add the skills it used.",
    )
    return SkillsView("Skills", "What your engagements practised", COLUMNS,
                      lambda: [r for r in skills.hours_by_skill(store) if r.engagements], empty,
                      filter_placeholder="Filter skills…")
