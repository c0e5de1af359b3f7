"""AppContext: what main() builds once and passes down. No module holds these globally."""

from typing import TYPE_CHECKING

from internapp.core.store import Store
from internapp.paths import Paths

if TYPE_CHECKING:
    from internapp.core.clock import Clock


class AppContext:
    """What a process opened (a plain class: the hot commands import no dataclasses). ``clock``:
    the time and zone everything below asks (the system's unless a test or a screenshot fixes
    it; made when first asked: `timer status` never needs zoneinfo)."""

    def __init__(self, paths: Paths, store: Store, version: str,
                 clock: "Clock | None" = None) -> None:
        self.paths = paths
        self.store = store
        self.version = version
        self._clock = clock

    @property
    def clock(self) -> "Clock":
        if self._clock is None:
            from internapp.core.clock import Clock

            self._clock = Clock()
        return self._clock

    def close(self) -> None:
        self.store.close()


def open_context(paths: Paths, *, origin: str = "app",
                 clock: "Clock | None" = None) -> AppContext:
    """Creates the folders, opens (creating or migrating) the store and returns the context.
    ``origin``: who the store's writes are made by unless a caller says otherwise."""
    from internapp.core.store import open_store
    from internapp.version import app_version

    paths.ensure()
    paths.confine_library_caches()
    store = open_store(paths.database, backups_dir=paths.backups_dir,
                       documents_dir=paths.documents_dir, default_origin=origin)
    return AppContext(paths=paths, store=store, version=app_version(), clock=clock)
