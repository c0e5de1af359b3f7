import csv
import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from internapp.core.interchange import time_csv, toggl
from internapp.core.services import engagements, time_entries, timer

from .conftest import NOW

BERLIN = ZoneInfo("Europe/Berlin")


def _fill(store):
    org = engagements.create(store, title="Dashboard", organization="Northwind")
    other = engagements.create(store, title="=HYPERLINK(\"http://evil\")")
    time_entries.add(store, org.id, start=datetime(2025, 10, 26, 1, 30, tzinfo=BERLIN),
                     end=datetime(2025, 10, 26, 3, 30, tzinfo=BERLIN), note="Deploy, then check",
                     tags=["ops", "night"], now=NOW)
    time_entries.add(store, other.id, start=datetime(2026, 1, 5, 9, tzinfo=BERLIN),
                     duration="45m", note="+1 for the plan", now=NOW)
    timer.start(store, org.id, at=datetime(2026, 11, 26, 11, tzinfo=UTC), now=NOW)
    return org, other


def test_csv_has_toggls_columns_is_spreadsheet_safe_and_leaves_the_timer_out(store, tmp_path):
    _fill(store)
    path = tmp_path / "time.csv"
    assert time_csv.export_csv(store, path, BERLIN) == 2
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == time_csv.TOGGL_COLUMNS
    assert {k: rows[0][k] for k in ("Client", "Project", "Description", "Start date",
                                     "Start time", "End date", "End time", "Duration", "Tags")} == {
        "Client": "Northwind", "Project": "Dashboard", "Description": "Deploy, then check",
        "Start date": "2025-10-26", "Start time": "01:30:00", "End date": "2025-10-26",
        "End time": "03:30:00", "Duration": "03:00:00", "Tags": "ops, night"}
    assert rows[1]["Project"] == "'=HYPERLINK(\"http://evil\")"
    assert rows[1]["Description"] == "'+1 for the plan"


def test_the_csv_reads_back_through_the_toggl_importer(store, tmp_path, paths):
    _fill(store)
    path = tmp_path / "time.csv"
    time_csv.export_csv(store, path, BERLIN)
    parsed = toggl.parse(path, "Europe/Berlin")
    assert parsed.rejected == []
    assert [(e.project, (e.end - e.start).total_seconds()) for e in parsed.entries] == [
        ("Dashboard", 3 * 3600), ("'=HYPERLINK(\"http://evil\")", 45 * 60)]


def test_json_holds_totals_and_every_entry(store, tmp_path):
    _fill(store)
    path = tmp_path / "time.json"
    assert time_csv.export_json(store, path, BERLIN) == 3
    document = json.loads(path.read_text("utf-8"))
    assert document["time_zone"] == "Europe/Berlin"
    assert document["totals"][0]["engagement"] == "Dashboard"
    assert document["totals"][0]["seconds"] == 3 * 3600
    first = document["entries"][0]
    assert (first["start"], first["end"], first["tags"]) == (
        "2025-10-26T01:30:00+02:00", "2025-10-26T03:30:00+01:00", ["ops", "night"])
    assert document["entries"][-1]["end"] is None  # the running timer


def test_an_empty_store_exports_a_header_only(store, tmp_path):
    path = tmp_path / "time.csv"
    assert time_csv.export_csv(store, path, BERLIN) == 0
    assert path.read_text("utf-8-sig").splitlines() == [",".join(time_csv.TOGGL_COLUMNS)]


def _reference_csv(store, zone) -> bytes:
    """The CSV written the plain way (a datetime per instant, a row at a time), to compare the
    fast writer's bytes with."""
    import io

    from internapp.core.interchange.spreadsheet_safe import neutralise
    from internapp.core.store.codec import decode

    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(time_csv.TOGGL_COLUMNS)
    with store.reading() as conn:
        for start, end, seconds, note, tags, title, org in conn.execute(
                "SELECT t.started_at, t.ended_at, t.seconds, t.note, t.tags, e.title, o.name "
                "FROM time_entry t JOIN engagement e ON e.id = t.engagement_id "
                "LEFT JOIN organization o ON o.id = e.organization_id "
                "WHERE t.ended_at IS NOT NULL ORDER BY t.started_at"):
            begin, finish = decode(start).astimezone(zone), decode(end).astimezone(zone)
            writer.writerow(["", "", neutralise(org or ""), neutralise(title), "",
                             neutralise(note), "", f"{begin:%Y-%m-%d}", f"{begin:%H:%M:%S}",
                             f"{finish:%Y-%m-%d}", f"{finish:%H:%M:%S}",
                             time_csv.hms(seconds), neutralise(", ".join(json.loads(tags))), ""])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def test_the_csv_is_byte_for_byte_what_a_plain_writer_writes(store, tmp_path, monkeypatch):
    from datetime import timedelta

    org, other = _fill(store)
    first = datetime(2025, 3, 29, 22, 10, 5, tzinfo=UTC)  # across a daylight-saving change
    for n in range(40):
        start = first + timedelta(hours=5 * n, minutes=7 * n, seconds=n)
        time_entries.add(store, (org if n % 3 else other).id, start=start,
                         end=start + timedelta(minutes=20 + n), now=NOW,
                         note=["Line one\nline two", "-minus first", "Café, \"quoted\"", ""][n % 4],
                         tags=[["a", "b"], [], ["@home"]][n % 3])
    monkeypatch.setattr(time_csv, "CHUNK", 7)  # several chunks
    for zone in (BERLIN, ZoneInfo("America/St_Johns"), UTC):
        path = tmp_path / "time.csv"
        time_csv.export_csv(store, path, zone)
        assert path.read_bytes() == _reference_csv(store, zone), zone


def test_json_instants_are_what_datetime_writes_in_each_zone(store, tmp_path):
    from datetime import timedelta

    from internapp.core.services import time_listing
    from internapp.core.services.time_listing import EntryQuery

    org, _ = _fill(store)
    first = datetime(2025, 3, 29, 22, 10, 5, 250_000, tzinfo=UTC)
    for n in range(20):
        start = first + timedelta(hours=5 * n, minutes=7 * n)
        time_entries.add(store, org.id, start=start, end=start + timedelta(minutes=20), now=NOW)
    records = time_listing.rows(store, time_listing.keys(store, EntryQuery(descending=False)))
    for zone in (BERLIN, ZoneInfo("America/St_Johns"), ZoneInfo("Asia/Kathmandu")):
        path = tmp_path / "time.json"
        time_csv.export_json(store, path, zone)
        entries = json.loads(path.read_text("utf-8"))["entries"]
        assert [(e["start"], e["end"]) for e in entries] == [
            (r.started_at.astimezone(zone).isoformat(),
             r.ended_at and r.ended_at.astimezone(zone).isoformat()) for r in records]
