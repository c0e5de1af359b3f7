import json
import subprocess
import sys
from pathlib import Path

import pytest

from internapp.cli import run

FIXTURES = Path(__file__).parents[1] / "core" / "interchange" / "fixtures"


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    data = str(tmp_path / "data")

    def call(*argv):
        code = run([*argv, "--data-dir", data])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return call


def test_timer_start_creates_the_engagement_and_survives_a_restart(cli):
    code, out, _ = cli("timer", "start", "Sales dashboard", "--at", "20m ago", "--note",
                       "charts", "--tag", "analysis")
    assert code == 0
    assert out.splitlines()[0] == "created engagement 'Sales dashboard'"
    code, out, _ = cli("timer", "status", "--json")  # a new process would see the same
    status = json.loads(out)
    assert (status["running"], status["engagement"], status["note"], status["tags"]) == (
        True, "Sales dashboard", "charts", ["analysis"])
    assert 1190 <= status["elapsed_seconds"] <= 1300
    code, out, _ = cli("timer", "start", "Survey", "--at", "5m ago")
    assert "stopped the timer on 'Sales dashboard' after 15 min" in out
    code, out, _ = cli("timer", "stop", "--at", "1m ago")
    assert code == 0 and out.startswith("stopped 'Survey': ") and out.rstrip().endswith("(4 min)")
    assert json.loads(cli("timer", "status", "--json")[1]) == {"running": False}


def test_timer_errors_name_the_problem(cli):
    assert cli("timer", "stop") == (1, "", "internapp: error: timer: is not running\n")
    code, _, err = cli("timer", "start", "X", "--at", "tomorrow-ish")
    assert code == 1 and err.startswith("internapp: error: start: 'tomorrow-ish' is not a date")


def test_log_add_list_and_report(cli):
    code, out, _ = cli("log", "add", "Survey", "--start", "2026-03-02T09:00", "--end",
                       "2026-03-02T10:30", "--note", "coding, round 2", "--tag", "writing")
    assert code == 0
    assert out.splitlines() == ["created engagement 'Survey'",
                                "logged 1 h 30 min on 'Survey': Mon 02 Mar 2026 09:00–10:30"]
    cli("log", "add", "Dashboard", "--start", "2026-03-09T09:00", "--duration", "45m")
    code, _, err = cli("log", "add", "Survey", "--start", "2026-03-02T10:00", "--duration", "1h")
    assert code == 1 and "start: overlaps the entry on 'Survey'" in err and "trim" in err
    code, out, _ = cli("log", "add", "Survey", "--start", "2026-03-02T10:00", "--duration", "1h",
                       "--trim")
    assert code == 0 and "30 min" in out

    entries = json.loads(cli("log", "list", "--from", "2026-03-02", "--to", "2026-03-02",
                             "--json")[1])
    assert [(e["engagement"], e["seconds"], e["note"]) for e in entries] == [
        ("Survey", 5400, "coding, round 2"), ("Survey", 1800, "")]

    report = json.loads(cli("report", "--by", "engagement", "--json")[1])
    assert [(r["engagement"], r["seconds"]) for r in report] == [("Survey", 7200),
                                                                 ("Dashboard", 2700)]
    assert all(isinstance(r["seconds"], int) for r in report)
    weeks = json.loads(cli("report", "--by", "week", "--json")[1])
    assert [(w["week"], w["seconds"]) for w in weeks] == [("2026-W10", 7200), ("2026-W11", 2700)]
    tags = json.loads(cli("report", "--by", "tag", "--from", "2026-03-02", "--json")[1])
    assert [(t["tag"], t["seconds"]) for t in tags] == [("writing", 5400), (None, 1800 + 2700)]
    out = cli("report")[1]
    assert out.splitlines()[-1].split() == ["total", "2", "h", "45", "min"]
    code, _, err = cli("report", "--from", "2026-03-09", "--to", "2026-03-01")
    assert code == 1 and "to: 2026-03-01 is before --from 2026-03-09" in err


def test_an_empty_or_missing_store_reports_nothing(cli):
    assert cli("report", "--json") == (0, "[]\n", "")
    assert cli("report")[1] == "no time logged in that period\n"


@pytest.mark.parametrize(("fmt", "name", "created", "rejected"), [
    ("toggl", "toggl_detailed.csv", 8, 7),
    ("clockify", "clockify_detailed.csv", 4, 4),
    ("watson", "watson_frames.json", 4, 5),
    ("timewarrior", "timewarrior_export.json", 5, 3),
])
def test_imports_dry_run_then_real_then_again(cli, fmt, name, created, rejected):
    path = str(FIXTURES / name)
    code, out, _ = cli("import", fmt, path, "--dry-run", "--json")
    dry = json.loads(out)
    assert code == 3  # some rows were rejected
    assert (dry["dry_run"], dry["created"]["time entries"], len(dry["rejected"])) == (
        True, created, rejected)
    assert json.loads(cli("log", "list", "--json")[1]) == []
    code, out, _ = cli("import", fmt, path)
    assert f"created {created} time entries" in out and "engagement" in out
    again = json.loads(cli("import", fmt, path, "--json")[1])
    assert (again["created"]["time entries"], again["duplicates"]) == (0, created)
    assert len(json.loads(cli("log", "list", "--json")[1])) == created


def test_a_file_that_cannot_be_read_imports_nothing(cli, tmp_path):
    bad = tmp_path / "frames"
    bad.write_text("{not json", "utf-8")
    code, _, err = cli("import", "watson", str(bad))
    assert code == 1 and "file: is not JSON" in err


def test_export_time_csv_and_json(cli, tmp_path):
    cli("log", "add", "Survey", "--start", "2026-03-02T09:00", "--duration", "1h30m")
    code, out, _ = cli("export", "time-csv", str(tmp_path / "t.csv"))
    assert code == 0 and out == f"exported 1 time entries to {tmp_path / 't.csv'}\n"
    lines = (tmp_path / "t.csv").read_text("utf-8-sig").splitlines()
    assert lines[1] == ",,,Survey,,,,2026-03-02,09:00:00,2026-03-02,10:30:00,01:30:00,,"
    cli("export", "time-json", str(tmp_path / "t.json"))
    assert json.loads((tmp_path / "t.json").read_text())["totals"][0]["seconds"] == 5400


def test_report_loads_neither_sqlalchemy_nor_qt(tmp_path):
    """`internapp report` reads the file with sqlite3 (a lean whole process)."""
    data = tmp_path / "data"
    run(["log", "add", "X", "--start", "2026-03-02T09:00", "--duration", "1h", "--data-dir",
         str(data)])
    code = ("import sys\nfrom internapp.cli import run\n"
            f"code = run(['report', '--json', '--data-dir', {str(data)!r}])\n"
            "heavy = {'sqlalchemy', 'sqlmodel', 'alembic', 'PySide6', 'matplotlib'}\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & heavy), code)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.splitlines()[-1] == "[] 0"
