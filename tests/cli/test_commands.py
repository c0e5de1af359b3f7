"""Only the module of the command given is imported and registered; the table that says which
module has which command stays true."""

import argparse
import importlib
import subprocess
import sys

import pytest

from internapp.cli import COMMAND_MODULES, COMMANDS, command_in


def test_the_command_table_names_the_module_that_registers_each_command():
    registered = {}
    for name in COMMAND_MODULES:
        subparsers = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(name).register(subparsers)
        registered.update(dict.fromkeys(subparsers.choices, name))
    assert registered == COMMANDS


def test_the_command_is_found_past_the_top_level_options():
    assert command_in(["--data-dir", "/tmp/x", "timer", "status"]) == "timer"
    assert command_in(["--theme=dark"]) is None  # the window
    assert command_in(["--open", "applications:1b2c", "--lang", "de"]) is None
    assert command_in(["--help"]) == ""  # every command
    assert command_in(["--version"]) is None


def test_parsing_one_command_imports_only_its_module():
    code = ("import sys\nfrom internapp.cli import build_parser\n"
            "build_parser('timer').parse_args(['timer', 'status'])\n"
            "print(sorted(m for m in sys.modules if m.startswith('internapp.cli.')))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "['internapp.cli.common', 'internapp.cli.time']"


def test_an_unknown_command_is_refused_with_every_command_listed(capsys):
    from internapp.cli import run

    with pytest.raises(SystemExit) as end:
        run(["no-such-command"])
    assert end.value.code == 2
    assert "timer" in capsys.readouterr().err
