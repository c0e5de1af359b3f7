import json

import pytest

from internapp.core.interchange import applications_json
from internapp.core.services import applications, stages
from internapp.core.services.errors import ValidationError
from internapp.core.store import open_store


@pytest.fixture
def empty_store(tmp_path):
    opened = open_store(tmp_path / "other" / "s.sqlite3", backups_dir=tmp_path / "b")
    yield opened
    opened.close()


def _snapshot(store):
    histories = applications.histories(store)
    return sorted((r.organization, r.role, r.stage, r.source, r.deadline, tuple(r.tags),
                   tuple((h.stage, h.at, h.note) for h in histories[r.id]))
                  for r in applications.list_rows(store))


def test_round_trip_with_user_stages_and_renamed_ones(demo_store, empty_store, tmp_path):
    take_home = stages.create(demo_store, "Take-home task")
    stages.rename(demo_store, next(s.id for s in stages.list_stages(demo_store)
                                   if s.role == "saved"), "Ideas")
    moved = applications.list_rows(demo_store)[0]
    applications.move(demo_store, moved.id, take_home.name)
    path = tmp_path / "apps.json"
    assert applications_json.export_file(demo_store, path) == 14
    document = json.loads(path.read_text("utf-8"))
    assert document["format"] == "internapp-applications"
    report = applications_json.import_file(empty_store, path, dry_run=False)
    assert report.rejected == [] and report.created["stages"] == 1
    assert "Take-home task" in [s.name for s in stages.list_stages(empty_store)]
    ours = {row[:2]: row for row in _snapshot(empty_store)}
    theirs = {row[:2]: row for row in _snapshot(demo_store)}
    for key, row in theirs.items():  # the empty store's Saved stage keeps its own name
        rename = {"Ideas": "Saved"}
        assert ours[key][2] == rename.get(row[2], row[2])
        assert [h[0] for h in ours[key][6]] == [rename.get(h[0], h[0]) for h in row[6]]
        assert [h[1:] for h in ours[key][6]] == [h[1:] for h in row[6]]


def test_a_bare_list_like_apps_list_json(store, tmp_path):
    path = tmp_path / "list.json"
    path.write_text(json.dumps([
        {"organization": "Acme", "role": "Intern", "stage": "Applied", "deadline": "2026-05-01",
         "history": [{"stage": "Saved", "at": "2026-03-01T10:00:00+00:00"},
                     {"stage": "Applied", "at": "2026-03-02T10:00:00+00:00"}]},
        {"organization": "Beta", "role": 42},
        "nonsense",
        {"organization": "Gamma", "role": "X", "history": [{"stage": "Saved"}]},
    ]))
    report = applications_json.import_file(store, path, dry_run=False)
    assert [(r.row, r.field) for r in report.rejected] == [(1, "role"), (2, None),
                                                           (3, "history")]
    [row] = applications.list_rows(store)
    assert [h.stage for h in applications.history(store, row.id)] == ["Saved", "Applied"]


@pytest.mark.parametrize(("text", "reason"), [
    ("{not json", "is not JSON"),
    ('{"format": "something-else"}', "not an applications export"),
    ('{"format": "internapp-applications", "version": 99}', "newer internapp"),
    ('{"format": "internapp-applications", "version": 1}', "no list"),
])
def test_files_that_are_not_an_export(store, tmp_path, text, reason):
    path = tmp_path / "x.json"
    path.write_text(text)
    with pytest.raises(ValidationError, match=reason):
        applications_json.import_file(store, path, dry_run=False)
    assert applications.list_rows(store) == []
