"""The Time table's listing: pages read on (keyset), back and by a jump are the same rows as the
whole sorted list, for every sort, both directions, with ties, a running entry and filters."""

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert

from internapp.core.models import TimeEntry
from internapp.core.services import engagements, time_listing, timer
from internapp.core.services.reports import Period
from internapp.core.services.time_listing import EntryQuery

START = datetime(2024, 1, 1, 9, tzinfo=UTC)
COUNT = 57
SIZE = 10  # rows per page here


@pytest.fixture
def listed(store):
    """COUNT entries on three engagements with repeated notes, tags and lengths (ties), and a
    running timer after them."""
    ids = [engagements.create(store, title=t).id for t in ("alpha", "Beta", "gamma")]
    rows = []
    for n in range(COUNT):
        start = START + timedelta(hours=3 * n)
        seconds = (1 + n % 4) * 900
        rows.append({"id": uuid.uuid4(), "created_at": start, "updated_at": start,
                     "engagement_id": ids[n % 3], "started_at": start,
                     "ended_at": start + timedelta(seconds=seconds), "seconds": seconds,
                     "tz": "UTC", "note": ["Report", "call", "report", "Écrit"][n % 4],
                     "tags": [["a"], [], ["b", "a"]][n % 5 % 3], "source": None,
                     "external_id": None})
    with store.write([]) as session:
        session.execute(insert(TimeEntry.__table__), rows)
    timer.start(store, ids[1], at=START + timedelta(hours=3 * COUNT), note="call")
    return ids


def every_page(store, query, total):
    """The rows read page after page from the top, then back from the bottom."""
    on, page = [], time_listing.page(store, query, None, SIZE)
    while page.rowids:
        on += page.rowids
        page = time_listing.page(store, query, page.last, SIZE)
    back = []
    page = time_listing.jump(store, query, (total - 1) // SIZE * SIZE, SIZE, total)  # the last
    while page.rowids:
        back = page.rowids + back
        page = time_listing.page(store, query, page.first, SIZE, backward=True)
    return on, back


QUERIES = [EntryQuery(sort=sort, descending=d) for sort in sorted(time_listing.INDEXED)
           for d in (True, False)]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: f"{q.sort}-{'desc' if q.descending else 'asc'}")
def test_pages_read_on_back_and_by_jumps_are_the_sorted_list(store, listed, query):
    everything = time_listing.keys(store, query)
    total = time_listing.count(store, query)
    assert total == len(everything) == COUNT + 1
    on, back = every_page(store, query, total)
    assert on == everything
    assert back == everything
    for offset in range(0, total, SIZE):
        assert time_listing.jump(store, query, offset, SIZE, total).rowids == \
            everything[offset:offset + SIZE]


@pytest.mark.parametrize("sort", sorted(time_listing.INDEXED))
def test_filtered_pages(store, listed, sort):
    alpha = listed[0]
    for query in (EntryQuery(sort=sort, engagement_id=alpha),
                  EntryQuery(sort=sort, text="rep", descending=False),
                  EntryQuery(sort=sort, period=Period(START + timedelta(days=2),
                                                       START + timedelta(days=5)))):
        everything = time_listing.keys(store, query)
        total = time_listing.count(store, query)
        assert total == len(everything) > SIZE
        on, back = every_page(store, query, total)
        assert on == everything == back


def test_counts_from_the_totals_match_the_entries(store, listed):
    _, beta, _ = listed
    with store.reading() as conn:
        every = conn.execute("SELECT COUNT(*) FROM time_entry").fetchone()[0]
        betas = conn.execute("SELECT COUNT(*) FROM time_entry WHERE engagement_id = ?",
                             (beta.hex,)).fetchone()[0]
    assert time_listing.count(store, EntryQuery()) == every == COUNT + 1
    assert time_listing.count(store, EntryQuery(engagement_id=beta)) == betas  # with the timer
    groups = dict(time_listing.groups(store, EntryQuery()))
    assert groups[beta.hex] == betas and sum(groups.values()) == every
    week = Period(START, START + timedelta(days=7))
    assert sum(dict(time_listing.groups(store, EntryQuery(period=week))).values()) == \
        time_listing.count(store, EntryQuery(period=week)) == 56


def test_the_engagement_sort_with_a_text_filter(store, listed):
    query = EntryQuery(sort="engagement", text="call")
    found = time_listing.rows(store, time_listing.keys(store, query))
    assert [r.engagement for r in found] == sorted((r.engagement for r in found),
                                                   key=str.casefold, reverse=True)
    assert len(found) == time_listing.count(store, query) == len(range(1, COUNT, 4)) + 1
    ascending = time_listing.keys(store, replace(query, descending=False))
    assert time_listing.rows(store, ascending)[0].engagement == "alpha"


