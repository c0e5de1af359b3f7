"""Rotation over a simulated year of days: a backup a day, pruned every day."""

from datetime import UTC, date, datetime, timedelta

from internapp.core.store.catalog import catalog, stamp_of
from internapp.core.store.rotation import prune, to_keep


def _make(folder, moment, label):
    path = folder / f"internapp-{stamp_of(moment)}-{label}.sqlite3"
    path.write_bytes(b"")
    return path


def test_a_year_of_daily_backups_pruned_daily(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2025, 1, 1, 12, tzinfo=UTC)
    migrations = {40: "before-schema-2-from-1", 200: "before-schema-3-from-2",
                  330: "before-schema-4-from-3"}
    for day in range(365):
        noon = start + timedelta(days=day)
        _make(folder, noon, "daily")
        if day in migrations:
            _make(folder, noon + timedelta(hours=1), migrations[day])
        prune(folder, noon + timedelta(hours=2), zone=UTC)
        assert len(catalog(folder)) <= 7 + 4 + 12 + 3 + 2  # it never piles up

    kept = {(b.created_at.date(), b.label) for b in catalog(folder)}
    last_week = {(date(2025, 12, d), "daily") for d in range(25, 32)}
    weekly = {(date(2025, 12, 21), "daily"), (date(2025, 12, 14), "daily")}  # ISO weeks 51, 50
    month_ends = {(date(2025, m, d), "daily") for m, d in
                  [(1, 31), (2, 28), (3, 31), (4, 30), (5, 31), (6, 30), (7, 31), (8, 31),
                   (9, 30), (10, 31), (11, 30)]}
    migration = {(date(2025, 11, 27), "before-schema-4-from-3")}  # within 90 days; older ones gone
    assert kept == last_week | weekly | month_ends | migration
    assert len(kept) == 21


def test_everything_from_the_last_day_is_kept_and_the_newest_always(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    now = datetime(2026, 3, 10, 18, tzinfo=UTC)
    for hours in (1, 2, 3, 30):
        _make(folder, now - timedelta(hours=hours), "before-import")
    keep = to_keep(catalog(folder), now, zone=UTC)
    assert len(keep) == 4  # three today, and the one of yesterday is that day's newest
    old = catalog(folder)[-1]
    assert to_keep([old], now + timedelta(days=5000), zone=UTC) == {old.id}
