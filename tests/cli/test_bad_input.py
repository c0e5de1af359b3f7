"""Input that crashed instead of being refused: a URL with "[", dates far outside the calendar,
argument bytes that are not UTF-8. Each is one line naming the field, exit 1, nothing written."""

import os
import subprocess
import sys

import pytest

from internapp.cli import run


def _one_line(err: str, field: str) -> bool:
    return (err.count("\n") == 1 and err.startswith(f"internapp: error: {field}")
            and "Traceback" not in err)


@pytest.mark.parametrize("url", ["http://[oops", "https://example.com]/x", "[::1", "http://[::1"])
def test_a_url_with_a_bracket_is_refused_naming_the_field(paths, capsys, url):
    code = run(["apps", "add", "--org", "Acme", "--role", "Intern", "--url", url])
    err = capsys.readouterr().err
    assert code == 1 and _one_line(err, "url"), err


@pytest.mark.parametrize(("args", "field"), [
    (["report", "--to", "9999-12-31"], "to"),
    (["report", "--from", "0001-01-01"], "from"),
    (["log", "list", "--to", "9999-12-31"], "to"),
    (["export", "time-csv", "OUT", "--to", "9999-12-31"], "to"),
    (["log", "add", "Work", "--start", "10000000000 min ago", "--duration", "1h"], "start"),
    (["log", "add", "Work", "--start", "9999-12-31T23:00", "--duration", "2h"], "start"),
    (["log", "add", "Work", "--start", "1:00", "--duration", "10000000000h"], "duration"),
    (["timer", "start", "Work", "--at", "10000000000 min ago"], "start"),
    (["apps", "add", "--org", "Acme", "--role", "Intern", "--deadline", "9999-12-31"],
     "deadline"),
])
def test_dates_far_outside_the_calendar_are_refused(paths, capsys, tmp_path, args, field):
    args = [str(tmp_path / "out.csv") if a == "OUT" else a for a in args]
    code = run(args)
    err = capsys.readouterr().err
    assert code == 1 and _one_line(err, field), err
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.skipif(os.name != "posix", reason="argument bytes are text on Windows")
@pytest.mark.parametrize(("args", "field"), [
    ([b"contacts", b"add", b"--name", b"Ren\xe9e"], "--name"),
    ([b"log", b"add", b"Caf\xe9 work", b"--start", b"1:00", b"--duration", b"1h"], "engagement"),
    ([b"apps", b"add", b"--org", b"\xff\xfe", b"--role", b"Intern"], "--org"),
])
def test_argument_bytes_that_are_not_utf8_are_refused_naming_the_field(tmp_path, args, field):
    env = {**os.environ, "INTERNAPP_DATA_DIR": str(tmp_path / "d"), "LC_ALL": "C.UTF-8"}
    env.pop("INTERNAPP_DEBUG", None)
    result = subprocess.run([sys.executable.encode(), b"-m", b"internapp", *args],
                            capture_output=True, env=env, timeout=120)
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 1, err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert field in err and "UTF-8" in err, err
