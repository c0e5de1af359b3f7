"""``internapp sync …`` against a real PostgreSQL server: the password on standard input, the
JSON outputs, and a non-zero exit with one clear line on every fault."""

import io
import json
import uuid

import pytest

from internapp.cli import run
from internapp.core.sync import server_schema
from internapp.core.sync.settings import parse_url


@pytest.fixture
def server(postgres):
    name = f"cli_{uuid.uuid4().hex[:10]}"
    postgres.create_database(name)
    role = f"cli_{uuid.uuid4().hex[:8]}"
    postgres.create_student(role, "cli-password")
    yield postgres.url(role, name), name
    postgres.drop_database(name)
    with postgres.admin() as admin:
        admin.execute(f'DROP ROLE "{role}"')


def _run(monkeypatch, args, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return run(args)


def test_setup_now_status_conflicts_forget(server, postgres, tmp_path, monkeypatch, capsys,
                                           memory_keyring):
    url, database = server
    data = str(tmp_path / "d")
    # a shared server is prepared by its administrator
    assert _run(monkeypatch, ["sync", "init-server", postgres.admin_url(database)]) == 0
    assert "internapp_sync_user" in capsys.readouterr().out
    assert _run(monkeypatch, ["contacts", "add", "--name", "Ana", "--data-dir", data]) == 0
    assert _run(monkeypatch, ["sync", "setup", url, "--password-stdin", "--data-dir", data],
                "cli-password\n") == 0
    out = capsys.readouterr().out
    assert "keyring" in out and "cli-password" not in out
    assert _run(monkeypatch, ["sync", "now", "--json", "--data-dir", data]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"pushed", "pulled", "conflicts"} and result["pushed"] > 0
    assert _run(monkeypatch, ["sync", "status", "--json", "--data-dir", data]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["configured"] and status["last_ok"] and status["pending_changes"] == 0
    assert "cli-password" not in json.dumps(status)
    from pathlib import Path

    holding = [p for p in Path(data).rglob("*") if p.is_file() and b"cli-password" in p.read_bytes()]
    assert holding == []  # not the data file, its -wal, config/ui.ini, logs/
    assert _run(monkeypatch, ["sync", "conflicts", "--json", "--data-dir", data]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert _run(monkeypatch, ["sync", "forget", "--data-dir", data]) == 0
    assert "every record kept" in capsys.readouterr().out
    assert memory_keyring.values == {}
    assert _run(monkeypatch, ["contacts", "list", "--json", "--data-dir", data]) == 0
    assert [c["name"] for c in json.loads(capsys.readouterr().out)] == ["Ana"]


def test_faults_exit_non_zero_with_one_line(server, postgres, tmp_path, monkeypatch, capsys):
    url, database = server
    server_schema.prepare_as_admin(parse_url(postgres.admin_url(database)), None)
    data = str(tmp_path / "d")
    assert _run(monkeypatch, ["sync", "now", "--data-dir", data]) == 1
    assert "not set up" in capsys.readouterr().err
    assert _run(monkeypatch, ["sync", "setup", url, "--password-stdin", "--data-dir", data],
                "wrong\n") == 1
    err = capsys.readouterr().err
    assert err.startswith("internapp: error: the server refused the password")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert _run(monkeypatch, ["sync", "setup", "postgresql://x@sync.example.edu/db",
                              "--data-dir", data]) == 1
    assert "--allow-unencrypted" in capsys.readouterr().err
    assert _run(monkeypatch, ["sync", "setup", url + "?sslmode=require", "--password-stdin",
                              "--data-dir", data], "cli-password\n") == 1
    assert "does not accept TLS" in capsys.readouterr().err
