"""The full-text index of time entries stays equal to the entries whatever changes them, and finds
entries by the beginnings of their words."""

import sqlite3
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from internapp.core.interchange import toggl
from internapp.core.services import engagements, time_entries, time_listing, timer
from internapp.core.services.time_listing import EntryQuery
from internapp.core.services.time_search import match_expression

START = datetime(2026, 3, 2, 9, tzinfo=UTC)


def index_snapshot(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute("SELECT term, doc, col, offset FROM temp.words "
                        "ORDER BY term, doc, col, offset").fetchall()


def assert_index_current(store) -> None:
    """Every word of every entry is in the index, and nothing else: the index equals one built
    again from the entries (in a transaction rolled back)."""
    conn = sqlite3.connect(store.path, isolation_level=None)
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.words USING "
                     "fts5vocab(main, 'time_entry_search', 'instance')")
        kept = index_snapshot(conn)
        conn.execute("BEGIN")
        conn.execute("INSERT INTO time_entry_search (time_entry_search) VALUES ('rebuild')")
        rebuilt = index_snapshot(conn)
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    assert kept == rebuilt
    assert kept  # the checks below always have words to compare


def found(store, text: str, **filters) -> list[str]:
    query = EntryQuery(text=text, **filters)
    keys = time_listing.keys(store, query)
    assert time_listing.count(store, query) == len(keys)
    return [r.note for r in time_listing.rows(store, keys)]


@pytest.fixture
def logged(store):
    dashboard = engagements.create(store, title="Sales dashboard")
    survey = engagements.create(store, title="Patient survey")
    notes = ["Drafted the report", "Call with the supervisor", "Café meeting notes",
             "Cleaned the source data"]
    for n, note in enumerate(notes):
        time_entries.add(store, dashboard.id if n % 2 == 0 else survey.id,
                         start=START + timedelta(hours=2 * n), duration="1h", note=note,
                         tags=["writing"] if n < 2 else ["analysis", "design"])
    return dashboard, survey


def test_words_are_found_by_their_beginnings_in_any_column(store, logged):
    assert found(store, "rep") == ["Drafted the report"]
    assert found(store, "DASH") == ["Café meeting notes", "Drafted the report"]  # the title
    assert found(store, "cafe") == ["Café meeting notes"]  # accents aside
    assert found(store, "writ") == ["Call with the supervisor", "Drafted the report"]  # a tag
    assert found(store, "survey super") == ["Call with the supervisor"]  # every word
    assert found(store, "port") == []  # beginnings of words, not any part


def test_a_text_filter_combines_with_the_engagement_and_the_period(store, logged):
    dashboard, _ = logged
    assert found(store, "analysis", engagement_id=dashboard.id) == ["Café meeting notes"]
    period = time_listing.Period(START, START + timedelta(hours=5))
    assert found(store, "the", period=period) == ["Call with the supervisor", "Drafted the report"]


def test_words_of_punctuation_alone_are_left_out():
    assert match_expression("rep") == '"rep"*'
    assert match_expression('say "hi" -- ') == '"say"* AND """hi"""*'
    assert match_expression("-- ...") is None
    assert match_expression("zzz-nothing") == '"zzz-nothing"*'  # a phrase: zzz, then nothing*


def test_the_index_follows_every_change(store, logged):
    dashboard, survey = logged
    assert_index_current(store)
    entry = timer.start(store, dashboard.id, at=START + timedelta(days=1), note="running note",
                        tags=["live"]).entry
    timer.stop(store, at=START + timedelta(days=1, hours=1))
    first = time_listing.rows(store, time_listing.keys(store, EntryQuery(text="report")))[0]
    time_entries.update(store, uuid.UUID(first.id), note="Rewrote the summary", tags=["edit"])
    time_entries.update(store, entry.id, engagement_id=survey.id)  # moved: another title
    assert_index_current(store)
    assert found(store, "report") == []
    assert found(store, "summary edit") == ["Rewrote the summary"]
    assert found(store, "patient running") == ["running note"]

    engagements.update(store, survey.id, title="Clinic questionnaire")  # renamed
    assert_index_current(store)
    assert found(store, "patient") == []
    assert len(found(store, "clinic")) == 3

    time_entries.split(store, entry.id, START + timedelta(days=1, minutes=30))
    time_entries.delete(store, uuid.UUID(first.id))
    assert_index_current(store)
    engagements.delete(store, survey.id)  # its entries go with it
    assert_index_current(store)
    assert found(store, "clinic") == []
    assert found(store, "") == ["Café meeting notes"]


