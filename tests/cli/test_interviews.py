import json

import pytest

from internapp.cli import run


@pytest.fixture
def data(tmp_path):
    return str(tmp_path / "d")


def _run(capsys, *argv):
    code = run(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _list(capsys, data, *extra):
    code, out, err = _run(capsys, "apps", "interview", "list", "--json", *extra, "--data-dir", data)
    assert code == 0, err
    return json.loads(out)


def test_add_list_edit_cancel(capsys, data):
    _, app_id, _ = _run(capsys, "apps", "add", "--org", "Kestrel", "--role", "Data intern",
                        "--data-dir", data)
    for name in ("Ana Lima", "Bo Chen"):
        _run(capsys, "contacts", "add", "--name", name, "--data-dir", data)
    code, out, err = _run(capsys, "apps", "interview", "add", app_id.strip()[:8], "--at",
                          "2026-03-09T10:00", "--tz", "America/Los_Angeles", "--minutes", "45",
                          "--kind", "video", "--with", "Ana Lima", "--with", "bo chen", "--where",
                          "https://meet.example.org/k", "--data-dir", data)
    assert code == 0, err
    interview_id = out.strip()
    [item] = _list(capsys, data)
    assert item["id"] == interview_id and item["application_id"] == app_id.strip()
    assert (item["at"], item["local"], item["tz"]) == (
        "2026-03-09T17:00:00+00:00", "2026-03-09T10:00:00-07:00", "America/Los_Angeles")
    assert (item["minutes"], item["kind"], item["where"]) == (45, "video",
                                                              "https://meet.example.org/k")
    assert [p["name"] for p in item["with"]] == ["Ana Lima", "Bo Chen"]

    code, out, _ = _run(capsys, "apps", "interview", "edit", interview_id[:8], "--at",
                        "2026-03-10T09:30", "--outcome", "Final round next week", "--data-dir",
                        data)
    assert code == 0 and "Tue 10 Mar 2026 09:30 (America/Los_Angeles)" in out  # keeps its zone
    [item] = _list(capsys, data, app_id.strip())
    assert (item["local"], item["outcome"]) == ("2026-03-10T09:30:00-07:00",
                                                "Final round next week")

    code, out, _ = _run(capsys, "apps", "interview", "cancel", interview_id[:8], "--data-dir",
                        data)
    assert code == 0 and "cancelled" in out
    [item] = _list(capsys, data)
    assert item["cancelled_at"] is not None
    assert _list(capsys, data, "--upcoming") == []
    code, _, err = _run(capsys, "apps", "interview", "cancel", interview_id[:8], "--data-dir", data)
    assert code == 1 and "interview: is already cancelled" in err


def test_bad_input_is_one_line_naming_the_field(capsys, data):
    _, app_id, _ = _run(capsys, "apps", "add", "--org", "Kestrel", "--role", "Intern",
                        "--data-dir", data)
    for argv, message in (
            (["--at", "2026-03-08T02:30", "--tz", "America/New_York"],
             "at: 2026-03-08 02:30 does not exist in America/New_York"),
            (["--at", "tomorrow-ish"], "at: 'tomorrow-ish' is not a date and time"),
            (["--at", "2026-03-09T10:00", "--with", "Nobody"], "contact: no contact matches"),
            (["--at", "2026-03-09T10:00", "--tz", "Pacific Standard"], "tz: 'Pacific Standard'")):
        code, _, err = _run(capsys, "apps", "interview", "add", app_id.strip(), *argv,
                            "--data-dir", data)
        assert code == 1 and err.startswith("internapp: error: ") and message in err, err
    assert _list(capsys, data) == []
