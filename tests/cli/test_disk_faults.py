"""A full disk and a read-only file or folder: one line saying what happened, nothing half
written, and reads keep working. The mounts need root (the CI machine has it); else skipped."""

import shutil

import pytest

from internapp.app import main

WRITES = {
    "log add": ["log", "add", "Market sizing for EV chargers", "--start", "2026-01-05T09:00",
                "--duration", "1h"],
    "contacts add": ["contacts", "add", "--name", "Ada Lovelace"],
    "backup now": ["backup", "now"],
    "demo --force": ["demo", "--force"],
}
READS = {
    "today": ["today"],
    "report": ["report", "--json"],
    "log list": ["log", "list"],
    "contacts list": ["contacts", "list", "--json"],
    "check": ["check"],
}


def _fill(disk):
    """Fills the disk to the last byte."""
    with (disk / "filler").open("wb", buffering=0) as handle:
        for size in (1 << 20, 4096, 512, 1):
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError:
                pass


def _one_line(err: str) -> bool:
    return err.count("\n") == 1 and err.startswith("internapp: error: ") and "Traceback" not in err


def test_an_export_to_a_full_disk_names_the_folder_and_leaves_no_file(small_disk, faults,
                                                                      capsys):
    disk = small_disk("16k")
    target = disk / "time.json"
    code = main(["export", "time-json", str(target), "--data-dir", str(faults.paths.data_dir)])
    err = capsys.readouterr().err
    assert code == 1 and _one_line(err)
    assert str(disk) in err and "full" in err and "at least" in err
    assert not target.exists() and list(disk.iterdir()) == []


@pytest.mark.parametrize("name", list(WRITES))
def test_a_write_on_a_full_disk_is_one_line_and_loses_nothing(small_disk, demo_template, faults,
                                                              name, capsys):
    disk = small_disk("8m")
    data = disk / "data"
    shutil.copytree(demo_template, data)
    before = faults.counts(data / "internapp.sqlite3")
    _fill(disk)
    code = main([*WRITES[name], "--data-dir", str(data)])
    err = capsys.readouterr().err
    assert code == 1 and _one_line(err), err
    assert "full" in err and str(data) in err
    (disk / "filler").unlink()
    assert faults.counts(data / "internapp.sqlite3") == before
    assert main(["check", "--data-dir", str(data)]) == 0


@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_read_only_store_reads_lists_and_exports_but_refuses_writes(read_only, faults, what,
                                                                      tmp_path, capsys):
    data = faults.paths.data_dir
    read_only(data if what == "folder" else faults.paths.database)
    for name, command in READS.items():
        assert main([*command, "--data-dir", str(data)]) == 0, name
    capsys.readouterr()
    out = tmp_path / "out"
    out.mkdir()
    assert main(["export", "time-csv", str(out / "t.csv"), "--data-dir", str(data)]) == 0
    assert main(["export", "vcard", str(out / "c.vcf"), "--data-dir", str(data)]) == 0
    assert (out / "t.csv").stat().st_size > 0 and (out / "c.vcf").stat().st_size > 0
    capsys.readouterr()
    for name, command in WRITES.items():
        code = main([*command, "--data-dir", str(data)])
        err = capsys.readouterr().err
        if name == "backup now" and what == "file":  # backups/ can still be written
            assert code == 0
            continue
        assert code == 1 and _one_line(err), (name, err)
        assert "read-only" in err, (name, err)
