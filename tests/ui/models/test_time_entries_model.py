import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert

from internapp.core.models import TimeEntry
from internapp.core.services import engagements
from internapp.ui import formats
from internapp.ui.models.time_entries_model import PAGE, TimeEntriesModel

START = datetime(2020, 1, 6, 9, tzinfo=UTC)
COUNT = 3 * PAGE + 17


@pytest.fixture
def many(store):
    """COUNT entries, one a day, alternating two engagements, lengths 10..59 minutes."""
    a = engagements.create(store, title="Alpha")
    b = engagements.create(store, title="Beta")
    rows = []
    for n in range(COUNT):
        start = START + timedelta(days=n)
        seconds = (10 + n % 50) * 60
        rows.append({"id": uuid.uuid4(), "created_at": start, "updated_at": start,
                     "engagement_id": (a if n % 2 else b).id, "started_at": start,
                     "ended_at": start + timedelta(seconds=seconds), "seconds": seconds,
                     "tz": "UTC", "note": "needle" if n % 100 == 0 else f"work {n}",
                     "tags": ["x"], "source": None, "external_id": None})
    with store.write([]) as session:
        session.execute(insert(TimeEntry.__table__), rows)
    return a, b


def test_opens_with_a_count_and_reads_pages_only_as_rows_are_shown(store, many, qtbot, clock):
    model = TimeEntriesModel(store, clock=clock)
    model.refresh()
    assert model.rowCount() == COUNT
    assert model.pages_read == 1  # the first page, shown at once
    newest = model.index(0, 0).data()
    assert newest == formats.day_of_year((START + timedelta(days=COUNT - 1)).date())
    assert model.pages_read == 1
    last = model.record_at(COUNT - 1)
    assert last.started_at == START  # the oldest, at the bottom
    assert model.pages_read == 2
    assert model.record_at(1).started_at == START + timedelta(days=COUNT - 2)  # cached page
    assert model.pages_read == 2


def test_sorting_and_filtering_happen_in_sql(store, many, qtbot, clock):
    model = TimeEntriesModel(store, clock=clock)
    model.refresh()
    model.sort(4, Qt.SortOrder.AscendingOrder)  # duration
    durations = [model.record_at(row).seconds for row in (0, PAGE, COUNT - 1)]
    assert durations == sorted(durations) and durations[0] == 600
    model.sort(1, Qt.SortOrder.DescendingOrder)  # engagement
    assert model.record_at(0).engagement == "Beta"
    assert model.record_at(COUNT - 1).engagement == "Alpha"
    alpha, _ = many
    model.set_query(replace(model.query, engagement_id=alpha.id, text=""))
    assert model.rowCount() == COUNT // 2
    model.set_query(replace(model.query, engagement_id=None, text="NEEDLE"))
    assert model.busy  # a text filter is read off the UI thread
    model.wait()
    assert model.rowCount() == len(range(0, COUNT, 100))
    assert {model.record_at(r).note for r in range(model.rowCount())} == {"needle"}


def test_cells_and_the_running_entry(store, qtbot, clock):
    from internapp.core.services import time_entries, timer

    e = engagements.create(store, title="Dashboard")
    time_entries.add(store, e.id, start="2026-03-01T09:00+00:00", end="2026-03-01T10:30+00:00",
                     note="first line\nsecond line", tags=["a", "b"])
    timer.start(store, e.id, at="2026-03-02T08:00+00:00")
    model = TimeEntriesModel(store, clock=clock)
    model.refresh()
    running = [model.index(0, c).data() for c in range(model.columnCount())]
    assert running[3:5] == ["…", "● running"]
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    finished = [model.index(1, c).data() for c in range(model.columnCount())]
    assert finished[1] == "Dashboard" and finished[4:] == ["1 h 30 min", "first line", "a, b"]
    assert model.index(1, 5).data(Qt.ItemDataRole.ToolTipRole) == "first line\nsecond line"


