"""The hot commands read without argparse give the Namespace argparse gives, and anything but
their plain forms is left to argparse."""

import pytest

from internapp.cli import build_parser, command_in
from internapp.cli.quick import parse

PLAIN = [
    ["timer", "status"],
    ["timer", "status", "--json"],
    ["--data-dir", "/tmp/d", "timer", "status"],
    ["timer", "status", "--data-dir=/tmp/d"],
    ["--data-dir", "/tmp/a", "timer", "stop", "--data-dir", "/tmp/b", "--at", "20m ago"],
    ["timer", "start", "Sales dashboard"],
    ["timer", "start", "--at=09:15", "Sales", "--note", "kick-off call", "--tag", "a",
     "--tag", "b"],
    ["timer", "start", "X", "--at", "1", "--at", "2"],  # the last one counts
    ["log", "add", "Survey", "--start", "2026-03-02T09:00", "--duration", "1h30m"],
    ["log", "add", "--start", "09:00", "--end", "10:00", "Survey", "--trim", "--note", "",
     "--tag", "x"],
    ["report"],
    ["report", "--by", "week", "--from", "2026-01-01", "--to=2026-01-31", "--json"],
    ["timer", "start", "a=b"],
]
NOT_PLAIN = [
    ["timer", "status", "--help"],
    ["timer", "stat"],
    ["timer", "status", "--js"],  # argparse takes the abbreviation; it says so itself
    ["timer", "start"],  # no engagement
    ["timer", "start", "A", "B"],
    ["timer", "start", "--note", "-x", "A"],
    ["log", "add", "X", "--start", "09:00"],  # neither end nor duration
    ["log", "add", "X", "--start", "09:00", "--end", "10:00", "--duration", "1h"],
    ["report", "--by", "month"],
    ["--theme", "dark", "timer", "status"],
    ["--open", "today", "timer", "status"],
    ["timer", "status", "--data-dir"],
    ["log", "list"],
    ["apps", "list"],
    [],
]


def _argparse(argv):
    return vars(build_parser(command_in(argv)).parse_args(argv))


@pytest.mark.parametrize("argv", PLAIN, ids=" ".join)
def test_plain_forms_read_as_argparse_reads_them(argv):
    assert vars(parse(argv)) == _argparse(argv)


@pytest.mark.parametrize("argv", NOT_PLAIN, ids=" ".join)
def test_anything_else_is_left_to_argparse(argv):
    assert parse(argv) is None