def test_an_import_indexes_what_it_inserts(store, tmp_path):
    path = tmp_path / "toggl.csv"
    rows = ["Project,Description,Start date,Start time,End date,End time,Tags"]
    rows += [f"Route model,Checked stop {n},2026-01-{1 + n:02d},10:00:00,2026-01-{1 + n:02d},"
             f"11:00:00,fieldwork" for n in range(5)]
    path.write_text("\n".join(rows) + "\n", "utf-8")
    report = toggl.run(store, path, dry_run=False)
    assert report.created["time entries"] == 5
    assert_index_current(store)
    assert len(found(store, "route field")) == 5


def test_a_bulk_insert_with_the_trigger_paused_is_indexed_once_and_the_trigger_comes_back(store):
    from internapp.core.services import time_search

    engagement = engagements.create(store, title="Bulk work")
    with store.writing([]) as conn:
        before = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                              (time_search.INSERT_TRIGGER,)).fetchone()
        paused = time_search.pause(conn)
        for i in range(3):
            begin = START + timedelta(hours=i)
            conn.execute(
                "INSERT INTO time_entry (id, created_at, updated_at, engagement_id, started_at, "
                "ended_at, seconds, tz, note, tags) VALUES (?, ?, ?, ?, ?, ?, 3600, 'UTC', ?, '[]')",
                (uuid.uuid4().hex, "2026-03-02 09:00:00.000000", "2026-03-02 09:00:00.000000",
                 engagement.id.hex, begin.strftime("%Y-%m-%d %H:%M:%S.%f"),
                 (begin + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M:%S.%f"), f"loaded {i}"))
        time_search.resume(conn, paused)
        after = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                             (time_search.INSERT_TRIGGER,)).fetchone()
        hash_size = conn.execute("SELECT v FROM time_entry_search_config "
                                 "WHERE k = 'hashsize'").fetchone()
    assert before is not None and after == before
    assert hash_size is None or hash_size[0] == time_search.DEFAULT_HASH  # the bulk size undone
    assert sorted(found(store, "loaded bulk")) == ["loaded 0", "loaded 1", "loaded 2"]
    assert_index_current(store)  # each entry indexed once, nothing else


def test_titles_are_told_apart_as_the_index_tells_them(store):
    from internapp.core.services import time_search

    with store.reading() as conn:
        made = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'time_entry_search'"
                            ).fetchone()[0]
    assert f"tokenize='{time_search.TOKENIZE}'" in made
    titles = {"a": "Café menu", "b": "Sales dashboard", "c": "cafeteria", "d": "Dash"}
    assert time_search.matching_titles(match_expression("cafe"), titles) == {"a", "c"}
    assert time_search.matching_titles(match_expression("DASH"), titles) == {"b", "d"}
    assert time_search.matching_titles(match_expression("sales dash"), titles) == {"b"}
    assert time_search.matching_titles(match_expression('"quoted'), titles) == set()


def test_the_words_only_titles_hold(store):
    from internapp.core.services import time_search

    e = engagements.create(store, title="Sales dashboard")
    time_entries.add(store, e.id, start="2026-03-02T09:00", end="2026-03-02T10:00", tz="UTC",
                     note="Wrote the report", tags=["sales-call"])
    with store.reading() as conn:
        assert time_search.titles_only(conn, "dash") == '"dash"*'
        assert time_search.titles_only(conn, "report dash") == '"dash"*'
        assert time_search.titles_only(conn, "sales report") is None  # a tag holds "sales"
        assert time_search.titles_only(conn, "zzz") == '"zzz"*'  # nothing holds it
