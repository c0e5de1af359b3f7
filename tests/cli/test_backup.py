import json

from internapp.cli import run
from internapp.core.store.catalog import catalog


def test_backup_now_list_restore_and_prune(faults, capsys):
    data = str(faults.paths.data_dir)
    assert run(["backup", "now", "--json", "--data-dir", data]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["label"] == "manual" and made["verified"] is True
    assert made["counts"]["applications"] == 14

    assert run(["backup", "list", "--json", "--verify", "--data-dir", data]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["id"] for b in listed] == [b.id for b in catalog(faults.paths.backups_dir)]
    assert listed[0]["id"] == made["id"] and all(b["verified"] for b in listed)
    assert set(listed[0]) >= {"id", "path", "created_at", "label", "size_bytes", "counts"}

    assert run(["contacts", "add", "--name", "Added after", "--data-dir", data]) == 0
    capsys.readouterr()
    assert run(["backup", "restore", made["id"], "--data-dir", data]) == 0
    out = capsys.readouterr().out
    assert "backed up the current data file first" in out and made["id"] in out
    assert run(["contacts", "list", "--json", "--data-dir", data]) == 0
    assert "Added after" not in capsys.readouterr().out

    assert run(["backup", "prune", "--data-dir", data]) == 0
    assert "deleted 0 backups" in capsys.readouterr().out  # all from today: kept


def test_restore_of_an_unknown_or_ambiguous_id_says_so(faults, capsys):
    data = str(faults.paths.data_dir)
    assert run(["backup", "restore", "1999", "--data-dir", data]) == 1
    assert "no backup '1999'" in capsys.readouterr().err
    assert run(["backup", "now", "--data-dir", data]) == 0
    capsys.readouterr()
    assert run(["backup", "restore", "2", "--data-dir", data]) == 1
    assert "names 2 backups" in capsys.readouterr().err


def test_a_damaged_store_is_restored_from_the_newest_verified_backup(faults, capsys):
    paths = faults.damage("missing-table")
    assert run(["today", "--data-dir", str(paths.data_dir)]) == 1
    err = capsys.readouterr().err
    assert "backup restore" in err
    assert run(["backup", "restore", "newest", "--data-dir", str(paths.data_dir)]) == 0
    assert "kept the damaged data file aside" in capsys.readouterr().out
    assert run(["check", "--data-dir", str(paths.data_dir)]) == 0
