import io
import json
from pathlib import Path

import keyring
import pytest

from internapp.cli import run
from internapp.core.services import applications

FIXTURES = Path(__file__).parents[1] / "core" / "calendar" / "fixtures"


def _run(capsys, monkeypatch, *argv, stdin=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = run(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_setup_publish_change_republish_with_the_real_keyring(store, paths, radicale,
                                                               secret_service, tmp_path,
                                                               monkeypatch, capsys):
    from keyring.backends import SecretService

    keyring.set_keyring(SecretService.Keyring())
    url = radicale.new_calendar("cli")
    app = applications.create(store, organization="Acme", role="Analyst", deadline="2026-12-01")
    code, out, err = _run(capsys, monkeypatch, "calendar", "setup", url, "--user", radicale.user,
                          "--password-stdin", stdin=radicale.password + "\n")
    assert code == 0, err
    assert "password kept in the system keyring" in out
    code, out, err = _run(capsys, monkeypatch, "calendar", "publish", "--json")
    assert code == 0, err
    assert json.loads(out) | {"refused": []} == {"created": 1, "updated": 0, "deleted": 0,
                                                 "unchanged": 0, "refused": []}
    applications.update(store, app.id, deadline="2026-12-05")
    assert json.loads(_run(capsys, monkeypatch, "calendar", "publish", "--json")[1])["updated"] == 1
    again = json.loads(_run(capsys, monkeypatch, "calendar", "publish", "--json")[1])
    assert (again["created"], again["updated"], again["deleted"]) == (0, 0, 0)
    assert set(radicale.events(url)) == {f"deadline-{app.id}@internapp"}
    # the password is in no file: not the data folder, not the keyring's own files in clear
    store.close()
    secret = radicale.password.encode()
    holding = [p for p in tmp_path.rglob("*") if p.is_file() and secret in p.read_bytes()]
    assert holding == []


def test_a_wrong_password_or_a_wrong_url_changes_nothing(store, radicale, memory_keyring,
                                                         monkeypatch, capsys):
    url = radicale.new_calendar("refused")
    code, _, err = _run(capsys, monkeypatch, "calendar", "setup", url, "--user", radicale.user,
                        "--password-stdin", stdin="wrong\n")
    assert code == 1 and "refused user 'ana' with this password" in err
    assert "nothing was changed" in err and "wrong" not in err.replace("wrong password", "")
    code, _, err = _run(capsys, monkeypatch, "calendar", "setup", radicale.url, "--user",
                        radicale.user, "--password-stdin", stdin=radicale.password + "\n")
    assert code == 1 and "is not a calendar collection" in err
    assert memory_keyring.values == {}
    code, _, err = _run(capsys, monkeypatch, "calendar", "publish")
    assert code == 1 and "nothing is set up" in err


def test_publish_without_a_kept_password_asks_for_one(store, radicale, monkeypatch, capsys):
    url = radicale.new_calendar("nopw")
    assert _run(capsys, monkeypatch, "calendar", "setup", url, "--user", radicale.user)[0] == 0
    code, _, err = _run(capsys, monkeypatch, "calendar", "publish")
    assert code == 1 and "no password is kept" in err
    code, out, err = _run(capsys, monkeypatch, "calendar", "publish", "--password-stdin",
                          stdin=radicale.password + "\n")
    assert code == 0, err
    assert "0 created, 0 updated, 0 deleted, 0 unchanged" in out


def test_the_subscribable_file_is_written_whole_and_kept(store, tmp_path, monkeypatch, capsys):
    folder = tmp_path / "Sync"
    folder.mkdir()
    applications.create(store, organization="Acme", role="Analyst", deadline="2026-12-01")
    code, out, _ = _run(capsys, monkeypatch, "calendar", "feed", str(folder))
    assert code == 0 and "internapp.ics" in out
    first = (folder / "internapp.ics").read_bytes()
    assert b"Deadline: Analyst (Acme)" in first
    assert _run(capsys, monkeypatch, "calendar", "publish")[0] == 0  # no CalDAV: the file only
    assert (folder / "internapp.ics").read_bytes() == first  # unchanged data, unchanged bytes
    assert [p.name for p in folder.iterdir()] == ["internapp.ics"]
    code, _, err = _run(capsys, monkeypatch, "calendar", "feed", str(tmp_path / "missing"))
    assert code == 1 and "folder: " in err


def test_import_an_invitation_with_and_without_the_application(store, monkeypatch, capsys):
    kestrel = applications.create(store, organization="Kestrel Fintech", role="Data sprint")
    applications.create(store, organization="Kestrel Fintech", role="Dashboard QA")
    invitation = str(FIXTURES / "outlook-windows-zone.ics")
    code, _, err = _run(capsys, monkeypatch, "import", "ics", invitation)
    assert code == 1 and "may belong to 2 applications" in err and "Data sprint" in err
    code, out, _ = _run(capsys, monkeypatch, "import", "ics", invitation, "--application",
                        kestrel.id.hex[:8], "--dry-run")
    assert code == 0 and "would create 1 interviews" in out
    code, out, _ = _run(capsys, monkeypatch, "import", "ics", invitation, "--application",
                        kestrel.id.hex[:8], "--json")
    assert code == 0 and json.loads(out)["created"] == {"interviews": 1}
    code, out, _ = _run(capsys, monkeypatch, "import", "ics", invitation)  # known by its UID now
    assert code == 0 and "1 already present" in out
    code, out, _ = _run(capsys, monkeypatch, "import", "ics", str(FIXTURES / "floating.ics"))
    assert code == 1 and "floating time" in out


@pytest.mark.parametrize("argv", [["calendar", "publish", "--password-stdin"]])
def test_an_empty_password_on_stdin_is_refused(store, monkeypatch, capsys, argv):
    code, _, err = _run(capsys, monkeypatch, *argv, stdin="\n")
    assert code == 1 and "empty password" in err
