"""Start-up: parse the arguments; with no command open the window, otherwise run the CLI command.

Heavy imports (Qt, SQLAlchemy, matplotlib) happen only on the path that needs them.
"""

import sys


def main(argv: list[str] | None = None) -> int:
    from internapp.cli import run

    return run(sys.argv[1:] if argv is None else argv)
