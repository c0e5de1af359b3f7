"""What every command shares: --data-dir, opening the store, JSON output, error messages."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the hot commands are read without argparse (cli/quick.py)
    import argparse


def add_data_dir(parser: argparse.ArgumentParser, top_level: bool = False) -> None:
    import argparse

    parser.add_argument(
        "--data-dir", metavar="DIR",
        # on subcommands SUPPRESS keeps a value given before the command from being overwritten
        default=None if top_level else argparse.SUPPRESS,
        help="keep all data under DIR instead of the user data dir (or set INTERNAPP_DATA_DIR)",
    )


def add_command(subparsers, name: str, handler, help: str, **kwargs) -> argparse.ArgumentParser:
    """A subcommand with --data-dir, dispatching to ``handler(args) -> exit code``."""
    parser = subparsers.add_parser(name, help=help, description=help, **kwargs)
    add_data_dir(parser)
    parser.set_defaults(handler=handler)
    return parser


@contextmanager
def cli_context(args: argparse.Namespace) -> Iterator[Any]:
    """The AppContext for a command: paths from --data-dir, the store opened, closed after."""
    from internapp.context import open_context
    from internapp.paths import resolve_paths

    context = open_context(resolve_paths(getattr(args, "data_dir", None)), origin="cli")
    for note in context.store.opening_notes:
        print(f"internapp: note: {note}", file=sys.stderr)
    try:
        yield context
    finally:
        context.close()


def json_default(value: Any) -> Any:
    import uuid
    from dataclasses import asdict, is_dataclass
    from datetime import date, datetime
    from pathlib import Path

    if isinstance(value, uuid.UUID | Path):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def print_json(value: Any) -> None:
    import json

    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False, default=json_default) + "\n")


def fail(message: str, code: int = 1) -> int:
    print(f"internapp: error: {message}", file=sys.stderr)
    return code


def add_language(parser: argparse.ArgumentParser) -> None:
    """``--lang de``: the window's language and locale (default: the system's)."""
    parser.add_argument("--lang", metavar="LANG",
                        help="language of the window, e.g. de or en (default: the system's); "
                             "dates and numbers follow it")
