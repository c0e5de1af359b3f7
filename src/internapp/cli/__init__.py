"""The command line, on the same entry point as the window: ``internapp`` alone opens the window,
``internapp COMMAND ...`` runs a command over the same services.

Each module in COMMAND_MODULES exposes ``register(subparsers)`` for its own commands; it may also
expose ``register_imports(import_subparsers)`` and ``register_exports(export_subparsers)`` to add
formats to ``internapp import FORMAT FILE`` and ``internapp export FORMAT FILE``. Handlers take the
parsed arguments and return the exit code; they import what they need when they run.
"""

import argparse
import importlib
import sys

from internapp.cli.common import add_data_dir, add_language, fail

COMMAND_MODULES = (
    "internapp.cli.system",
    "internapp.cli.insights",
    "internapp.cli.contacts",
    "internapp.cli.apps",
    "internapp.cli.time",
    "internapp.cli.profile",
    "internapp.cli.career",
)

EXIT_OK = 0
EXIT_ERROR = 1


def build_parser() -> argparse.ArgumentParser:
    from internapp.version import app_version

    parser = argparse.ArgumentParser(
        prog="internapp",
        description="Micro-internship tracker. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"internapp {app_version()}")
    add_data_dir(parser, top_level=True)
    parser.add_argument("--theme", choices=["system", "light", "dark"],
                        help="colour scheme for the window (default: the saved choice)")
    add_language(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = [importlib.import_module(name) for name in COMMAND_MODULES]
    for module in modules:
        module.register(commands)
    importers = [m.register_imports for m in modules if hasattr(m, "register_imports")]
    exporters = [m.register_exports for m in modules if hasattr(m, "register_exports")]
    if importers:
        import_parser = commands.add_parser("import", help="import records from another tool's file")
        import_formats = import_parser.add_subparsers(dest="format", metavar="FORMAT", required=True)
        for register in importers:
            register(import_formats)
    if exporters:
        export_parser = commands.add_parser("export", help="export records to a file")
        export_formats = export_parser.add_subparsers(dest="format", metavar="FORMAT", required=True)
        for register in exporters:
            register(export_formats)
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _open_window(args)
    from internapp.core.services.errors import ValidationError
    from internapp.core.store import StoreError

    try:
        return args.handler(args)
    except ValidationError as error:
        return fail(str(error))
    except StoreError as error:
        return fail(str(error))
    except KeyboardInterrupt:
        return fail("interrupted", code=130)



def _open_window(args: argparse.Namespace) -> int:
    from internapp.paths import resolve_paths
    from internapp.ui.launch import run_gui
    from internapp.ui.theme import ThemeMode

    theme = ThemeMode(args.theme) if args.theme else None
    return run_gui(resolve_paths(getattr(args, "data_dir", None)), theme, args.lang)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run(sys.argv[1:]))
