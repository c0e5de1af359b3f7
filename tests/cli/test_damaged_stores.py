"""Every damaged-file fixture through `check`, `today` and `smoke`: one line, a non-zero exit
where the store cannot be used, never a traceback, and the file's bytes unchanged."""

import json

import pytest

from internapp.app import main

DAMAGED_KINDS = ("truncated", "random-pages", "header", "foreign-wal", "stale-wal", "directory",
                 "missing-table")


@pytest.mark.parametrize("kind", DAMAGED_KINDS)
def test_check_reports_every_damaged_fixture_as_damaged(faults, kind, capsys):
    paths = faults.damage(kind)
    before = faults.bytes(paths.database)
    code = main(["check", "--json", "--data-dir", str(paths.data_dir)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in err
    report = json.loads(out)
    assert report["damaged"] is True
    assert report["reason"]
    assert report["backups"]["path"].endswith(".sqlite3")
    assert report["backups"]["verified"] is True
    assert faults.bytes(paths.database) == before


@pytest.mark.parametrize("kind", DAMAGED_KINDS)
def test_today_on_a_damaged_fixture_says_what_happened_in_one_line(faults, kind, capsys):
    paths = faults.damage(kind)
    before = faults.bytes(paths.database)
    code = main(["today", "--data-dir", str(paths.data_dir)])
    _, err = capsys.readouterr()
    assert "Traceback" not in err
    if kind in ("foreign-wal", "stale-wal"):  # moved aside: the store itself is fine
        assert code == 0
        assert "moved aside" in err
    elif kind != "random-pages" or code != 0:  # those pages may be ones `today` never reads
        assert code == 1
        assert err.count("\n") == 1 and err.startswith("internapp: error: ")
        assert "damaged" in err and "backup restore" in err
    assert faults.bytes(paths.database) == before


@pytest.mark.parametrize("kind", DAMAGED_KINDS)
def test_smoke_on_a_damaged_fixture_fails_without_a_traceback(faults, kind, capsys, qapp):
    paths = faults.damage(kind)
    before = faults.bytes(paths.database)
    code = main(["smoke", "--data-dir", str(paths.data_dir)])
    _, err = capsys.readouterr()
    assert "Traceback" not in err
    if kind not in ("foreign-wal", "stale-wal"):
        assert code == 1
        assert "damaged" in err
    assert faults.bytes(paths.database) == before
