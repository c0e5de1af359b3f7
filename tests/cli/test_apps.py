import json
import uuid

import pytest

from internapp.cli import run


@pytest.fixture
def data(tmp_path):
    return str(tmp_path / "d")


def _run(capsys, *argv):
    code = run(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _list(capsys, data):
    code, out, _ = _run(capsys, "apps", "list", "--json", "--data-dir", data)
    assert code == 0
    return json.loads(out)


def test_add_move_and_list_with_history(capsys, data):
    code, out, _ = _run(capsys, "apps", "add", "--org", "Acme", "--role", "Data intern",
                        "--stage", "Applied", "--source", "Upwork", "--deadline", "2026-12-01",
                        "--url", "https://acme.org/jobs/1", "--data-dir", data)
    assert code == 0
    new_id = uuid.UUID(out.strip())
    code, out, _ = _run(capsys, "apps", "move", new_id.hex[:8], "rejected", "--reason",
                        "Position filled", "--data-dir", data)
    assert code == 0 and "moved to Rejected" in out
    [item] = _list(capsys, data)
    assert {k: item[k] for k in ("id", "organization", "role", "stage", "source", "deadline")} == {
        "id": str(new_id), "organization": "Acme", "role": "Data intern", "stage": "Rejected",
        "source": "Upwork", "deadline": "2026-12-01"}
    assert [h["stage"] for h in item["history"]] == ["Applied", "Rejected"]
    assert item["history"][1]["note"] == "Position filled"
    assert all("at" in h for h in item["history"])


def test_accept_prints_the_engagement(capsys, data):
    _, out, _ = _run(capsys, "apps", "add", "--org", "Acme", "--role", "Sprint", "--data-dir",
                     data)
    code, out, _ = _run(capsys, "apps", "accept", out.strip(), "--data-dir", data)
    assert code == 0
    [item] = _list(capsys, data)
    assert item["stage"] == "Accepted" and item["engagement_id"] == out.strip()


@pytest.mark.parametrize(("argv", "field"), [
    (["add", "--org", "Acme", "--role", "X", "--stage", "Dreaming"], "stage"),
    (["add", "--org", "Acme", "--role", "  "], "role"),
    (["add", "--org", "", "--role", "X"], "organization"),
    (["add", "--org", "Acme", "--role", "X", "--deadline", "next friday"], "deadline"),
    (["add", "--org", "acme", "--role", "first", "--url", "https://acme.org/1"], "role"),
])
def test_bad_input_names_the_field_exits_non_zero_and_writes_nothing(capsys, data, argv, field):
    _run(capsys, "apps", "add", "--org", "Acme", "--role", "First", "--url",
         "https://acme.org/1", "--data-dir", data)
    before = _list(capsys, data)
    code, out, err = _run(capsys, "apps", *argv, "--data-dir", data)
    assert code == 1 and out == ""
    assert err.startswith(f"internapp: error: {field}: ")
    assert _list(capsys, data) == before


def test_moving_to_an_unknown_stage_or_a_missing_id(capsys, data):
    _, out, _ = _run(capsys, "apps", "add", "--org", "Acme", "--role", "X", "--data-dir", data)
    code, _, err = _run(capsys, "apps", "move", out.strip(), "Nowhere", "--data-dir", data)
    assert code == 1 and "stage: 'Nowhere' is not a stage" in err
    code, _, err = _run(capsys, "apps", "move", "0000000000", "Applied", "--data-dir", data)
    assert code == 1 and err.startswith("internapp: error: id: no application matches")
    assert [h["stage"] for h in _list(capsys, data)[0]["history"]] == ["Saved"]


def test_export_and_import_csv_round_trip(capsys, data, tmp_path):
    for org in ("Acme", "Beta"):
        _run(capsys, "apps", "add", "--org", org, "--role", "Intern", "--stage", "Applied",
             "--data-dir", data)
    exported = tmp_path / "apps.csv"
    code, out, _ = _run(capsys, "export", "applications-csv", str(exported), "--data-dir", data)
    assert code == 0 and "exported 2 applications" in out
    other = str(tmp_path / "other")
    code, out, _ = _run(capsys, "import", "applications-csv", str(exported), "--dry-run",
                        "--json", "--data-dir", other)
    report = json.loads(out)
    assert code == 0 and report["dry_run"] and report["created"]["applications"] == 2
    assert _list(capsys, other) == []
    code, out, _ = _run(capsys, "import", "applications-csv", str(exported), "--data-dir", other)
    assert code == 0 and "created 2 applications" in out

    def strip(items):
        return sorted((i["organization"], i["stage"], tuple((h["stage"], h["at"])
                                                          for h in i["history"])) for i in items)

    assert strip(_list(capsys, other)) == strip(_list(capsys, data))


def test_import_reports_rejected_rows_with_exit_3(capsys, data, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("Company,Role,Stage\nAcme,Intern,Applied\nBeta,,Applied\nGamma,X,Limbo\n")
    code, out, _ = _run(capsys, "import", "applications-csv", str(source), "--data-dir", data)
    assert code == 3
    assert "row 3: role: is required" in out and "row 4: stage:" in out
    assert [i["organization"] for i in _list(capsys, data)] == ["Acme"]


def test_json_export_and_import(capsys, data, tmp_path):
    _run(capsys, "apps", "add", "--org", "Acme", "--role", "Intern", "--data-dir", data)
    exported = tmp_path / "apps.json"
    assert _run(capsys, "export", "applications-json", str(exported), "--data-dir", data)[0] == 0
    other = str(tmp_path / "other")
    assert _run(capsys, "import", "applications-json", str(exported), "--data-dir", other)[0] == 0
    assert [i["role"] for i in _list(capsys, other)] == ["Intern"]
