from datetime import UTC, datetime

from internapp.core.interchange import clockify, time_import
from internapp.core.services import time_entries

from .conftest import NOW

ZONE = "America/New_York"


def _preview(store, path, zone=ZONE):
    return time_import.preview(store, "clockify", path, clockify.parse(path, zone), tz=zone,
                               now=NOW)


def test_us_dates_twelve_hour_times_and_bad_rows(store, fixture_path):
    plan = _preview(store, fixture_path("clockify_detailed.csv"))
    rows = {e.row: e for e in plan.entries}
    assert sorted(rows) == [2, 3, 4, 5]
    assert rows[2].start == datetime(2026, 9, 15, 13, 0, tzinfo=UTC)  # 09:00 AM EDT
    assert rows[3].start == datetime(2026, 9, 15, 17, 15, tzinfo=UTC)  # 01:15 PM
    assert rows[4].end == datetime(2026, 9, 17, 4, 30, tzinfo=UTC)  # 12:30 AM the next day
    assert rows[2].note == "Audit — WCAG checklist, pages 1-12"
    assert rows[2].tags == ("accessibility", "audit")
    assert {r.row: (r.field, r.reason) for r in plan.rejected} == {
        6: ("start date", "'13/45/2026' is not a valid date"),
        7: ("start time", "'14:00 PM' is not a time of day"),
        8: ("end", "Fri 18 Sep 2026 15:00 is before the start Fri 18 Sep 2026 16:00"),
        9: ("start", "Sat 18 Sep 2027 10:00 is more than a day in the future"),
    }


def test_day_first_dates_semicolons_and_a_legacy_encoding(store, fixture_path):
    plan = _preview(store, fixture_path("clockify_day_first.csv"), "Europe/Berlin")
    assert [(e.start.date().isoformat(), e.note) for e in plan.entries] == [
        ("2026-02-03", "Gesprächsnotizen auswerten"), ("2026-02-14", "Bericht; Entwurf")]
    assert plan.notes == ["the file is not UTF-8; it was read as Windows-1252 (check accented "
                          "names)"]


def test_import_and_reimport(store, fixture_path):
    path = fixture_path("clockify_detailed.csv")
    report = time_import.commit(store, _preview(store, path), now=NOW)
    assert report.created == {"time entries": 4, "engagements": 2}
    again = time_import.commit(store, _preview(store, path), now=NOW)
    assert (again.created["time entries"], again.duplicates) == (0, 4)
    assert len(time_entries.list_recent(store)) == 4
