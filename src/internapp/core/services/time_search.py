"""Finding time entries by the words of their note, tags and engagement title.

The words live in ``time_entry_search``, an FTS5 index kept by triggers (migration 0009). A text
filter is a list of words, each of which must begin a word of the entry's engagement title, note
or tags: "rep dash" finds "Drafted the report" on "Sales dashboard"; case and accents aside
("cafe" finds "Café"). A word made only of punctuation finds nothing to match and is left out.

A bulk insert (an import) ``pause``s the insert trigger and ``resume``s it: the new entries are
then indexed in one statement.
"""

import re
import sqlite3
from typing import NamedTuple

TABLE = "time_entry_search"
# what the unicode61 tokenizer keeps in a word: letters, digits, private-use characters
_WORD = re.compile(r"[^\W_]|[\ue000-\uf8ff]")


def match_expression(text: str) -> str | None:
    """The FTS5 query for ``text``: every word as a quoted prefix ("rep"*), all of them required.
    None when ``text`` has no word to look for."""
    phrases = [f'"{word.replace(chr(34), chr(34) * 2)}"*' for word in text.split()
               if _WORD.search(word)]
    return " AND ".join(phrases) or None


INSERT_TRIGGER = "tr_time_search_insert"


class Paused(NamedTuple):
    trigger_sql: str | None  # the insert trigger dropped (None: no index in this store)
    last_rowid: int  # the newest entry before the bulk insert


def pause(conn: sqlite3.Connection) -> Paused:
    """Drops the index's insert trigger for a bulk insert, in the caller's transaction (a failure
    restores it); ``resume`` indexes what came in meanwhile in one statement."""
    found = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                         (INSERT_TRIGGER,)).fetchone()
    if found is not None:
        conn.execute(f'DROP TRIGGER "{INSERT_TRIGGER}"')
    return Paused(found[0] if found else None, last_rowid(conn))


def resume(conn: sqlite3.Connection, paused: Paused) -> None:
    if paused.trigger_sql is not None:
        index_after(conn, paused.last_rowid)
        conn.execute(paused.trigger_sql)


def index_after(conn: sqlite3.Connection, rowid: int) -> None:
    """Indexes the entries with a rowid above ``rowid`` (inserted with the trigger dropped)."""
    conn.execute(f"INSERT INTO {TABLE} (rowid, title, note, tags) "
                 "SELECT t.rowid, e.title, t.note, t.tags FROM time_entry t "
                 "JOIN engagement e ON e.id = t.engagement_id WHERE t.rowid > ?", (rowid,))


def last_rowid(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COALESCE(MAX(rowid), 0) FROM time_entry").fetchone()[0]


def rebuild(conn: sqlite3.Connection) -> None:
    """Builds the index again from every entry (after a bulk load)."""
    conn.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('rebuild')")
