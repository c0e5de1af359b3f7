"""Which reminders were already notified: a small JSON file beside the store (not in it — the
background process never writes to the store), updated under an exclusive file lock so that the
window and the background process never show the same reminder twice. Written to a temporary
name, then renamed: never half-written."""

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

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
        with open(self.lock_path, "a+b") as lock:
            _lock(lock)
            try:
                entries = self.read()
                before = dict(entries)
                yield entries
                if entries != before:
                    self._write(entries)
            finally:
                _unlock(lock)

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
        descriptor, temporary = tempfile.mkstemp(prefix=".reminders-", dir=self.path.parent)
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                json.dump(entries, handle, indent=0, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


if os.name == "nt":  # pragma: no cover - Windows
    import msvcrt

    def _lock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)

    def _unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
