"""The command line, on the same entry point as the window: ``internapp`` alone opens the window,
``internapp COMMAND ...`` runs a command over the same services.

Each module in COMMAND_MODULES exposes ``register(subparsers)`` for its own commands; it may also
expose ``register_imports(import_subparsers)`` and ``register_exports(export_subparsers)`` to add
formats to ``internapp import FORMAT FILE`` and ``internapp export FORMAT FILE``. Handlers take the
parsed arguments and return the exit code; they import what they need when they run.

Only the module of the command given is imported and registered (``COMMANDS`` says which module
has which command; a test keeps it true): ``internapp timer status`` does not build the parser of
sixty other commands. ``--help`` with no command builds them all.
"""

import argparse
import importlib
import sys

from internapp.cli.common import add_data_dir, add_language, fail

COMMAND_MODULES = (
    "internapp.cli.system",
    "internapp.cli.backup",
    "internapp.cli.insights",
    "internapp.cli.contacts",
    "internapp.cli.apps",
    "internapp.cli.time",
    "internapp.cli.reminders",
    "internapp.cli.calendar",
    "internapp.cli.profile",
    "internapp.cli.money",
    "internapp.cli.sync",
)

# top-level command -> the module that registers it; "import" and "export" gather every module's
# register_imports / register_exports
COMMANDS = {
    "smoke": "internapp.cli.system", "screenshots": "internapp.cli.system",
    "demo": "internapp.cli.system", "check": "internapp.cli.system",
    "backup": "internapp.cli.backup",
    "skills": "internapp.cli.insights", "timeline": "internapp.cli.insights",
    "today": "internapp.cli.insights",
    "contacts": "internapp.cli.contacts",
    "apps": "internapp.cli.apps",
    "timer": "internapp.cli.time", "log": "internapp.cli.time", "report": "internapp.cli.time",
    "remind": "internapp.cli.reminders",
    "calendar": "internapp.cli.calendar",
    "profile": "internapp.cli.profile",
    "pay": "internapp.cli.money", "income": "internapp.cli.money", "money": "internapp.cli.money",
    "sync": "internapp.cli.sync",
}
# top-level options that take a value
TOP_LEVEL_VALUES = ("--data-dir", "--theme", "--lang", "--open")

EXIT_OK = 0
EXIT_ERROR = 1


def build_parser(command: str | None = "") -> argparse.ArgumentParser:
    """The parser for ``command`` (its module only), for no command (None: the window), or for
    every command (the default, "")."""
    from internapp.version import app_version

    parser = argparse.ArgumentParser(
        prog="internapp",
        description="Micro-internship tracker. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"internapp {app_version()}")
    add_data_dir(parser, top_level=True)
    parser.add_argument("--open", metavar="SCREEN[:ID]", dest="open_record",
                        help="open the window on a screen or a record, e.g. applications:ID (a "
                             "click on a reminder does this)")
    parser.add_argument("--theme", choices=["system", "light", "dark"],
                        help="colour scheme for the window (default: the saved choice)")
    add_language(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    if command is None:
        return parser
    wanted = [COMMANDS[command]] if command in COMMANDS else COMMAND_MODULES
    modules = [importlib.import_module(name) for name in wanted]
    for module in modules:
        module.register(commands)
    if command in COMMANDS:
        return parser
    importers = [m.register_imports for m in modules if hasattr(m, "register_imports")]
    exporters = [m.register_exports for m in modules if hasattr(m, "register_exports")]
    if importers and command in ("", "import"):
        import_parser = commands.add_parser("import", help="import records from another tool's file")
        import_formats = import_parser.add_subparsers(dest="format", metavar="FORMAT", required=True)
        for register in importers:
            register(import_formats)
    if exporters and command in ("", "export"):
        export_parser = commands.add_parser("export", help="export records to a file")
        export_formats = export_parser.add_subparsers(dest="format", metavar="FORMAT", required=True)
        for register in exporters:
            register(export_formats)
    return parser


def command_in(argv: list[str]) -> str | None:
    """The command named in ``argv`` (None when there is none: the window); "" when the whole
    parser is needed (help without a command)."""
    at = 0
    while at < len(argv):
        arg = argv[at]
        if arg in TOP_LEVEL_VALUES:
            at += 2
        elif arg in ("-h", "--help"):
            return ""
        elif arg.startswith("-"):
            at += 1
        else:
            return arg
    return None


def run(argv: list[str]) -> int:
    parser = build_parser(command_in(argv))
    args = parser.parse_args(argv)
    not_text = _not_utf8(parser, args)
    if not_text:
        return fail(f"{not_text}: is not valid text — its bytes are not UTF-8 (check the "
                    "terminal's or the script's encoding)")
    if args.command is None:
        return _open_window(args)
    from internapp.core.services.errors import ValidationError
    from internapp.core.store import StoreError

    try:
        return args.handler(args)
    except ValidationError as error:
        return fail(str(error))
    except StoreError as error:
        _log_fault(args, error)
        return fail(str(error))
    except KeyboardInterrupt:
        return fail("interrupted", code=130)
    except BrokenPipeError:  # the reader went away: app.main ends quietly
        raise
    except Exception as error:
        return _unexpected(args, error)


def _log_fault(args: argparse.Namespace, error: Exception) -> None:
    """A fault of the store or the disk goes to the log by its type (the message names paths)."""
    from internapp.logs import log_event
    from internapp.paths import resolve_paths

    log_event(resolve_paths(getattr(args, "data_dir", None)),
              f"internapp {args.command}: {type(error).__name__}")


def _not_utf8(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str | None:
    """The option (or argument) whose value holds bytes that are not UTF-8 — Python hands those
    over as lone surrogates, which SQLite and the terminal refuse. File paths (Path values) may
    hold any bytes the system allows, so they are let through."""
    from internapp.core.services.fields import is_text

    for dest, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and not is_text(v) for v in values):
            return _option_for(parser, dest) or dest
    return None


def _option_for(parser: argparse.ArgumentParser, dest: str) -> str | None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                if found := _option_for(sub, dest):
                    return found
        elif action.dest == dest:
            return action.option_strings[0] if action.option_strings else dest
    return None


def _unexpected(args: argparse.Namespace, error: Exception) -> int:
    """One line for the user, never a traceback: a fault of the store or the disk said in words;
    anything else logged (type and code path only) with a pointer to the log."""
    import os

    from internapp.core.store.faults import translate
    from internapp.logs import log_error
    from internapp.paths import resolve_paths

    paths = resolve_paths(getattr(args, "data_dir", None))
    mapped = translate(error, paths.database, paths.backups_dir)
    if mapped is not None:
        _log_fault(args, mapped)
        return fail(str(mapped))
    if os.environ.get("INTERNAPP_DEBUG"):
        raise error
    log = log_error(paths, error, f"internapp {args.command}")
    return fail(f"unexpected {type(error).__name__} — this is a bug in internapp; the details "
                f"(no personal data) are in {log}")


def _open_window(args: argparse.Namespace) -> int:
    from internapp.paths import resolve_paths
    from internapp.ui.launch import run_gui
    from internapp.ui.theme import ThemeMode

    theme = ThemeMode(args.theme) if args.theme else None
    target = None
    if args.open_record:
        screen, _, record = args.open_record.partition(":")
        if not screen:
            return fail(f"--open: {args.open_record!r} is not SCREEN or SCREEN:ID "
                        "(e.g. today, applications:1b2c…)")
        target = (screen, record or None)
    return run_gui(resolve_paths(getattr(args, "data_dir", None)), theme, args.lang,
                   open_record=target)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run(sys.argv[1:]))
