import pytest

from internapp.core.interchange import time_import, watson
from internapp.core.services import engagements, time_entries
from internapp.core.services.errors import ValidationError

from .conftest import NOW


def _preview(store, path):
    return time_import.preview(store, "watson", path, watson.parse(path, "UTC"), tz="UTC",
                               now=NOW)


def test_frames_with_unix_times_and_bad_frames(store, fixture_path):
    plan = _preview(store, fixture_path("watson_frames.json"))
    assert [e.row for e in plan.entries] == [1, 2, 3, 4]
    assert plan.entries[0].external_id == "6f1d3c0a1b2e4f5a8c9d0e1f2a3b4c5d"
    assert plan.entries[0].tags == ("analysis", "data")
    assert {r.row: (r.field, r.reason) for r in plan.rejected} == {
        5: ("end", "Thu 06 Mar 2025 10:00 is before the start Thu 06 Mar 2025 11:00"),
        6: ("start", "'2025-03-07 09:00' is not a Unix time"),
        7: ("project", "is missing"),
        8: ("frame", "is not a list of [start, stop, project, id, tags, updated_at]"),
        9: ("tags", "is not a list of text"),
    }
    # "lumen-interviews" and "Lumen Interviews" are one project
    assert sorted((p.name, p.entries) for p in plan.projects.values()) == [
        ("lumen-interviews", 2), ("northwind-dashboard", 2)]


def test_projects_map_to_existing_engagements_by_name(store, fixture_path):
    existing = engagements.create(store, title="Northwind Dashboard")
    plan = _preview(store, fixture_path("watson_frames.json"))
    mapped = {p.name: p.engagement_id for p in plan.projects.values()}
    assert mapped == {"northwind-dashboard": existing.id, "lumen-interviews": None}


def test_the_preview_can_send_a_project_elsewhere(store, fixture_path):
    target = engagements.create(store, title="Interview synthesis")
    plan = _preview(store, fixture_path("watson_frames.json"))
    plan.map_project("lumen interviews", target.id, target.title)
    report = time_import.commit(store, plan, now=NOW)
    assert report.created == {"time entries": 4, "engagements": 1}
    rows = time_entries.list_recent(store)
    assert sorted({r.engagement for r in rows}) == ["Interview synthesis", "northwind-dashboard"]
    assert time_import.commit(store, _preview(store, fixture_path("watson_frames.json")),
                              now=NOW).duplicates == 4


@pytest.mark.parametrize(("text", "message"), [
    ("", "file: is empty"),
    ("[[1, 2", "file: is not JSON (line 1, column 7"),
    ('{"frames": []}', "file: holds a JSON dict, not Watson frames"),
])
def test_files_that_are_not_frames(tmp_path, text, message):
    path = tmp_path / "frames"
    path.write_text(text, "utf-8")
    with pytest.raises(ValidationError, match=message.replace("(", r"\(")):
        watson.parse(path, "UTC")
