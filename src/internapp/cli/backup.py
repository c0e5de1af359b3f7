"""``internapp backup now|list|restore ID|prune``: backups on demand, the list, putting one back,
and the rotation. Only ``now`` opens the store: the others work beside a damaged one."""

import argparse

from internapp.cli.common import add_command, cli_context, fail, print_json


def register(commands) -> None:
    parser = commands.add_parser(
        "backup", help="back up now, list backups, restore one, prune old ones",
        description="Backups of the data file: made daily while the window is open, before every "
                    "migration and import, and on demand; each is verified when it is made.")
    actions = parser.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    now = add_command(actions, "now", backup_now, "make a verified backup now; prints its id")
    now.add_argument("--json", action="store_true", help="print the backup as JSON")
    listing = add_command(actions, "list", list_backups,
                          "list backups, newest first, with what each holds")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.add_argument("--verify", action="store_true",
                         help="check each backup with SQLite's integrity check (slower)")
    restore = add_command(actions, "restore", restore_backup,
                          "put a backup back in place of the data file (the current file is "
                          "backed up first, or kept aside when it is damaged)")
    restore.add_argument("id", metavar="ID", help="a backup id from `internapp backup list` (or "
                                                  "its first characters), or 'newest'")
    prune = add_command(actions, "prune", prune_backups,
                        "delete old backups: keeps 7 daily, 4 weekly, 12 monthly, every "
                        "backup before a migration from the last 90 days, and the last 24 hours")
    prune.add_argument("--dry-run", action="store_true", help="only list what would be deleted")


def _paths(args: argparse.Namespace):
    from internapp.paths import resolve_paths

    return resolve_paths(getattr(args, "data_dir", None))


def _row(backup, counts: dict | None = None, problem: str | None = None,
         verified: bool | None = None) -> dict:
    row = backup.to_dict()
    if counts is not None:
        row["counts"] = counts
    if verified is not None:
        row["verified"] = verified
        row["problem"] = problem
    return row


def backup_now(args: argparse.Namespace) -> int:
    from internapp.core.store.catalog import counts, info

    with cli_context(args) as context:
        path = context.store.backup("manual")
    made = info(path)
    if made is None:  # backup_store names its files for the catalog; a rename would land here
        return fail(f"the backup {path} is not named as internapp names backups")
    if args.json:
        print_json(_row(made, counts(made.path), None, True))
    else:
        print(f"backed up to {made.path} (verified); id {made.id}")
    return 0


def list_backups(args: argparse.Namespace) -> int:
    from internapp.core.store.catalog import catalog, counts, problem
    from internapp.core.store.errors import megabytes

    backups = catalog(_paths(args).backups_dir)
    rows = []
    for backup in backups:
        wrong = problem(backup.path) if args.verify else None
        rows.append(_row(backup, counts(backup.path), wrong,
                         (wrong is None) if args.verify else None))
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print(f"no backups in {_paths(args).backups_dir}")
        return 0
    for backup, row in zip(backups, rows, strict=True):
        held = row["counts"]
        what = (f"{held.get('applications', 0)} applications, {held.get('engagements', 0)} "
                f"engagements, {held.get('time_entries', 0)} time entries, "
                f"{held.get('contacts', 0)} contacts") if held else "unreadable"
        check = "" if not args.verify else ("  verified" if row["verified"]
                                            else f"  FAILS: {row['problem']}")
        print(f"{backup.id}  {backup.when_text()}  {backup.label:<22} "
              f"{megabytes(backup.size_bytes):>9}  {what}{check}")
    return 0


def restore_backup(args: argparse.Namespace) -> int:
    from internapp.core.store.catalog import catalog, find, newest_verified
    from internapp.core.store.restore import restore

    paths = _paths(args).ensure()
    if args.id == "newest":
        chosen = newest_verified(paths.backups_dir)
        if chosen is None:
            return fail(f"no backup in {paths.backups_dir} passes verification"
                        if catalog(paths.backups_dir) else f"no backups in {paths.backups_dir}")
    else:
        chosen = find(paths.backups_dir, args.id)
    result = restore(paths.database, paths.backups_dir, chosen)
    if result.safety_copy is not None:
        print(f"backed up the current data file first: {result.safety_copy}")
    if result.damaged_aside is not None:
        print(f"kept the damaged data file aside as {result.damaged_aside}")
    print(f"restored the backup {chosen.id} from {chosen.when_text()} ({chosen.label}) to "
          f"{paths.database}")
    return 0


def prune_backups(args: argparse.Namespace) -> int:
    from internapp.core.clock import utcnow
    from internapp.core.store.catalog import catalog
    from internapp.core.store.rotation import prune, to_keep

    folder = _paths(args).backups_dir
    now = utcnow()
    if args.dry_run:
        backups = catalog(folder)
        keep = to_keep(backups, now)
        removed = [b for b in backups if b.id not in keep]
    else:
        removed = prune(folder, now)
    verb = "would delete" if args.dry_run else "deleted"
    for backup in removed:
        print(f"{verb} {backup.id}  {backup.when_text()}  {backup.label}")
    kept = len(catalog(folder)) - (len(removed) if args.dry_run else 0)
    print(f"{verb} {len(removed)} backup{'s' if len(removed) != 1 else ''}; {kept} kept")
    return 0