def test_a_filter_with_many_matches_shows_its_first_page_then_lists_them_all(store, many, qtbot,
                                                                             monkeypatch, clock):
    from internapp.ui.models import time_entries_model

    monkeypatch.setattr(time_entries_model, "FEW", PAGE // 2)  # "many" matches below
    model = TimeEntriesModel(store, clock=clock)
    model.refresh()
    read = model.pages_read
    model.set_query(replace(model.query, text="work"))  # every entry but the needles
    model.wait()
    matches = COUNT - len(range(0, COUNT, 100))
    assert model.rowCount() == matches and model.pages_read == read + 1
    assert model.listing  # all the matches are being listed, off the UI thread
    last = model.record_at(matches - 1)  # before the list is in: read back from the end
    assert last.note == "work 1"
    qtbot.waitUntil(lambda: not model.listing)
    notes = [model.record_at(row).note for row in range(matches)]
    assert notes == [f"work {n}" for n in range(COUNT - 1, 0, -1) if n % 100]


@pytest.mark.parametrize("order", [Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder])
def test_sorted_by_engagement_a_filter_with_many_matches_pages_without_sorting_them(
        store, many, qtbot, monkeypatch, clock, order):
    from internapp.ui.models import time_entries_model

    monkeypatch.setattr(time_entries_model, "FEW_BY_ENGAGEMENT", PAGE // 2)  # "many" below
    model = TimeEntriesModel(store, clock=clock)
    model.refresh()
    model.sort(1, order)
    model.set_query(replace(model.query, text="work"))
    model.wait()
    matches = COUNT - len(range(0, COUNT, 100))
    assert model.rowCount() == matches
    assert model.listing  # the first page was walked; the sorted list comes off the UI thread
    descending = order == Qt.SortOrder.DescendingOrder
    by_engagement = sorted((n for n in range(COUNT) if n % 100),
                           key=lambda n: ("Alpha" if n % 2 else "Beta", n), reverse=descending)
    expected = [f"work {n}" for n in by_engagement]
    assert model.record_at(matches - 1).note == expected[-1]  # read back from the end
    assert model.record_at(PAGE).note == expected[PAGE]  # read on from the first page
    qtbot.waitUntil(lambda: not model.listing)
    assert [model.record_at(row).note for row in range(matches)] == expected


@pytest.mark.parametrize("column", [0, 1], ids=["date", "engagement"])
def test_a_far_page_waits_for_the_listing_instead_of_walking_on_the_ui_thread(
        store, many, qtbot, monkeypatch, clock, column):
    """A jump of the scroll bar while a broad filter's matches are listed off the UI thread:
    its page is left empty, not walked (at 1M entries that walk took 0.15-1 s), and the list
    fills it."""
    from internapp.ui.models import time_entries_model

    monkeypatch.setattr(time_entries_model, "FEW", PAGE // 2)
    monkeypatch.setattr(time_entries_model, "FEW_BY_ENGAGEMENT", PAGE // 2)
    monkeypatch.setattr(time_entries_model, "JUMP_NOW", 0)
    model = TimeEntriesModel(store, clock=clock)
    model.refresh()
    model.sort(column, Qt.SortOrder.DescendingOrder)
    model.set_query(replace(model.query, text="work"))
    model.wait()
    assert model.listing
    kept = [n for n in range(COUNT) if n % 100]
    if column == 1:
        kept.sort(key=lambda n: ("Alpha" if n % 2 else "Beta", n))
    expected = [f"work {n}" for n in reversed(kept)]
    read, row = model.pages_read, 2 * PAGE + 5  # page 2 of 4, only page 0 read
    assert model.record_at(row) is None and model.pages_read == read  # nothing walked
    with qtbot.waitSignal(model.dataChanged):
        qtbot.waitUntil(lambda: not model.listing)
    assert model.record_at(row).note == expected[row]
    assert [model.record_at(r).note for r in range(len(expected))] == expected


def test_a_new_sort_keeps_the_count_and_a_change_counts_again(store, many, qtbot, monkeypatch, clock):
    from internapp.core.services import time_entries, time_listing

    counted = []
    real = time_listing.count
    monkeypatch.setattr(time_listing, "count", lambda *a, **k: counted.append(1) or real(*a, **k))
    model = TimeEntriesModel(store, clock=clock)
    model.refresh()
    for column in (4, 5, 6, 1, 0):
        model.sort(column, Qt.SortOrder.AscendingOrder)
    assert len(counted) == 1 and model.rowCount() == COUNT
    time_entries.delete(store, uuid.UUID(model.record_at(0).id))
    model.refresh()
    assert len(counted) == 2 and model.rowCount() == COUNT - 1


def test_a_page_that_cannot_be_read_shows_empty_and_says_why(store, many, qtbot, monkeypatch, clock):
    import sqlite3

    from internapp.core.services import time_listing

    model = TimeEntriesModel(store, clock=clock)
    model.refresh()  # the first page is read here

    def damaged(*_args):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(time_listing, "rows", damaged)
    with qtbot.waitSignal(model.unreadable) as said:
        assert model.record_at(PAGE + 1) is None  # from data(): no error raised through Qt
    assert "malformed" in str(said.args[0])
    assert model.record_at(0) is not None  # the first page was read when the query was set


def test_a_filter_lists_its_matches_once_for_every_sort_until_the_data_changes(
        store, many, qtbot, monkeypatch, clock):
    """The matches of a broad filter are listed once, then every sort and page tests rows
    against them (at 1M entries SQLite listed 500,000 of them again for each query); an edit
    lists them again, and its entry shows."""
    from internapp.core.services import time_entries, time_listing
    from internapp.ui.models import time_entries_model

    monkeypatch.setattr(time_entries_model, "FEW", PAGE // 2)
    monkeypatch.setattr(time_entries_model, "FEW_BY_ENGAGEMENT", PAGE // 2)
    listed = []
    real = time_listing.matches
    monkeypatch.setattr(time_listing, "matches", lambda *a: listed.append(a[1].text) or real(*a))
    model = TimeEntriesModel(store, clock=clock)
    model.refresh()
    model.set_query(replace(model.query, text="work"))
    model.wait()
    matches = COUNT - len(range(0, COUNT, 100))
    for column in (4, 5, 6, 1, 0, 3):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            model.wait()
            assert model.rowCount() == matches
            assert {model.record_at(row).note[:4] for row in (0, PAGE + 1, matches - 1)} == \
                {"work"}
    assert listed == ["work"]
    needle = time_listing.rows(store, time_listing.keys(store, replace(model.query,
                                                                        text="needle")))[0]
    time_entries.update(store, uuid.UUID(needle.id), note="work found")
    model.refresh()
    model.wait()
    assert listed == ["work", "work"] and model.rowCount() == matches + 1
    qtbot.waitUntil(lambda: not model.listing)
    assert "work found" in {model.record_at(row).note for row in range(matches + 1)}


def test_an_edit_while_a_filter_is_read_shows_once_read(store, many, qtbot, monkeypatch, clock):
    """The data changes while a text filter is read off the UI thread: what that read found is
    not shown (nor kept for the next sort); the filter is read again."""
    import threading

    from internapp.core.services import time_entries, time_listing

    go = threading.Event()
    real = time_listing.matches

    def slow(*args):
        found = real(*args)
        go.wait(10)
        return found

    monkeypatch.setattr(time_listing, "matches", slow)
    model = TimeEntriesModel(store, clock=clock)
    model.refresh()
    query = replace(model.query, text="needle")
    model.set_query(query)
    assert model.busy
    first = time_listing.rows(store, time_listing.keys(store, query))[0]
    time_entries.update(store, uuid.UUID(first.id), note="moved on")
    model.refresh()
    go.set()
    qtbot.waitUntil(lambda: not model.busy)
    needles = len(range(0, COUNT, 100))
    assert model.rowCount() == needles - 1
    model.sort(4, Qt.SortOrder.AscendingOrder)
    model.wait()
    assert model.rowCount() == needles - 1
    assert "moved on" not in {model.record_at(row).note for row in range(needles - 1)}


def test_a_listing_superseded_by_a_new_sort_stops(store, many, qtbot, monkeypatch, clock):
    """A broad filter's matches are listed off the UI thread after each sort; a new sort stops
    the listing of the one before (it would take CPU from the new sort's pages), quietly."""
    import threading

    from internapp.core.services import time_listing
    from internapp.ui.models import time_entries_model

    monkeypatch.setattr(time_entries_model, "FEW", PAGE // 2)
    monkeypatch.setattr(time_listing, "CANCEL_STEPS", 1)
    asked = []
    real = time_listing.keys

    def keys(*args, **kwargs):  # on the listing's thread
        should_cancel = kwargs["should_cancel"]
        asked.append(should_cancel)
        if len(asked) == 1:  # the first listing holds on until a new sort replaces it
            never = threading.Event()
            for _ in range(1000):  # a condition polled, for 5 s at most
                if should_cancel():
                    break
                never.wait(0.005)
        return real(*args, **kwargs)

    monkeypatch.setattr(time_listing, "keys", keys)
    model = TimeEntriesModel(store, clock=clock)
    model.refresh()
    model.set_query(replace(model.query, text="work"))
    model.wait()
    assert model.listing
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert not asked[0]()
    model.sort(5, Qt.SortOrder.AscendingOrder)  # note
    model.wait()
    assert asked[0]()  # the first listing was told to stop (and raised ListingCancelled)
    qtbot.waitUntil(lambda: not model.listing)
    matches = COUNT - len(range(0, COUNT, 100))
    notes = [model.record_at(row).note for row in range(matches)]
    assert notes == sorted(notes, key=str.casefold)
