"""Commands about the app itself: smoke, screenshots, demo, check."""

import argparse
import os
import sys
from pathlib import Path

from internapp.cli.common import add_command, cli_context, fail, print_json


def register(commands) -> None:
    smoke_parser = add_command(commands, "smoke", smoke,
                               "build the main window, visit every screen and exit (0 when all is well)")
    smoke_parser.add_argument("--sizes", type=_sizes, metavar="WxH,...",
                              help="window sizes for --check-layout (default: 900x600)")
    smoke_parser.add_argument("--check-layout", action="store_true",
                              help="check every screen and dialog for clipped text, overlapping "
                                   "widgets and widgets outside the window")
    smoke_parser.add_argument("--theme", choices=["light", "dark", "both"], default="both",
                              help="themes for --check-layout (default: both)")
    _add_language(smoke_parser)
    shots = add_command(commands, "screenshots", screenshots, "save one PNG per screen to OUTDIR")
    shots.add_argument("outdir", metavar="OUTDIR", type=Path)
    shots.add_argument("--theme", choices=["light", "dark", "both"], default="light",
                       help="colour scheme to render (default: light)")
    shots.add_argument("--sizes", type=_sizes, metavar="WxH,...",
                       help="window sizes (default: 1280x800)")
    _add_language(shots)
    demo = add_command(commands, "demo", fill_demo,
                       "fill the store with a realistic sample history")
    demo.add_argument("--force", action="store_true",
                      help="replace the records already in the store (a backup is made first)")
    check = add_command(commands, "check", check_store,
                        "check the store's integrity; exit 0 only when healthy")
    check.add_argument("--json", action="store_true", help="print the report as JSON")


def _add_language(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: `internapp --lang de smoke` (before the command) is not reset by the default
    parser.add_argument("--lang", metavar="LANG", default=argparse.SUPPRESS,
                        help="language of the window, e.g. de (default: the system's)")


def _sizes(text: str) -> list[tuple[int, int]]:
    """``900x600,1280x800`` → [(900, 600), (1280, 800)]."""
    sizes = []
    for part in text.split(","):
        width, _, height = part.strip().lower().partition("x")
        if not (width.isdigit() and height.isdigit()) or int(width) < 1 or int(height) < 1:
            raise argparse.ArgumentTypeError(f"{part.strip()!r} is not a size like 900x600")
        sizes.append((int(width), int(height)))
    return sizes


def _themes(choice: str):
    from internapp.ui.theme import ThemeMode

    return [ThemeMode.LIGHT, ThemeMode.DARK] if choice == "both" else [ThemeMode(choice)]


def _headless_default() -> None:
    """Without a display, render offscreen instead of letting Qt abort."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def smoke(args: argparse.Namespace) -> int:
    _headless_default()
    with cli_context(args) as context:
        from internapp.ui.launch import qt_application
        from internapp.ui.smoke import run_smoke

        qt_application(getattr(args, "lang", None))
        problems = run_smoke(context, sizes=args.sizes, check_layout=args.check_layout,
                             themes=_themes(args.theme) if args.check_layout else None)
    if problems:
        for problem in problems:
            print(f"smoke: {problem}", file=sys.stderr)
        return fail(f"smoke test found {len(problems)} problem(s)")
    checked = " and passed the layout check" if args.check_layout else ""
    print(f"smoke: ok — every screen built and shown{checked}")
    return 0


def screenshots(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with cli_context(args) as context:
        from internapp.ui.screenshots import save_screenshots

        for theme in _themes(args.theme):
            for path in save_screenshots(context, args.outdir, theme):
                print(path)
    return 0


def fill_demo(args: argparse.Namespace) -> int:
    with cli_context(args) as context:
        from internapp.core import demo

        if demo.has_records(context.store):
            if not args.force:
                return fail(f"{context.paths.database} already holds records; demo data is only "
                            "added to an empty store (use --force to replace them, after a backup)")
            backup = context.store.backup("before-demo")
            print(f"backed up the existing records to {backup}")
            demo.clear(context.store)
        summary = demo.fill(context.store)
    print(f"demo: added {summary} to {context.paths.database}")
    return 0


def check_store(args: argparse.Namespace) -> int:
    from internapp.core.store.integrity import check_path
    from internapp.paths import resolve_paths

    paths = resolve_paths(getattr(args, "data_dir", None)).ensure()
    report = check_path(paths.database, paths.backups_dir, paths.documents_dir)
    if args.json:
        print_json(report.to_dict())
        return 0 if report.healthy else 1
    if report.integrity is None and not report.damaged:  # not ours, or newer: it says why
        return fail(report.reason or "the store cannot be checked")
    if report.healthy:
        print(f"healthy: {paths.database} passes SQLite's integrity and foreign-key checks")
    elif report.damaged:
        print(f"damaged: {report.reason}")
    else:
        print(f"not healthy: {report.reason or 'see below'}")
    for key in ("integrity", "foreign_keys", "schema_version", "application_id"):
        value = getattr(report, key)
        if value not in (None, [], "ok") or key in ("schema_version",):
            print(f"{key}: {value}")
    for note in report.notes:
        print(f"note: {note}")
    if report.backup is not None:
        print(f"newest verified backup: {report.backup.id} ({report.backup.when_text()}, "
              f"{report.backup.label}) — `internapp backup restore {report.backup.id}`")
    else:
        print("newest verified backup: none")
    return 0 if report.healthy else 1
