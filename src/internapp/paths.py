"""Every place internapp reads or writes on disk.

By default the locations come from platformdirs (the user's data, config, cache and log dirs).
``--data-dir DIR`` or the ``INTERNAPP_DATA_DIR`` environment variable moves *all* of them under
one folder, which is how tests, benchmarks and portable installs keep everything together.
"""

import contextlib
import os
from collections.abc import Mapping, MutableMapping
from pathlib import Path
from typing import NamedTuple

APP_NAME = "internapp"
DATA_DIR_ENV = "INTERNAPP_DATA_DIR"
DATABASE_NAME = "internapp.sqlite3"


class Paths(NamedTuple):
    data_dir: Path
    config_dir: Path
    cache_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def documents_dir(self) -> Path:
        """Copies of attached files (résumés, cover letters) exactly as they were sent."""
        return self.data_dir / "documents"

    @property
    def ui_settings_file(self) -> Path:
        return self.config_dir / "ui.ini"

    def ensure(self) -> "Paths":
        """Creates the folders; the data folder is the user's alone (0700 on POSIX) when it is
        created here or already holds the store (a folder of the user's own is left as it is)."""
        created = not self.data_dir.exists()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        for folder in (self.config_dir, self.cache_dir, self.log_dir):
            # on a read-only medium the data can still be read without them
            with contextlib.suppress(OSError):
                folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix" and (created or self.database.exists()):
            with contextlib.suppress(OSError):
                self.data_dir.chmod(0o700)
        return self

    def confine_library_caches(self, environ: MutableMapping[str, str] = os.environ) -> None:
        """Libraries that keep caches of their own keep them in our cache dir, not in the user's
        general folders (matplotlib's font list would go to ~/.cache/matplotlib). A value the
        user set already wins."""
        environ.setdefault("MPLCONFIGDIR", str(self.cache_dir / "matplotlib"))


def resolve_paths(data_dir: str | os.PathLike | None = None,
                  environ: Mapping[str, str] = os.environ) -> Paths:
    """The locations to use: an explicit ``data_dir`` wins, then the environment, then platformdirs."""
    override = data_dir or environ.get(DATA_DIR_ENV)
    if override:
        base = Path(override).expanduser().resolve()
        return Paths(data_dir=base, config_dir=base / "config", cache_dir=base / "cache",
                     log_dir=base / "logs")
    import platformdirs

    return Paths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