@pytest.mark.parametrize("descending", [True, False], ids=["desc", "asc"])
def test_the_engagement_sort_with_a_text_filter_pages_like_its_sorted_list(store, listed, descending):
    """Sorted by engagement with a text filter on, a page walks each engagement's entries in
    turn (keyset), so a broad filter needs no sort of all its matches: on, back and by jumps the
    pages are the sorted list."""
    alpha = listed[0]
    twin = engagements.create(store, title="ALPHA").id  # the same title but for case: by id
    engagements.create(store, title="Alpha")  # no entries
    with store.write([]) as session:
        session.execute(insert(TimeEntry.__table__), [
            {"id": uuid.uuid4(), "created_at": START, "updated_at": START, "engagement_id": twin,
             "started_at": START + timedelta(hours=n), "ended_at": START + timedelta(hours=n + 1),
             "seconds": 3600, "tz": "UTC", "note": "reported", "tags": [], "source": None,
             "external_id": None} for n in range(7)])
    week = Period(START + timedelta(days=2), START + timedelta(days=5))
    for query in (EntryQuery(sort="engagement", text="rep", descending=descending),
                  EntryQuery(sort="engagement", text="call", descending=descending),
                  # words only titles hold: only the engagements they name are walked
                  EntryQuery(sort="engagement", text="gam", descending=descending),
                  EntryQuery(sort="engagement", text="ALP", descending=descending),
                  EntryQuery(sort="engagement", text="gam call", descending=descending),
                  EntryQuery(sort="engagement", text="rep", engagement_id=alpha,
                             descending=descending),
                  EntryQuery(sort="engagement", text="rep", period=week, descending=descending),
                  EntryQuery(sort="engagement", text="zzz", descending=descending),
                  EntryQuery(sort="engagement", descending=descending)):
        everything = time_listing.keys(store, query)
        total = time_listing.count(store, query)
        assert total == len(everything)
        if total:
            on, back = every_page(store, query, total)
            assert on == everything == back
        for offset in range(0, total, SIZE):
            assert time_listing.jump(store, query, offset, SIZE, total).rowids == \
                everything[offset:offset + SIZE]


def walked(store, query, total, matches):
    """Every page on from the top, back from the bottom and by a jump, given ``matches``."""
    on, page = [], time_listing.page(store, query, None, SIZE, matches=matches)
    while page.rowids:
        on += page.rowids
        page = time_listing.page(store, query, page.last, SIZE, matches=matches)
    back = []
    page = time_listing.jump(store, query, (total - 1) // SIZE * SIZE, SIZE, total,
                             matches=matches)
    while page.rowids:
        back = page.rowids + back
        page = time_listing.page(store, query, page.first, SIZE, backward=True, matches=matches)
    jumps = [time_listing.jump(store, query, offset, SIZE, total, matches=matches).rowids
             for offset in range(0, total, SIZE)]
    return on, back, jumps


@pytest.mark.parametrize("descending", [True, False], ids=["desc", "asc"])
@pytest.mark.parametrize("sort", [*sorted(time_listing.INDEXED), "engagement"])
def test_the_matches_listed_once_read_the_same_pages_as_the_index(store, listed, sort,
                                                                   descending):
    """A filter's matches listed once (a bitmap) and reused for every sort and page give the
    rows the full-text index gives each query: broad, narrow, none, scoped to an engagement or a
    period, words only a title holds; all of them in order, walking the index or sorted."""
    alpha = listed[0]
    week = Period(START + timedelta(days=2), START + timedelta(days=5))
    for text, scope in (("rep", {}), ("call", {}), ("écrit", {}), ("zzz", {}), ("gam", {}),
                        ("rep", {"engagement_id": alpha}), ("call", {"period": week}),
                        ("rep a", {})):
        query = EntryQuery(sort=sort, descending=descending, text=text, **scope)
        matches = time_listing.matches(store, query)
        total = time_listing.count(store, query)
        assert time_listing.count(store, query, matches=matches) == total
        everything = time_listing.keys(store, query)
        assert len(everything) == total
        assert time_listing.keys(store, query, matches=matches) == everything  # walked if broad
        with_matches = walked(store, query, total, matches)
        assert with_matches == walked(store, query, total, None)  # as each query reads today
        on, back, jumps = with_matches
        assert on == back == everything
        assert jumps == [everything[o:o + SIZE] for o in range(0, total, SIZE)]


def test_matches_are_as_listed_until_listed_again(store, listed):
    """The matches are what the index held when listed: an edit shows once they are listed
    again (the model lists them again when the data changes)."""
    from internapp.core.services import time_entries

    query = EntryQuery(text="call")
    before = time_listing.matches(store, query)
    rowid = time_listing.page(store, query, None, SIZE).rowids[1]  # a finished entry
    edited = time_listing.rows(store, [rowid])[0]
    time_entries.update(store, uuid.UUID(edited.id), note="written")
    assert rowid in time_listing.page(store, query, None, SIZE, matches=before).rowids  # stale
    again = time_listing.matches(store, query)
    assert again.total == before.total - 1 == time_listing.count(store, query)
    assert time_listing.page(store, query, None, SIZE, matches=again).rowids == \
        time_listing.keys(store, query)[:SIZE]
    assert rowid not in time_listing.keys(store, query)
    with pytest.raises(ValueError, match="matches of"):
        time_listing.page(store, EntryQuery(text="rep"), None, SIZE, matches=again)


def test_matches_too_sparse_for_a_bitmap_are_read_from_the_index(store, listed, monkeypatch):
    query = EntryQuery(sort="note", text="rep")
    assert time_listing.matches(store, query).bitmap is not None  # below, not so
    monkeypatch.setattr(time_listing, "BITMAP_MAX", 0)
    monkeypatch.setattr(time_listing, "SPARSE", 0)
    matches = time_listing.matches(store, query)
    assert matches.bitmap is None and matches.total == time_listing.count(store, query)
    assert walked(store, query, matches.total, matches)[0] == time_listing.keys(store, query)


@pytest.mark.parametrize("walked", [True, False], ids=["walked", "sorted"])
def test_a_listing_no_longer_wanted_stops(store, listed, monkeypatch, walked):
    monkeypatch.setattr(time_listing, "CANCEL_STEPS", 1)
    query = EntryQuery(sort="note", text="rep")
    matches = time_listing.matches(store, query) if walked else None
    with pytest.raises(time_listing.ListingCancelled):
        time_listing.keys(store, query, matches=matches, should_cancel=lambda: True)
    asked = []
    listed_all = time_listing.keys(store, query, matches=matches,
                                   should_cancel=lambda: asked.append(1) and False)
    assert asked and listed_all == time_listing.keys(store, query)  # the connection is as before
