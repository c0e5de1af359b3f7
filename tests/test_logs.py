import stat

from internapp.cli import run
from internapp.logs import describe, log_error, log_file


def test_an_error_is_logged_by_type_and_place_without_its_message(paths):
    try:
        raise ValueError("Jane Doe's private note")
    except ValueError as error:
        path = log_error(paths, error, "test")
    text = path.read_text()
    assert "builtins.ValueError" in text and "test_logs.py" in text
    assert "Jane Doe" not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_describe_names_the_cause():
    try:
        try:
            raise KeyError("secret")
        except KeyError as inner:
            raise RuntimeError("secret too") from inner
    except RuntimeError as error:
        text = describe(error)
    assert "caused by builtins.KeyError" in text and "secret" not in text


def test_an_unexpected_error_in_a_command_is_one_line_and_logged(paths, capsys, monkeypatch):
    from internapp.cli import system

    def broken(args):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(system, "check_store", broken)
    monkeypatch.delenv("INTERNAPP_DEBUG", raising=False)
    assert run(["check"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ZeroDivisionError" in err and "Traceback" not in err
    assert "ZeroDivisionError" in log_file(paths).read_text()
