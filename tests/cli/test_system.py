import json
import sqlite3

from internapp.cli import run
from internapp.core.store.migrate import SCHEMA_VERSION


def test_check_reports_a_healthy_store_as_json(tmp_path, capsys):
    assert run(["check", "--json", "--data-dir", str(tmp_path / "d")]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["integrity"] == "ok"
    assert report["foreign_keys"] == []
    assert report["schema_version"] == SCHEMA_VERSION
    assert report["application_id"] == 0x494E5450


def test_check_fails_on_a_broken_foreign_key(tmp_path, capsys):
    data = tmp_path / "d"
    assert run(["check", "--data-dir", str(data)]) == 0
    with sqlite3.connect(data / "internapp.sqlite3") as raw:
        raw.execute("INSERT INTO milestone (id, created_at, updated_at, engagement_id, title, "
                    "position) VALUES ('aa', '2026-01-01', '2026-01-01', 'gone', 'x', 0)")
    raw.close()
    capsys.readouterr()
    assert run(["check", "--json", "--data-dir", str(data)]) == 1
    assert json.loads(capsys.readouterr().out)["foreign_keys"][0]["table"] == "milestone"


def test_data_dir_before_the_command_is_honoured(tmp_path):
    assert run(["--data-dir", str(tmp_path / "d"), "check"]) == 0
    assert (tmp_path / "d" / "internapp.sqlite3").exists()


def test_data_dir_defaults_to_the_environment(paths):
    assert run(["check"]) == 0
    assert paths.database.exists()


def test_demo_fills_an_empty_store_and_refuses_a_full_one(tmp_path, capsys):
    data = str(tmp_path / "d")
    assert run(["demo", "--data-dir", data]) == 0
    assert "14 applications" in capsys.readouterr().out
    assert run(["demo", "--data-dir", data]) == 1
    assert "already holds records" in capsys.readouterr().err
    assert run(["demo", "--force", "--data-dir", data]) == 0
    out = capsys.readouterr().out
    assert "backed up" in out
    with sqlite3.connect(tmp_path / "d" / "internapp.sqlite3") as raw:
        assert raw.execute("SELECT count(*) FROM application").fetchone() == (14,)
    raw.close()
    assert list((tmp_path / "d" / "backups").glob("*before-demo*"))


def test_smoke_exits_zero(qtbot, tmp_path, capsys):
    assert run(["smoke", "--data-dir", str(tmp_path / "d")]) == 0
    assert "ok" in capsys.readouterr().out


def test_screenshots_writes_one_png_per_screen(qtbot, tmp_path, capsys):
    out = tmp_path / "shots"
    assert run(["screenshots", str(out), "--data-dir", str(tmp_path / "d")]) == 0
    assert len(list(out.glob("*.png"))) == 9


def test_a_newer_store_is_refused_with_both_versions(tmp_path, capsys):
    data = tmp_path / "d"
    assert run(["check", "--data-dir", str(data)]) == 0
    with sqlite3.connect(data / "internapp.sqlite3") as raw:
        raw.execute("PRAGMA user_version = 99")
    raw.close()
    before = (data / "internapp.sqlite3").read_bytes()
    assert run(["check", "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert "schema version 99" in err
    assert f"schema version {SCHEMA_VERSION} at most" in err
    assert (data / "internapp.sqlite3").read_bytes() == before
