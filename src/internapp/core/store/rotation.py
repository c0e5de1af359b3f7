"""Which backups to keep: the newest of each of the last 7 days, 4 weeks and 12 months that have
one, every backup made before a migration in the last 90 days, everything from the last 24 hours
(so a backup made before an import this morning is still there tonight), and always the newest.
Days, weeks and months are the user's local ones. The rest is deleted by ``prune``.
"""

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from internapp.core.store.catalog import BackupInfo, catalog


@dataclass(frozen=True)
class Policy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    migration_days: int = 90
    recent_hours: int = 24


DEFAULT_POLICY = Policy()


def to_keep(backups: list[BackupInfo], now: datetime, policy: Policy = DEFAULT_POLICY,
            zone: tzinfo | None = None) -> set[str]:
    """The ids of the backups ``policy`` keeps at ``now`` (an aware datetime)."""
    if not backups:
        return set()
    newest_first = sorted(backups, key=lambda b: b.id, reverse=True)
    keep = {newest_first[0].id}
    for backup in newest_first:
        age = now - backup.created_at
        if age <= timedelta(hours=policy.recent_hours):
            keep.add(backup.id)
        if backup.before_migration and age <= timedelta(days=policy.migration_days):
            keep.add(backup.id)

    def local(backup: BackupInfo) -> datetime:
        return backup.created_at.astimezone(zone)

    buckets: list[tuple[int, Callable[[BackupInfo], Hashable]]] = [
        (policy.daily, lambda b: local(b).date()),
        (policy.weekly, lambda b: local(b).isocalendar()[:2]),
        (policy.monthly, lambda b: (local(b).year, local(b).month)),
    ]
    for count, period in buckets:
        seen: set[Hashable] = set()
        for backup in newest_first:  # the newest backup of each period, newest periods first
            key = period(backup)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.add(key)
            keep.add(backup.id)
    return keep


def prune(backups_dir: Path, now: datetime, policy: Policy = DEFAULT_POLICY,
          zone: tzinfo | None = None) -> list[BackupInfo]:
    """Deletes the backups the policy does not keep; returns them."""
    backups = catalog(backups_dir)
    keep = to_keep(backups, now, policy, zone)
    removed = [b for b in backups if b.id not in keep]
    for backup in removed:
        backup.path.unlink(missing_ok=True)
    return removed
