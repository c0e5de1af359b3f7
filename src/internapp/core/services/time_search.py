"""Finding time entries by the words of their note, tags and engagement title.

The words live in ``time_entry_search``, an FTS5 index kept by triggers (migration 0009). A text
filter is a list of words, each of which must begin a word of the entry's engagement title, note
or tags: "rep dash" finds "Drafted the report" on "Sales dashboard"; case and accents aside
("cafe" finds "Café"). A word made only of punctuation finds nothing to match and is left out.

A bulk insert (an import) ``pause``s the insert trigger and ``resume``s it: the new entries are
then indexed in one statement, with FTS5's in-memory hash raised from 1 MB to ``BULK_HASH``
(fewer segments written and merged: 1M entries indexed in 1.6 s of CPU instead of 3.7 s).
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
    return " AND ".join(_phrases(text)) or None


def _phrases(text: str) -> list[str]:
    return [f'"{word.replace(chr(34), chr(34) * 2)}"*' for word in text.split()
            if _WORD.search(word)]


TOKENIZE = "unicode61 remove_diacritics 2"  # the index's tokenizer (migration 0009)


def titles_only(conn: sqlite3.Connection, text: str) -> str | None:
    """The FTS5 query of the words of ``text`` that no entry's note or tags holds (the ones only
    an engagement's title can match), None when every word is in some note or tags."""
    found = [phrase for phrase in _phrases(text) if conn.execute(
        f"SELECT 1 FROM {TABLE} WHERE {TABLE} MATCH ? LIMIT 1",
        (f"{{note tags}} : {phrase}",)).fetchone() is None]
    return " AND ".join(found) or None


def matching_titles(expression: str, titles: dict[str, str]) -> set[str]:
    """The keys of ``titles`` whose title matches ``expression``, its words told apart as the
    index tells them (an FTS5 table in memory with the same tokenizer)."""
    memory = sqlite3.connect(":memory:")
    try:
        memory.execute(f"CREATE VIRTUAL TABLE titles USING fts5(key UNINDEXED, title, "
                       f"tokenize='{TOKENIZE}')")
        memory.executemany("INSERT INTO titles (key, title) VALUES (?, ?)", titles.items())
        return {key for (key,) in memory.execute(
            "SELECT key FROM titles WHERE titles MATCH ?", (f"{{title}} : ({expression})",))}
    finally:
        memory.close()


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


BULK_HASH = 64 << 20  # bytes of terms FTS5 gathers in memory before writing a segment
DEFAULT_HASH = 1 << 20  # FTS5's own


def index_after(conn: sqlite3.Connection, rowid: int) -> None:
    """Indexes the entries with a rowid above ``rowid`` (inserted with the trigger dropped)."""
    kept = conn.execute(f"SELECT v FROM {TABLE}_config WHERE k = 'hashsize'").fetchone()
    conn.execute(f"INSERT INTO {TABLE} ({TABLE}, rank) VALUES ('hashsize', ?)", (BULK_HASH,))
    try:
        conn.execute(f"INSERT INTO {TABLE} (rowid, title, note, tags) "
                     "SELECT t.rowid, e.title, t.note, t.tags FROM time_entry t "
                     "JOIN engagement e ON e.id = t.engagement_id WHERE t.rowid > ?", (rowid,))
    finally:
        conn.execute(f"INSERT INTO {TABLE} ({TABLE}, rank) VALUES ('hashsize', ?)",
                     (kept[0] if kept else DEFAULT_HASH,))


def last_rowid(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COALESCE(MAX(rowid), 0) FROM time_entry").fetchone()[0]


def rebuild(conn: sqlite3.Connection) -> None:
    """Builds the index again from every entry (after a bulk load)."""
    conn.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('rebuild')")
