"""Why a sync could not run. Each message is shown to the user as is; none ever holds a password.
After any of them the local store is unchanged and fully usable."""


class SyncError(Exception):
    """Sync failed; the message says why and what to do."""


class NotSetUp(SyncError):
    def __init__(self) -> None:
        super().__init__("sync is not set up; run `internapp sync setup URL` or use Settings → Sync")


class PasswordNeeded(SyncError):
    pass


class WrongPassword(SyncError):
    pass


class Unreachable(SyncError):
    pass


class TLSError(SyncError):
    pass


class NotInternappServer(SyncError):
    pass


class NewerServerSchema(SyncError):
    def __init__(self, server_version: int, app_version: int) -> None:
        self.server_version = server_version
        self.app_version = app_version
        super().__init__(
            f"the sync server's schema is version {server_version}; this internapp knows server "
            f"schema version {app_version} at most. Update internapp on this device to sync. "
            "Nothing was changed.")


class AccessRevoked(SyncError):
    pass


class ConnectionLost(SyncError):
    pass


class SyncBusy(SyncError):
    pass


class KeyringNeeded(SyncError):
    pass
