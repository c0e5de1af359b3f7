"""time search: a full-text index over each time entry's note and tags and its engagement's title,
so that the Time table's text filter reads the matching entries instead of every entry.

``time_entry_search`` is an FTS5 table with external content: the view ``time_entry_text`` (one
row per entry: its rowid, engagement title, note and tags). The index holds only the words; the
triggers keep it equal to the view. FTS5 removes a row's words by being told them again, so each
trigger passes the values as they were indexed: an entry's old note, tags and the title of its old
engagement; an engagement renamed re-indexes its entries; an engagement deleted removes its
entries' words before the cascade deletes them (its title is gone when theirs are deleted, which
is why the entry trigger then does nothing). Words are ``unicode61`` tokens without diacritics
(so "cafe" finds "Café"); the services search with prefixes ("rep" finds "report"), helped by
the 1- and 2-character prefix indexes.

Derived data (rebuilt from the view by ``INSERT INTO time_entry_search(time_entry_search)
VALUES ('rebuild')``): never synced, never exported.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VIEW = ("CREATE VIEW time_entry_text AS SELECT t.rowid AS entry, e.title AS title, t.note AS note, "
        "t.tags AS tags FROM time_entry t JOIN engagement e ON e.id = t.engagement_id")
TABLE = ("CREATE VIRTUAL TABLE time_entry_search USING fts5(title, note, tags, "
         "content='time_entry_text', content_rowid='entry', "
         "tokenize='unicode61 remove_diacritics 2', prefix='1 2', columnsize=0)")
TITLE = "(SELECT title FROM engagement WHERE id = {row}.engagement_id)"
ADD = ("INSERT INTO time_entry_search (rowid, title, note, tags) "
       f"VALUES (NEW.rowid, {TITLE.format(row='NEW')}, NEW.note, NEW.tags);")
REMOVE = ("INSERT INTO time_entry_search (time_entry_search, rowid, title, note, tags) "
          f"VALUES ('delete', OLD.rowid, {TITLE.format(row='OLD')}, OLD.note, OLD.tags);")
REMOVE_ENGAGEMENT = ("INSERT INTO time_entry_search (time_entry_search, rowid, title, note, tags) "
                     "SELECT 'delete', rowid, OLD.title, note, tags FROM time_entry "
                     "WHERE engagement_id = OLD.id;")
ADD_ENGAGEMENT = ("INSERT INTO time_entry_search (rowid, title, note, tags) "
                  "SELECT rowid, NEW.title, note, tags FROM time_entry WHERE engagement_id = NEW.id;")
TRIGGERS = {
    "tr_time_search_insert": f"AFTER INSERT ON time_entry BEGIN {ADD} END",
    # an entry deleted with its engagement was removed by tr_time_search_engagement_delete
    "tr_time_search_delete": "AFTER DELETE ON time_entry WHEN EXISTS (SELECT 1 FROM engagement "
                             f"WHERE id = OLD.engagement_id) BEGIN {REMOVE} END",
    "tr_time_search_update": "AFTER UPDATE OF note, tags, engagement_id ON time_entry "
                             f"BEGIN {REMOVE} {ADD} END",
    "tr_time_search_engagement_rename": "AFTER UPDATE OF title ON engagement "
                                        "WHEN OLD.title IS NOT NEW.title "
                                        f"BEGIN {REMOVE_ENGAGEMENT} {ADD_ENGAGEMENT} END",
    "tr_time_search_engagement_delete": f"BEFORE DELETE ON engagement BEGIN {REMOVE_ENGAGEMENT} END",
}


def upgrade() -> None:
    op.execute(VIEW)
    op.execute(TABLE)
    op.execute("INSERT INTO time_entry_search (time_entry_search) VALUES ('rebuild')")
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE time_entry_search")
    op.execute("DROP VIEW time_entry_text")
