"""Why a store file could not be opened. Each message is meant to be shown to the user as is."""

from pathlib import Path


class StoreError(Exception):
    """The store cannot be used; the message says why and what to do."""


class NewerSchemaError(StoreError):
    def __init__(self, path: Path, file_version: int, app_version: int) -> None:
        self.path = path
        self.file_version = file_version
        self.app_version = app_version
        super().__init__(
            f"{path} was written by a newer internapp (schema version {file_version}); this version "
            f"reads schema version {app_version} at most. Update internapp to open it. "
            "The file was not changed."
        )


class ForeignFileError(StoreError):
    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        super().__init__(f"{path} is not an internapp store: {reason}. The file was not changed.")


class BackupError(StoreError):
    pass


class DamagedStoreError(StoreError):
    """The file cannot be trusted: it is never written to. ``backup`` is the newest backup that
    passes verification (a catalog.BackupInfo), or None."""

    def __init__(self, path: Path, reason: str, backup=None) -> None:
        self.path = path
        self.reason = reason
        self.backup = backup
        if backup is not None:
            advice = (f"The newest backup that passes verification is from {backup.when_text()} "
                      f"({backup.id}): restore it with `internapp backup restore {backup.id}` — "
                      "the damaged file is kept aside, renamed, not deleted.")
        else:
            advice = "No backup that passes verification was found."
        super().__init__(f"{path} is damaged: {reason}. It was not changed. {advice}")


class LockedStoreError(StoreError):
    def __init__(self, path: Path, holders: str | None) -> None:
        self.path = path
        self.holders = holders
        who = f"{holders} is" if holders else "another program is"
        super().__init__(f"{path} is busy: {who} writing to it and did not finish within "
                         "5 seconds. Try again in a moment, or close that program.")


class ReadOnlyStoreError(StoreError):
    def __init__(self, path: Path, why: str | None = None) -> None:
        self.path = path
        self.why = why
        because = f" ({why})" if why else ""
        super().__init__(f"cannot save: {path} is open read-only{because}. Your data can be "
                         "viewed, listed and exported, but not changed.")


class DiskFullError(StoreError):
    def __init__(self, folder: Path, free_bytes: int | None, needed_bytes: int | None) -> None:
        self.folder = folder
        self.free_bytes = free_bytes
        self.needed_bytes = needed_bytes
        parts = [f"the disk holding {folder} is full"]
        if free_bytes is not None:
            parts.append(f"{megabytes(free_bytes)} free")
        if needed_bytes is not None:
            parts.append(f"at least {megabytes(needed_bytes)} are needed")
        super().__init__(", ".join(parts) + ". Nothing was half-written; free some space and "
                         "try again.")


def megabytes(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size, 0) / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
