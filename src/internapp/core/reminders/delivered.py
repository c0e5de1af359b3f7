"""Which reminders were already notified: a small JSON file beside the store (not in it — the
background process never writes to the store), updated under an exclusive file lock so that the
window and the background process never show the same reminder twice. Written to a temporary
name, then renamed (core/safe_files): never half-written."""

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from internapp.core.file_locks import lock, unlock
from internapp.core.safe_files import atomic_output

FILE_NAME = "reminders-delivered.json"
KEEP_FOR = timedelta(days=90)


class DeliveredLog:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")

    @classmethod
    def beside(cls, database: Path) -> "DeliveredLog":
        return cls(Path(database).with_name(FILE_NAME))

    @contextmanager
    def locked(self) -> Iterator[dict[str, str]]:
        """The log (key -> when it was delivered), held exclusively; what the block leaves in the
        dict is written back."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.lock_path, "a+b") as held:
            lock(held)
            try:
                entries = self.read()
                before = dict(entries)
                yield entries
                if entries != before:
                    self._write(entries)
            finally:
                unlock(held)

    def read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (FileNotFoundError, ValueError):
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def keys(self) -> set[str]:
        return set(self.read())

    def mark(self, keys: Iterable[str], now: datetime | None = None) -> None:
        now = now or datetime.now(UTC)
        with self.locked() as entries:
            for key in keys:
                entries.setdefault(key, now.isoformat())
            oldest = (now - KEEP_FOR).isoformat()
            for key in [k for k, v in entries.items() if v < oldest]:
                del entries[key]

    def _write(self, entries: dict[str, str]) -> None:
        with atomic_output(self.path, private=True) as handle:
            json.dump(entries, handle, indent=0, sort_keys=True)
