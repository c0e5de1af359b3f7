"""``internapp import FORMAT FILE [--dry-run] [--json]``: the shared shape of every import command.

An importer module registers its format with ``add_import_command``, giving a runner
``(store, path, dry_run) -> ImportReport``. The runner previews, and unless ``dry_run`` writes
exactly what it previewed in one transaction. Exit codes: 0 all rows read, 3 some rows were
rejected (the rest imported, or previewed), 1 the file could not be imported at all.
"""

import argparse
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from internapp.cli.common import add_command, cli_context, fail, print_json

if TYPE_CHECKING:
    from internapp.core.interchange.report import ImportReport

EXIT_REJECTED_ROWS = 3


def add_import_command(import_formats, name: str, help: str,
                       runner: Callable[..., object] | str) -> argparse.ArgumentParser:
    """``runner`` is the function, or "package.module:function" to import it only when the
    command runs — every command builds the whole parser, so registering must stay cheap."""

    def handle(args: argparse.Namespace) -> int:
        if not args.file.is_file():
            return fail(f"file: {args.file} does not exist or is not a file")
        run = _resolve(runner)
        with cli_context(args) as context:
            report = cast("ImportReport", run(context.store, args.file, args.dry_run))
        if args.json:
            print_json(report.to_dict())
        else:
            for line in report.lines():
                print(line)
        return EXIT_REJECTED_ROWS if report.rejected else 0

    parser = add_command(import_formats, name, handle, help)
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument("--dry-run", action="store_true",
                        help="show what would be imported and change nothing")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def _resolve(runner: Callable[..., object] | str) -> Callable[..., object]:
    if callable(runner):
        return runner
    module, _, function = runner.partition(":")
    return getattr(importlib.import_module(module), function)
