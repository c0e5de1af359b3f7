"""The contacts commands, run through the real entry point on a real store."""

import json
from pathlib import Path

import pytest

from internapp.cli import run

FIXTURES = Path(__file__).parents[1] / "core" / "interchange" / "fixtures"


@pytest.fixture
def cli(tmp_path, capsys):
    data = str(tmp_path / "data")

    def call(*argv):
        code = run([*argv, "--data-dir", data])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_add_list_interact_and_due(cli):
    code, out, _ = cli("contacts", "add", "--name", "Ana Lima", "--org", "Acme", "--email",
                       "ana@example.org", "--tag", "mentor", "--tag", "alumni", "--every", "14")
    assert code == 0
    ana_id = out.strip()
    cli("contacts", "add", "--name", "Jonas Schmidt", "--title", "Recruiter")
    code, out, _ = cli("contacts", "interact", "ana lima", "--channel", "Coffee", "--summary",
                       "Career chat", "--at", "2026-01-05T10:00+00:00")
    assert code == 0 and "logged coffee with Ana Lima" in out
    code, out, _ = cli("contacts", "list", "--json")
    rows = {r["name"]: r for r in json.loads(out)}
    ana = rows["Ana Lima"]
    assert (ana["id"], ana["organization"], ana["emails"], ana["tags"], ana["linkedin_url"],
            ana["last_contacted"]) == (ana_id, "Acme", ["ana@example.org"], ["mentor", "alumni"],
                                       None, "2026-01-05T10:00:00+00:00")
    assert rows["Jonas Schmidt"]["title"] == "Recruiter"
    assert rows["Jonas Schmidt"]["last_contacted"] is None
    code, out, _ = cli("contacts", "due", "--json")
    [due] = json.loads(out)
    assert (due["name"], due["due_on"], due["cadence_days"]) == ("Ana Lima", "2026-01-19", 14)
    code, out, _ = cli("contacts", "list", "--search", "acme ana")
    assert "Ana Lima" in out and "Jonas" not in out


def test_due_is_oldest_first_and_follows_tag_defaults(cli):
    for name, at in (("Recent", "2026-01-20T09:00Z"), ("Oldest", "2025-10-01T09:00Z")):
        cli("contacts", "add", "--name", name, "--tag", "mentor")
        cli("contacts", "interact", name, "--channel", "email", "--summary", "hi", "--at", at)
    _, out, _ = cli("contacts", "due", "--json")
    assert json.loads(out) == []  # no cadence yet
    assert cli("contacts", "cadence", "mentor", "30")[0] == 0
    _, out, _ = cli("contacts", "due", "--json")
    assert [c["name"] for c in json.loads(out)] == ["Oldest", "Recent"]


def test_bad_input_names_the_field_and_changes_nothing(cli):
    code, _, err = cli("contacts", "add", "--name", "Ana", "--email", "ana@")
    assert code == 1 and "emails: 'ana@' is not an email address" in err
    code, _, err = cli("contacts", "add", "--name", "  ")
    assert code == 1 and "display_name: must not be empty" in err
    cli("contacts", "add", "--name", "Ana Lima")
    cli("contacts", "add", "--name", "Ana Souza")
    code, _, err = cli("contacts", "interact", "Ana", "--channel", "call", "--summary", "x")
    assert code == 1 and "'Ana' matches 2 contacts: Ana Lima id" in err and "Ana Souza id" in err
    code, _, err = cli("contacts", "interact", "Ana Lima", "--channel", "pigeon", "--summary", "x")
    assert code == 1 and "channel: 'pigeon' is not one of" in err
    code, _, err = cli("contacts", "interact", "Ana Lima", "--channel", "call", "--summary", "x",
                       "--at", "tomorrow-ish")
    assert code == 1 and "at: 'tomorrow-ish' is not a date and time" in err
    code, _, err = cli("contacts", "interact", "Nobody", "--channel", "call", "--summary", "x")
    assert code == 1 and "no contact matches 'Nobody'" in err
    code, out, _ = cli("contacts", "list", "--json")
    assert len(json.loads(out)) == 2
    assert all(r["last_contacted"] is None for r in json.loads(out))


def test_import_dry_run_then_import_then_reimport(cli):
    path = str(FIXTURES / "mixed-with-bad-cards.vcf")
    code, out, _ = cli("import", "vcard", path, "--dry-run", "--json")
    report = json.loads(out)
    assert code == 3 and report["dry_run"] and report["created"] == {"contacts": 4}
    assert len(report["rejected"]) == 3 and len(report["left_out"]) == 2
    assert json.loads(cli("contacts", "list", "--json")[1]) == []
    code, out, _ = cli("import", "vcard", path)
    assert code == 3 and "created 4 contacts" in out
    assert "row card 3 (line 13): imported without emails ('jonas.schmidt@' is not" in out
    code, out, _ = cli("import", "linkedin", str(FIXTURES / "Connections.csv"), "--json")
    assert code == 3 and json.loads(out)["created"] == {"contacts": 8}
    code, out, _ = cli("import", "linkedin", str(FIXTURES / "Connections.csv"), "--json")
    assert json.loads(out)["created"] == {"contacts": 0} and json.loads(out)["duplicates"] == 8
    assert len(json.loads(cli("contacts", "list", "--json")[1])) == 12


def test_an_unreadable_file_is_an_error(cli, tmp_path):
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n")
    code, _, err = cli("import", "linkedin", str(other))
    assert code == 1 and "has no LinkedIn header line" in err
    code, _, err = cli("import", "vcard", str(tmp_path / "missing.vcf"))
    assert code == 1 and "does not exist" in err


def test_export_vcard_round_trips_through_import(cli, tmp_path):
    cli("contacts", "add", "--name", "مريم الحسيني", "--email", "maryam@example.org")
    cli("contacts", "add", "--name", "Zoë 🚀 Ng")
    out_file = tmp_path / "all.vcf"
    code, out, _ = cli("export", "vcard", str(out_file))
    assert code == 0 and "exported 2 contacts" in out
    code, out, _ = cli("import", "vcard", str(out_file), "--json")
    assert code == 0 and json.loads(out)["duplicates"] == 2


def test_delete_export_duplicates_and_merge(cli, tmp_path):
    cli("contacts", "add", "--name", "Ana Lima", "--email", "ana@example.org")
    cli("contacts", "add", "--name", "A. Lima", "--email", "ANA@example.org", "--tag", "mentor")
    code, out, _ = cli("contacts", "duplicates", "--json")
    [pair] = json.loads(out)
    assert pair["reasons"] == ["same email ana@example.org"]
    code, out, _ = cli("contacts", "merge", "Ana Lima", "A. Lima")
    assert code == 0
    [row] = json.loads(cli("contacts", "list", "--json")[1])
    assert (row["name"], row["tags"]) == ("Ana Lima", ["mentor"])
    code, out, _ = cli("contacts", "export", "Ana Lima", str(tmp_path / "ana"))
    assert code == 0 and (tmp_path / "ana" / "Ana Lima.json").exists()
    code, out, _ = cli("contacts", "delete", "Ana Lima")
    assert code == 0 and json.loads(cli("contacts", "list", "--json")[1]) == []
