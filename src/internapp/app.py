"""Start-up: parse the arguments; with no command open the window, otherwise run the CLI command.

Heavy imports (Qt, SQLAlchemy, matplotlib) happen only on the path that needs them.
"""

import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        code = _command(args)
        sys.stdout.flush()  # into a pipe stdout is buffered: a reader gone shows here, not at exit
        return code
    except BrokenPipeError:
        # The reader went away (`internapp apps list --json | head`): stop quietly. Point stdout
        # at devnull so the flush at exit does not raise again (the recipe in Python's docs).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _command(args: list[str]) -> int:
    if args == ["--version"]:  # a whole process in the time Python takes to start
        from internapp.version import app_version

        print(f"internapp {app_version()}")
        return 0
    from internapp.cli import run

    return run(args)
