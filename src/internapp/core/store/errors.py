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


class ReadOnlyStoreError(StoreError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path} is open read-only; nothing can be changed in it.")
